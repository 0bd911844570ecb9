#pragma once

#include <QByteArray>

namespace Net {

/// Decodes an HTTP body sent with Content-Encoding gzip or deflate, up to a size limit. The
/// fetcher asks for compressed bodies itself and decodes them off the thread that runs the
/// network (the window's), where Qt would otherwise inflate every feed.
class ContentDecoder final
{
public:
    enum class Outcome { Decoded, TooLarge, Corrupt };

    struct Result
    {
        Outcome outcome = Outcome::Corrupt;
        QByteArray body;
    };

    /// The value of Accept-Encoding that matches what decode() handles.
    static constexpr char acceptEncoding[] = "gzip, deflate";

    /// Whether \a contentEncoding (the header's value) is one that decode() handles.
    [[nodiscard]] static bool handles(const QByteArray &contentEncoding);
    /// \a body decoded; never more than \a maxBytes of output is produced.
    [[nodiscard]] static Result decode(const QByteArray &body, const QByteArray &contentEncoding,
                                       qint64 maxBytes);
};

} // namespace Net
