#include "ui/articlelistpane.h"

#include "base/logging.h"
#include "models/articlelistmodel.h"
#include "models/imagestore.h"
#include "ui/articledelegate.h"
#include "ui/carddelegate.h"
#include "ui/cardsview.h"
#include "ui/emptystatewidget.h"
#include "ui/focuseditemview.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int SearchDelayMs = 250;

QString listDescription()
{
    return ArticleListPane::tr("Newest first; each article says whether it is unread or "
                               "bookmarked");
}

} // namespace

ArticleListPane::ArticleListPane(Models::ArticleListModel *model, Models::ImageStore *thumbnails,
                                 QWidget *parent)
    : QStackedWidget(parent), m_model(model)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search (/)"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setToolTip(
        tr("Words match as prefixes; \"quoted words\" as a phrase; -word excludes.\n"
           "Operators: title:, author:, source:, is:unread, is:read, is:bookmarked,"
           " before: and after: a date (2026-12-31, today, yesterday, 7d)."));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_saveSearch = m_search->addAction(QIcon::fromTheme(QStringLiteral("document-save")),
                                       QLineEdit::TrailingPosition);
    m_saveSearch->setText(tr("Save this search"));
    m_saveSearch->setToolTip(tr("Save this search as a view in the source tree"));
    m_saveSearch->setVisible(false);
    connect(m_saveSearch, &QAction::triggered, this,
            [this] { emit saveSearchRequested(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::textChanged, m_saveSearch,
            [this](const QString &text) { m_saveSearch->setVisible(!text.trimmed().isEmpty()); });
    m_searchError = new QLabel(this);
    m_searchError->setObjectName(QStringLiteral("searchError"));
    m_searchError->setWordWrap(true);
    m_searchError->setForegroundRole(QPalette::Link);
    m_searchError->setVisible(false);
    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setTextFormat(Qt::PlainText); // a search, a source's error: not ours
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setContentsMargins(0, 12, 0, 12);
    m_emptyNote->setVisible(false);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button empties the field at once. (Not start(0): that would keep the
        // pause at 0 ms for all the typing after it.)
        if (text.isEmpty()) {
            m_searchDelay->stop();
            emit searchChanged(QString());
        }
    });
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { emit searchChanged(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit searchChanged(m_search->text().trimmed());
        currentView()->setFocus(Qt::ShortcutFocusReason);
    });

    m_list = new FocusedItemView<QTreeView>(this);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setAccessibleName(tr("Articles"));
    m_list->setAccessibleDescription(listDescription());
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderHidden(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_delegate = new ArticleDelegate(thumbnails, m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_model);
    if (thumbnails)
        connect(thumbnails, &Models::ImageStore::imageReady, m_list->viewport(),
                qOverload<>(&QWidget::update));

    // The cards share the list's selection: one current article, whichever is shown.
    m_cards = new CardsView(thumbnails, this);
    m_cards->setModel(m_model);
    QItemSelectionModel *ownSelection = m_cards->selectionModel();
    m_cards->setSelectionModel(m_list->selectionModel());
    delete ownSelection;

    // Rows inserted above the first visible one would push it down: hold it in place.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &ArticleListPane::rememberTopRow);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ArticleListPane::restoreTopRow);
    // The note is about an empty list: rows arriving (a refresh, the next view's first page)
    // end it before the load that brought them says so.
    const auto hideEmptyNoteOverRows = [this] {
        if (m_model->rowCount() > 0)
            setEmptyNote({});
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, hideEmptyNoteOverRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, hideEmptyNoteOverRows);

    m_listPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_listPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *searchRow = new QVBoxLayout;
    searchRow->setContentsMargins(4, 4, 4, 4);
    searchRow->addWidget(m_search);
    searchRow->addWidget(m_searchError);
    searchRow->addWidget(m_emptyNote);
    layout->addLayout(searchRow);
    m_views = new QStackedWidget(m_listPage);
    m_views->addWidget(m_list);
    m_views->addWidget(m_cards);
    layout->addWidget(m_views, 1);
    addWidget(m_listPage);

    m_emptyState = new EmptyStateWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    addWidget(m_emptyState);

    setFocusProxy(m_list);
    setTabOrder(m_search, m_list);
    m_list->viewport()->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_delegate, &ArticleDelegate::storyToggled, m_model,
            &Models::ArticleListModel::setStoryExpanded);
}

void ArticleListPane::setSearchError(const QString &message)
{
    m_searchError->setText(message);
    m_searchError->setVisible(!message.isEmpty());
}

