#include "ui/settings/accountdialog.h"

#include "sync/accountclient.h"
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
    m_type->addItem(tr("Tiny Tiny RSS"),
                    QVariant::fromValue(int(Storage::AccountType::TinyTinyRss)));
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("accountServer"));
    m_server->setPlaceholderText(QStringLiteral("https://example.org/tt-rss/"));
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
    for (QLineEdit *field : {m_server, m_user, m_password})
        connect(field, &QLineEdit::textChanged, this, &AccountDialog::updateButtons);
    updateButtons();
}

AccountDialog::~AccountDialog() = default;

Storage::AccountDraft AccountDialog::draft() const
{
    Storage::AccountDraft draft;
    draft.type = Storage::AccountType(m_type->currentData().toInt());
    draft.serverUrl = QUrl::fromUserInput(m_server->text().trimmed());
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
        m_result->setText(failure.isEmpty()
                              ? tr("Connected. The server speaks API level %1.").arg(level)
                              : failure);
        updateButtons();
        emit tested(failure.isEmpty());
    });
}

} // namespace Ui
