#include "secrets/memorystore.h"

namespace Secrets {

MemoryStore::MemoryStore(QObject *parent) : Store(parent)
{}

MemoryStore::~MemoryStore() = default;

// Answers from the event loop, as the keyring does, so that callers cannot come to rely on a
// signal arriving before the call returns.
template<typename Done> void MemoryStore::answer(const QString &key, Done done)
{
    ++m_requests;
    const QString unavailable = m_unavailable;
    QMetaObject::invokeMethod(
        this,
        [this, key, unavailable, done] {
            if (unavailable.isEmpty())
                done();
            else
                emit failed(key, unavailable);
        },
        Qt::QueuedConnection);
}

void MemoryStore::read(const QString &key)
{
    answer(key, [this, key] { emit secretRead(key, m_secrets.value(key)); });
}

void MemoryStore::write(const QString &key, const QString &secret)
{
    answer(key, [this, key, secret] {
        m_secrets.insert(key, secret);
        emit secretWritten(key);
    });
}

void MemoryStore::remove(const QString &key)
{
    answer(key, [this, key] {
        m_secrets.remove(key);
        emit secretRemoved(key);
    });
}

} // namespace Secrets
