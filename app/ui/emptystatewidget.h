#pragma once

#include "models/starterfeeds.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace Ui {

/// What a library without sources shows instead of an empty list: what Tidings is for, the
/// first steps to take, and well-known public feeds to tick, grouped by topic.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    static constexpr const char *StarterFeedsResource = ":/ui/starter-feeds.json";

    explicit EmptyStateWidget(QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *starterList() const { return m_starterList; }
    [[nodiscard]] QList<Models::StarterFeed> checkedFeeds() const;

signals:
    void addSourceRequested();
    void importOpmlRequested();
    void starterFeedsChosen(const QList<Models::StarterFeed> &feeds);

private:
    void fillStarterList();
    void updateSubscribeButton();

    QPushButton *m_addSourceButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QTreeWidget *m_starterList = nullptr;
    QPushButton *m_subscribeButton = nullptr;
};

} // namespace Ui
