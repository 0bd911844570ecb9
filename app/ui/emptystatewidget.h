#pragma once

#include <QWidget>

class QPushButton;

namespace Ui {

/// What a library without sources shows instead of an empty list: what Tidings is for and the
/// first step to take.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

signals:
    void addSourceRequested();
    void importOpmlRequested();

private:
    QPushButton *m_addSourceButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace Ui
