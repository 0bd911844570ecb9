#pragma once

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace Ui {

/// "Mute Words…" on an article: a word or phrase from its title (or typed) to hide until a
/// day, a week from today unless the person picks another.
class MuteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MuteDialog)

public:
    /// Offers the words of \a title.
    explicit MuteDialog(const QString &title, QWidget *parent = nullptr);

    [[nodiscard]] QString word() const;
    /// The end of the chosen day, local time.
    [[nodiscard]] QDateTime until() const;

    /// The words of \a title worth muting: three letters or more, each once, in title order.
    [[nodiscard]] static QStringList wordsOf(const QString &title);

private:
    QComboBox *m_word = nullptr;
    QDateEdit *m_until = nullptr;
};

} // namespace Ui
