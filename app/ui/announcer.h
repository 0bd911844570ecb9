#pragma once

#include <QWidget>

namespace Ui {

/// Says short messages (a refresh's result, an error) to screen readers without moving the
/// focus. Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent came in 6.8), and a
/// label's changed text is read only when the label has the focus. Orca does read an object
/// with the notification role as soon as it starts showing, so this widget takes that role,
/// carries the message as its accessible name, and hides and shows itself for each message:
/// the AT-SPI equivalent of a polite live region. It draws nothing; the visible text stays
/// where it was (the status bar's labels).
class Announcer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Announcer)

public:
    explicit Announcer(QWidget *parent = nullptr);

    void announce(const QString &text);
    /// The last message announced.
    [[nodiscard]] QString text() const { return accessibleName(); }
};

} // namespace Ui
