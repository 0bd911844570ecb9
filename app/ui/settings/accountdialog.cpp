#include "ui/settings/accountdialog.h"

#include "sync/accountclient.h"
#include "sync/accountpresets.h"
#include "sync/syncservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

// A test that waits longer than this tells the person so rather than keep them waiting.
constexpr int TestTimeoutMs = 15'000;

} // namespace

AccountDialog::AccountDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent), m_network(network)
{
    setWindowTitle(tr("Add Account"));
    setObjectName(QStringLiteral("accountDialog"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("accountType"));
    for (const Sync::AccountPreset &preset : Sync::AccountPresets::all())
        m_type->addItem(preset.displayName, preset.name);
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("accountServer"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("accountUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addAccount"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AccountDialog::presetChosen);
    for (QLineEdit *field : {m_server, m_user, m_password})
        connect(field, &QLineEdit::textChanged, this, &AccountDialog::updateButtons);
    presetChosen();
}

AccountDialog::~AccountDialog() = default;

Sync::AccountPreset AccountDialog::preset() const
{
    return Sync::AccountPresets::named(m_type->currentData().toString())
        .value_or(Sync::AccountPresets::all().constFirst());
}

void AccountDialog::presetChosen()
{
    const Sync::AccountPreset chosen = preset();
    // A hosted service's address is known; a server of one's own starts empty again.
    const QString hosted = chosen.hostedUrl.toString();
    if (!hosted.isEmpty())
        m_server->setText(hosted);
    else if (m_server->text() == m_hostedShown)
        m_server->clear();
    m_hostedShown = hosted;
    m_server->setPlaceholderText(chosen.placeholder);
    updateButtons();
}

Storage::AccountDraft AccountDialog::draft() const
{
    Storage::AccountDraft draft;
    const Sync::AccountPreset chosen = preset();
    draft.type = chosen.type;
    draft.serverUrl = chosen.serverUrl(m_server->text());
    draft.username = m_user->text().trimmed();
    return draft;
}

QString AccountDialog::password() const
{
    return m_password->text();
}

QString AccountDialog::testResult() const
{
    return m_result->text();
}

void AccountDialog::updateButtons()
{
    const bool complete = draft().serverUrl.isValid() && !m_server->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty() && !password().isEmpty();
    m_test->setEnabled(complete && !m_client);
    m_add->setEnabled(complete);
}

void AccountDialog::testConnection()
{
    Storage::Account account;
    const Storage::AccountDraft wanted = draft();
    account.type = wanted.type;
    account.serverUrl = wanted.serverUrl;
    account.username = wanted.username;
    QString error;
    m_client = Sync::SyncService::makeClient(account, password(), m_network, TestTimeoutMs, &error);
    if (!m_client) {
        m_result->setText(error);
        emit tested(false);
        return;
    }
    m_result->setText(tr("Connecting to %1…").arg(wanted.serverUrl.host()));
    updateButtons();
    // The login runs on the network's event loop: the dialog stays usable meanwhile.
    m_client->logIn([this](const QString &failure) {
        const int level = m_client->apiLevel();
        // The client may still be in its own callback: it goes once that has returned.
        m_client.release()->deleteLater();
        // Only Tiny Tiny RSS has API levels.
        const QString connected = level > 0
                                      ? tr("Connected. The server speaks API level %1.").arg(level)
                                      : tr("Connected.");
        m_result->setText(failure.isEmpty() ? connected : failure);
        updateButtons();
        emit tested(failure.isEmpty());
    });
}

} // namespace Ui
