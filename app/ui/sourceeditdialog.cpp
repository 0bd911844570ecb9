#include "ui/sourceeditdialog.h"

#include "models/databaseworker.h"
#include "models/sourcetreemodel.h"
#include "secrets/keyring.h"
#include "secrets/sourcepassword.h"
#include "subscriptions/subscriptionurl.h"
#include "ui/appearance.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace Ui {

namespace {

constexpr int MaxIntervalMinutes = 7 * 24 * 60;

struct SaveOutcome
{
    std::optional<Storage::Source> stored;
    QString error;
};

} // namespace

SourceEditDialog::SourceEditDialog(const Storage::Source &source, QWidget *parent,
                                   Secrets::Store *passwords)
    : QDialog(parent), m_source(source),
      m_passwords(passwords != nullptr ? passwords : new Secrets::Keyring(this))
{
    setWindowTitle(tr("Edit Source"));
    m_title = new QLineEdit(source.title, this);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_feedUrl = new QLineEdit(source.feedUrl.toString(), this);
    m_feedUrl->setObjectName(QStringLiteral("sourceFeedUrl"));

    m_username = new QLineEdit(source.username, this);
    m_username->setObjectName(QStringLiteral("sourceUsername"));
    m_username->setPlaceholderText(tr("Only for feeds that ask for one"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("sourcePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(
        tr("Kept in the system keyring, never in the library or the settings file."));
    // The stored password is not read back: that could ask to unlock the keyring just to
    // show dots. An empty field keeps it.
    if (!source.username.isEmpty())
        m_password->setPlaceholderText(tr("Unchanged"));

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("sourceInterval"));
    m_interval->setRange(0, MaxIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Use the default"));
    m_interval->setValue(
        source.refreshIntervalSeconds > 0 ? qMax(1, source.refreshIntervalSeconds / 60) : 0);
    m_paused = new QCheckBox(tr("&Paused: not refreshed until resumed"), this);
    m_paused->setObjectName(QStringLiteral("sourcePaused"));
    m_paused->setChecked(source.paused);
    m_loadFullArticle = new QCheckBox(tr("Load the full article from the website"), this);
    m_loadFullArticle->setObjectName(QStringLiteral("sourceLoadFullArticle"));
    m_loadFullArticle->setChecked(source.loadFullArticle);

    m_keyringWarning = new QLabel(this);
    m_keyringWarning->setObjectName(QStringLiteral("sourceKeyringWarning"));
    m_keyringWarning->setWordWrap(true);
    m_keyringWarning->setStyleSheet(Appearance::errorTextStyle(palette()));
    m_keyringWarning->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(tr("&Feed address:"), m_feedUrl);
    layout->addRow(tr("&User name:"), m_username);
    layout->addRow(tr("Pass&word:"), m_password);
    layout->addRow(m_keyringWarning);
    layout->addRow(tr("&Refresh every:"), m_interval);
    layout->addRow(m_paused);
    layout->addRow(m_loadFullArticle);
    if (!source.lastError.isEmpty()) {
        auto *error = new QLabel(source.lastError, this);
        error->setObjectName(QStringLiteral("sourceLastError"));
        error->setStyleSheet(Appearance::errorTextStyle(palette()));
        error->setWordWrap(true);
        error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addRow(tr("Last error:"), error);
    }
    layout->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &SourceEditDialog::validate);
    connect(m_feedUrl, &QLineEdit::textChanged, this, &SourceEditDialog::validate);
    connect(m_username, &QLineEdit::textChanged, this, &SourceEditDialog::validate);
    connect(m_passwords, &Secrets::Store::secretWritten, this, [this](const QString &key) {
        if (m_saving && key == Secrets::sourcePasswordKey(m_source.id))
            finishPasswordChange(true, {});
    });
    connect(m_passwords, &Secrets::Store::secretRemoved, this, [this](const QString &key) {
        if (m_saving && key == Secrets::sourcePasswordKey(m_source.id))
            finishPasswordChange(true, {});
    });
    connect(m_passwords, &Secrets::Store::failed, this,
            [this](const QString &key, const QString &message) {
                if (m_saving && key == Secrets::sourcePasswordKey(m_source.id))
                    finishPasswordChange(false, message);
            });
    validate();
    resize(540, 0);
    fitHeight();
}

void SourceEditDialog::fitHeight()
{
    // Wrapped labels need the height for this width, which sizeHint() does not give.
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    resize(width(), qMax(height(), wanted));
}

void SourceEditDialog::validate()
{
    const auto url =
        Subscriptions::parseSubscriptionUrl(m_feedUrl->text(), Subscriptions::UrlInput::Absolute);
    const bool ok = url.ok() && !m_title->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && !m_saving);
    m_feedUrl->setToolTip(url.ok() ? QString() : url.error);
    // A password without a user name would never be sent.
    m_password->setEnabled(!m_username->text().trimmed().isEmpty() && !m_saving);
}

