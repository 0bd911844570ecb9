#pragma once

#include <QObject>

class QAbstractItemView;

namespace Ui {

/// Tells assistive technology which row has the focus when an item view gets it. Qt reports
/// only the view then ("Articles, tree"), and reports a row only when the current row changes,
/// so a screen reader coming back to a list would not say where in it the reader is.
class CurrentItemFocus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentItemFocus)

public:
    /// Watches \a view (and is owned by it).
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CurrentItemFocus(QAbstractItemView *view);
    void reportCurrentItem();

    QAbstractItemView *m_view = nullptr;
};

} // namespace Ui
