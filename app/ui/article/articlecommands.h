#pragma once

#include <QObject>

class QSettings;

namespace Ui {

class ArticlePane;
class MainActions;

/// The commands on the article being read: copy its link, share it by e-mail, load the full
/// article, print it or save it as PDF, and zoom the reading page (remembered across runs).
class ArticleCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleCommands)

public:
    ArticleCommands(const MainActions &actions, ArticlePane *pane, QSettings &settings,
                    QObject *parent = nullptr);

private:
    void copyLink();
    void shareByEmail();
    void print();
    void saveAsPdf();

    ArticlePane *m_pane = nullptr;
    QSettings &m_settings;
};

} // namespace Ui
