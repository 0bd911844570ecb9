#include "ui/cardsview.h"

#include "base/logging.h"
#include "models/imagestore.h"
#include "ui/carddelegate.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScrollBar>

namespace Ui {

CardsView::CardsView(Models::ImageStore *thumbnails, QWidget *parent) : FocusedItemView(parent)
{
    setObjectName(QStringLiteral("articleCards"));
    setAccessibleName(tr("Article cards"));
    setAccessibleDescription(tr("Arrow keys move between the cards; Enter reads one on its own."));
    // List mode, wrapping left to right: a grid laid out by arithmetic over uniform cells.
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setSpacing(0);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A scroll bar that came and went would change the width, and with it the columns.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    m_delegate = new CardDelegate(thumbnails, this);
    setItemDelegate(m_delegate);
    if (thumbnails)
        connect(thumbnails, &Models::ImageStore::imageReady, viewport(),
                qOverload<>(&QWidget::update));
    fitCards();
}

void CardsView::fitCards()
{
    const int available = std::max(1, viewport()->width());
    m_columns = std::max(1, available / CardDelegate::minimumWidth(font()));
    const int width = available / m_columns;
    const QSize cell(width, CardDelegate::heightFor(font(), width));
    if (cell == gridSize())
        return;
    m_delegate->setCellSize(cell);
    setGridSize(cell);
    // A wheel step or an arrow on the scroll bar moves a third of a card.
    verticalScrollBar()->setSingleStep(std::max(1, cell.height() / 3));
}

void CardsView::resizeEvent(QResizeEvent *event)
{
    fitCards();
    QListView::resizeEvent(event);
}

void CardsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitCards();
    QListView::changeEvent(event);
}

void CardsView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    // Measured by tests/bench/cards-benchmark, as the list's first rows are.
    if (!m_cardsPainted && model() && model()->rowCount() > 0) {
        m_cardsPainted = true;
        qCDebug(lcUi) << "article cards painted";
    }
}

} // namespace Ui
