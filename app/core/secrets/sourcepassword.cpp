#include "secrets/sourcepassword.h"

#include "base/logging.h"
#include "secrets/keyring.h"

namespace Secrets {

QString sourcePasswordKey(qint64 sourceId)
{
    return QStringLiteral("source/%1/password").arg(sourceId);
}

void forgetSourcePassword(qint64 sourceId, Store *store)
{
    const QString key = sourcePasswordKey(sourceId);
    if (store != nullptr) {
        store->remove(key);
        return;
    }
    // Without a parent: whoever asked may be gone before the keyring answers.
    auto *keyring = new Keyring;
    QObject::connect(keyring, &Store::secretRemoved, keyring, &QObject::deleteLater);
    QObject::connect(keyring, &Store::failed, keyring,
                     [keyring](const QString &, const QString &message) {
                         qCWarning(lcApp).noquote() << "keyring:" << message;
                         keyring->deleteLater();
                     });
    keyring->remove(key);
}

} // namespace Secrets
