#pragma once

#include <QObject>
#include <QString>

namespace Secrets {

/// Passwords and API keys in the system keyring (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager) through QtKeychain, under the application id as the service
/// name. Every call ends in exactly one signal, from the event loop, also when no keyring is
/// available or it does not answer within timeoutMs(); nothing is ever stored in plain text.
class Keyring final : public QObject
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

    /// Ends in secretRead() (an empty secret when none is stored) or failed().
    void read(const QString &key);
    /// Ends in secretWritten() or failed().
    void write(const QString &key, const QString &secret);
    /// Ends in secretRemoved() (also when there was nothing to remove) or failed().
    void remove(const QString &key);

signals:
    void secretRead(const QString &key, const QString &secret);
    void secretWritten(const QString &key);
    void secretRemoved(const QString &key);
    /// \a message says what went wrong and what to do, in words.
    void failed(const QString &key, const QString &message);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret);

    QString m_service;
    int m_timeoutMs = 60'000;
};

} // namespace Secrets
