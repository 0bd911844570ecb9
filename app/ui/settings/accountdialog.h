#pragma once

#include "storage/accountrepository.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace Sync {
class AccountClient;
struct AccountPreset;
} // namespace Sync

namespace Ui {

/// Asks for a new sync account: server type (Tiny Tiny RSS, FreshRSS, Miniflux, the hosted
/// Google Reader API services, whose address is filled in), address, user name and password,
/// with a Test connection button that logs in and says in words what happened.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    /// \a network must outlive the dialog.
    explicit AccountDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~AccountDialog() override;

    [[nodiscard]] Storage::AccountDraft draft() const;
    [[nodiscard]] QString password() const;
    /// What the last connection test said.
    [[nodiscard]] QString testResult() const;

    /// Logs in with what the fields say; ends in tested().
    void testConnection();

signals:
    void tested(bool ok);

private:
    [[nodiscard]] Sync::AccountPreset preset() const;
    void presetChosen();
    void updateButtons();

    QNetworkAccessManager *m_network;
    QComboBox *m_type = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_result = nullptr;
    QString m_hostedShown; ///< The hosted address the server field was given, if any.
    std::unique_ptr<Sync::AccountClient> m_client; ///< The connection being tested.
};

} // namespace Ui
