#pragma once

#include <QObject>
#include <QString>

namespace Secrets {

/// Where passwords and keys are kept, asked asynchronously: the system keyring (Keyring) in the
/// application, a MemoryStore where a test or tool hands the secrets in itself. Every call ends
/// in exactly one signal, from the event loop.
class Store : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    using QObject::QObject;
    ~Store() override = default;

    /// Ends in secretRead() (an empty secret when none is stored) or failed().
    virtual void read(const QString &key) = 0;
    /// Ends in secretWritten() or failed().
    virtual void write(const QString &key, const QString &secret) = 0;
    /// Ends in secretRemoved() (also when there was nothing to remove) or failed().
    virtual void remove(const QString &key) = 0;

signals:
    void secretRead(const QString &key, const QString &secret);
    void secretWritten(const QString &key);
    void secretRemoved(const QString &key);
    /// \a message says what went wrong and what to do, in words.
    void failed(const QString &key, const QString &message);
};

} // namespace Secrets
