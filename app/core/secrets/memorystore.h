#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace Secrets {

/// Secrets held in this process only, for tests and tools that must not touch the system
/// keyring. With setUnavailable() every call fails as a missing keyring does.
class MemoryStore final : public Store
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryStore)

public:
    explicit MemoryStore(QObject *parent = nullptr);
    ~MemoryStore() override;

    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

    /// Every later call fails with \a message; an empty message makes the store work again.
    void setUnavailable(const QString &message) { m_unavailable = message; }
    /// What is stored now, without a signal.
    [[nodiscard]] QHash<QString, QString> secrets() const { return m_secrets; }
    /// How many calls were made, for checking that nobody asked needlessly.
    [[nodiscard]] int requestCount() const { return m_requests; }

private:
    template<typename Done> void answer(const QString &key, Done done);

    QHash<QString, QString> m_secrets;
    QString m_unavailable;
    int m_requests = 0;
};

} // namespace Secrets
