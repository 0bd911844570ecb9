#include "ui/mutedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Ui {

namespace {

constexpr int DefaultDays = 7;
constexpr int ShortestWord = 3;

} // namespace

MuteDialog::MuteDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Mute Words"));
    auto *intro = new QLabel(tr("Articles with this word or phrase in their title or text are "
                                "hidden until the end of the day you choose."),
                             this);
    intro->setWordWrap(true);
    m_word = new QComboBox(this);
    m_word->setEditable(true);
    m_word->addItems(wordsOf(title));
    m_word->setCurrentIndex(-1);
    m_word->lineEdit()->setPlaceholderText(tr("A word from the title, or your own"));
    m_until = new QDateEdit(QDate::currentDate().addDays(DefaultDays), this);
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(QDate::currentDate());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mute"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_word, &QComboBox::editTextChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Word:"), m_word);
    form->addRow(tr("Hide &until the end of:"), m_until);
    form->addRow(buttons);
}

QString MuteDialog::word() const
{
    return m_word->currentText().simplified();
}

QDateTime MuteDialog::until() const
{
    return QDateTime(m_until->date().addDays(1), QTime(0, 0));
}

QStringList MuteDialog::wordsOf(const QString &title)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*"));
    QStringList words;
    QRegularExpressionMatchIterator it = word.globalMatch(title);
    while (it.hasNext()) {
        const QString found = it.next().captured();
        if (found.size() >= ShortestWord && !words.contains(found, Qt::CaseInsensitive))
            words.append(found);
    }
    return words;
}

} // namespace Ui
