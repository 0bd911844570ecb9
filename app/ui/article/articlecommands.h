#pragma once

#include <QObject>

class QSettings;
class QWidget;

namespace Ui {

class ArticleDisplay;
class MainActions;

/// The commands on the article being read: copy its link, share it by e-mail, load the full
/// article, print it or save it as PDF, and zoom the reading page (remembered across runs).
class ArticleCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleCommands)

public:
    /// Dialogs (print, save as PDF) open over \a dialogParent.
    ArticleCommands(const MainActions &actions, ArticleDisplay *display, QWidget *dialogParent,
                    QSettings &settings, QObject *parent = nullptr);

    /// Keeps the reading page's zoom for the next run (the display's zoomChanged()).
    void rememberZoom(qreal factor);

private:
    void copyLink();
    void shareByEmail();
    void print();
    void saveAsPdf();

    ArticleDisplay *m_display = nullptr;
    QWidget *m_dialogParent = nullptr;
    QSettings &m_settings;
};

} // namespace Ui
