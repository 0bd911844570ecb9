#pragma once

#include "secrets/secretstore.h"

#include <QString>

namespace Secrets {

/// Passwords and API keys in the system keyring (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager) through QtKeychain, under the application id as the service
/// name. Every call ends in exactly one signal, from the event loop, also when no keyring is
/// available or it does not answer within timeoutMs(); nothing is ever stored in plain text.
class Keyring final : public Store
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Keyring)

public:
    /// Uses the application id (TIDINGS_APPLICATION_ID) as the service name.
    explicit Keyring(QObject *parent = nullptr);
    /// For tests and tools that must not touch the application's own entries.
    explicit Keyring(const QString &service, QObject *parent = nullptr);
    ~Keyring() override;

    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    /// How long to wait for the keyring (which may be asking the person to unlock it).
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret);

    QString m_service;
    int m_timeoutMs = 60'000;
};

} // namespace Secrets
