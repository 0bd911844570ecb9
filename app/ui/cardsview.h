#pragma once

#include "models/modelsfwd.h"
#include "ui/focuseditemview.h"

#include <QListView>

namespace Ui {

class CardDelegate;

/// The articles of the list as a grid of cards, as many columns as fit, over the same model
/// (and, given the list's selection model, the same current article) as the list. Arrow keys
/// move in both directions; Enter opens the card (activated()). Cards are laid out by
/// arithmetic, all of the same size, so 100,000 of them cost no more than a screenful.
class CardsView final : public FocusedItemView<QListView>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardsView)

public:
    /// \a thumbnails may be null.
    explicit CardsView(Models::ImageStore *thumbnails, QWidget *parent = nullptr);

    [[nodiscard]] CardDelegate *cardDelegate() const { return m_delegate; }
    /// Columns in the grid at the view's present width.
    [[nodiscard]] int columnCount() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void fitCards();

    CardDelegate *m_delegate = nullptr;
    int m_columns = 1;
    bool m_cardsPainted = false;
};

} // namespace Ui
