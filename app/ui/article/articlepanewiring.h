#pragma once

namespace Ui {

class AiCardController;
class ArticleCommands;
class ArticleExtrasController;
class ArticlePane;

// The controllers of the reading pane see it as an ArticleDisplay and know none of its
// signals; these connect the pane's requests to them, in one place for the window and the
// tests that assemble a pane with its controllers.

/// Related articles on each page, comments and the full article when asked for.
void connectPane(ArticlePane *pane, ArticleExtrasController *extras);
/// The AI card on each page, and its buttons.
void connectPane(ArticlePane *pane, AiCardController *aiCard);
/// The zoom, remembered for the next run.
void connectPane(ArticlePane *pane, ArticleCommands *commands);

} // namespace Ui