void ArticleListPane::setEmptyNote(const QString &search, const QString &viewText)
{
    QString text;
    if (search.isEmpty())
        text = viewText;
    else if (m_searchError->isHidden()) // a malformed search has its own message, which says more
        text = tr("No article here matches “%1”.\nWords match as prefixes; fewer words find more.")
                   .arg(search);
    m_emptyNote->setText(text);
    m_emptyNote->setVisible(!text.isEmpty());
    // What a screen reader says as the focus comes to the list: why it is empty, while it is.
    m_list->setAccessibleDescription(text.isEmpty() ? listDescription() : text);
}

bool ArticleListPane::toggleStoryByKey(int key)
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || (key != Qt::Key_Right && key != Qt::Key_Left))
        return false;
    const qint64 id = m_model->idAt(current.row());
    const qint64 lead = m_model->leadOf(id);
    if (m_model->stories().others.value(lead).isEmpty())
        return false;
    const bool expand = key == Qt::Key_Right;
    if (m_model->expandedStories().contains(lead) == expand)
        return false;
    if (lead != id) // Closing from one of the others: back to the lead.
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(lead)));
    m_model->setStoryExpanded(lead, expand);
    return true;
}

bool ArticleListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier &&
        toggleStoryByKey(static_cast<QKeyEvent *>(event)->key()))
        return true;
    // Start-up is measured up to the first frame that shows articles (tests/bench).
    if (!m_rowsPainted && event->type() == QEvent::Paint && m_model->rowCount() > 0) {
        m_rowsPainted = true;
        qCDebug(lcUi) << "article rows painted";
    }
    return QStackedWidget::eventFilter(watched, event);
}

void ArticleListPane::showEmptyState(bool empty)
{
    setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_listPage);
    setFocusProxy(empty ? static_cast<QWidget *>(m_emptyState) : currentView());
}

bool ArticleListPane::isShowingEmptyState() const
{
    return currentWidget() == m_emptyState;
}

QAbstractItemView *ArticleListPane::currentView() const
{
    return showsCards() ? static_cast<QAbstractItemView *>(m_cards) : m_list;
}

void ArticleListPane::setHighlightTerms(const QStringList &terms)
{
    m_delegate->setHighlightTerms(terms);
    m_cards->cardDelegate()->setHighlightTerms(terms);
    currentView()->viewport()->update();
}

void ArticleListPane::setShowsCards(bool cards)
{
    if (cards == showsCards())
        return;
    const bool hadFocus = currentView()->hasFocus();
    m_views->setCurrentWidget(cards ? static_cast<QWidget *>(m_cards) : m_list);
    if (!isShowingEmptyState())
        setFocusProxy(currentView());
    if (const QModelIndex current = currentView()->currentIndex(); current.isValid())
        currentView()->scrollTo(current, QAbstractItemView::PositionAtCenter);
    if (hadFocus)
        currentView()->setFocus(Qt::OtherFocusReason);
}

bool ArticleListPane::showsCards() const
{
    return m_views->currentWidget() == m_cards;
}

void ArticleListPane::focusSearch()
{
    if (isShowingEmptyState())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ArticleListPane::clearSearch()
{
    m_searchDelay->stop();
    const QSignalBlocker blocker(m_search);
    m_search->clear();
}

void ArticleListPane::rememberTopRow()
{
    const QScrollBar *bar = m_list->verticalScrollBar();
    // At the very top, new articles simply appear: that is where the reader looks for them.
    if (bar->value() == 0) {
        m_topRow = QPersistentModelIndex();
        return;
    }
    const QModelIndex top = m_list->indexAt(QPoint(1, 1));
    m_topRow = top;
    m_topOffset = top.isValid() ? m_list->visualRect(top).top() : 0;
}

void ArticleListPane::restoreTopRow()
{
    if (!m_topRow.isValid())
        return;
    // After the view's own layout pass, which updates the scroll range.
    QTimer::singleShot(0, m_list, [this, top = m_topRow, offset = m_topOffset] {
        if (!top.isValid())
            return;
        m_list->doItemsLayout();
        // Uniform rows: the top row's position in pixels follows from its row number.
        const int rowHeight = m_list->sizeHintForRow(0);
        if (rowHeight > 0)
            m_list->verticalScrollBar()->setValue(top.row() * rowHeight - offset);
    });
    m_topRow = QPersistentModelIndex();
}

} // namespace Ui
