#include "secrets/accountpassword.h"

namespace Secrets {

QString accountPasswordKey(qint64 accountId)
{
    return QStringLiteral("account/%1/password").arg(accountId);
}

} // namespace Secrets
