#pragma once

class QMainWindow;
class QToolBar;

namespace Ui {

class MainActions;

/// The menu bar of the main window: File, View, Article, Settings and Help.
void addMainMenus(QMainWindow &window, const MainActions &actions);
/// The main tool bar, shown and hidden with the View menu's "show tool bar" action.
QToolBar *addMainToolBar(QMainWindow &window, const MainActions &actions);

} // namespace Ui