Storage::Source SourceEditDialog::source() const
{
    Storage::Source result = m_source;
    result.title = m_title->text().trimmed();
    const auto url =
        Subscriptions::parseSubscriptionUrl(m_feedUrl->text(), Subscriptions::UrlInput::Absolute);
    if (url.ok())
        result.feedUrl = url.url;
    result.username = m_username->text().trimmed();
    result.refreshIntervalSeconds = m_interval->value() * 60;
    result.paused = m_paused->isChecked();
    result.loadFullArticle = m_loadFullArticle->isChecked();
    return result;
}

void SourceEditDialog::accept()
{
    if (m_saving)
        return;
    const QString username = m_username->text().trimmed();
    const QString key = Secrets::sourcePasswordKey(m_source.id);
    const bool forget = username.isEmpty() && !m_source.username.isEmpty();
    const bool store = !username.isEmpty() && !m_password->text().isEmpty();
    if (!forget && !store) {
        QDialog::accept();
        return;
    }
    // The dialog closes once the keyring has answered, so that a failure can still be shown.
    m_saving = true;
    m_storingPassword = store;
    validate();
    if (store)
        m_passwords->write(key, m_password->text());
    else
        m_passwords->remove(key);
}

void SourceEditDialog::finishPasswordChange(bool ok, const QString &problem)
{
    m_saving = false;
    validate();
    // A password that cannot be removed cannot have been stored there either.
    if (ok || !m_storingPassword) {
        QDialog::accept();
        return;
    }
    m_keyringWarning->setText(
        tr("No system keyring is available, so the password cannot be saved. It is not "
           "written anywhere else; clear it to save the other changes.") +
        QLatin1Char('\n') + problem);
    m_keyringWarning->show();
    fitHeight();
    m_password->setFocus();
}

void SourceEditDialog::editSource(qint64 sourceId, Models::DatabaseWorker *worker,
                                  Models::SourceTreeModel *model, QWidget *parent,
                                  Secrets::Store *passwords)
{
    worker->run<std::optional<Storage::Source>>(
        parent,
        [sourceId](const QSqlDatabase &database) {
            return Storage::SourceRepository(database).find(sourceId);
        },
        [worker, model, parent, passwords](const std::optional<Storage::Source> &source) {
            if (!source)
                return;
            auto *dialog = new SourceEditDialog(*source, parent, passwords);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, parent, [worker, model, parent, dialog] {
                const Storage::Source edited = dialog->source();
                worker->run<SaveOutcome>(
                    parent,
                    [edited](const QSqlDatabase &database) {
                        Storage::SourceRepository sources(database);
                        if (!sources.applySettings(edited))
                            return SaveOutcome{std::nullopt, sources.errorMessage()};
                        return SaveOutcome{sources.find(edited.id), {}};
                    },
                    [model, parent](const SaveOutcome &outcome) {
                        if (outcome.stored)
                            model->updateSource(*outcome.stored);
                        else
                            QMessageBox::warning(parent, tr("Cannot save"), outcome.error);
                    });
            });
            dialog->open();
        });
}

} // namespace Ui
