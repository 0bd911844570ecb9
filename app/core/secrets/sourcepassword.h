#pragma once

#include <QString>

namespace Secrets {

class Store;

/// The entry that holds the HTTP password of source \a sourceId ("source/<id>/password").
[[nodiscard]] QString sourcePasswordKey(qint64 sourceId);

/// Removes the password of a source that was unsubscribed, without waiting for the answer:
/// source ids can be used again, and a new source must not inherit an old password. Without
/// \a store the system keyring is asked; a failure is only logged (nothing could have been
/// stored there either).
void forgetSourcePassword(qint64 sourceId, Store *store = nullptr);

} // namespace Secrets
