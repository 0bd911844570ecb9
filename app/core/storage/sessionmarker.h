#pragma once

#include "storage/profile.h"

#include <QString>

namespace Storage {

/// Files in the profile that decide whether the library is checked before the window opens
/// it: "session-running" exists while the window runs, so finding it at start-up means the
/// last session did not end cleanly (a crash, a power cut, a kill); "check-at-start" asks for
/// a check whatever happens (damage was found while running).
class SessionMarker final
{
public:
    explicit SessionMarker(const Profile &profile);

    /// True when the last session did not end cleanly or a check was asked for.
    [[nodiscard]] bool checkNeeded() const;
    /// The session has begun (after the check, if any): writes the running marker and clears
    /// a request for a check.
    void begin();
    /// The session ended cleanly.
    void end();
    /// Makes the next start check the library.
    void requestCheckAtNextStart();

private:
    QString m_runningPath;
    QString m_checkRequestPath;
};

} // namespace Storage
