#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Text {

/// The result of turning a feed's bytes into text.
struct DecodedText
{
    QString text;         ///< The document as Unicode, BOM removed.
    QByteArray encoding;  ///< Canonical (WHATWG) name actually used, e.g. "UTF-8", "windows-1251".
    QStringList warnings; ///< Translated notes on what was recovered or guessed.
    QString error;        ///< Non-empty when the bytes cannot be decoded at all.

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Decodes an XML document (RSS, Atom, RDF) following RFC 7303 §3: a byte order mark first, then
/// the charset parameter of the HTTP Content-Type, then the XML declaration's encoding, then
/// UTF-8. UTF-16 and UTF-32 without a BOM are recognised from the first bytes ("<\0?\0", ...).
///
/// Labels follow the WHATWG Encoding Standard: "ISO-8859-1" and "US-ASCII" are decoded as
/// windows-1252 (so curly quotes in 0x80–0x9F survive), "ISO-8859-9" as windows-1254, "GB2312" as
/// GBK (gb18030 decoder), "Big5" as Big5-HKSCS, "Shift_JIS" as windows-31J, "EUC-KR" as
/// windows-949. Single-byte charsets are decoded byte by byte (no composition of combining marks).
/// An unknown label is skipped with a warning. A document that should be UTF-8 but is not is
/// recovered: wholly as windows-1252 when most of its non-ASCII bytes are invalid UTF-8, otherwise
/// only its invalid bytes are read as windows-1252. Illegal sequences in other encodings become
/// U+FFFD, with a warning.
///
/// The `encoding="..."` pseudo-attribute of the XML declaration is blanked out with spaces in
/// `text` (length and columns are unchanged), so a QXmlStreamReader reading the QString does not
/// try to decode it a second time.
[[nodiscard]] DecodedText decodeXml(const QByteArray &bytes,
                                    const QByteArray &httpContentType = {});

/// Decodes a JSON Feed: a BOM first, then the HTTP charset, then UTF-16/32 recognised from
/// NUL bytes in the first four (RFC 4627 §3), then UTF-8 with the same windows-1252 recovery.
[[nodiscard]] DecodedText decodeJson(const QByteArray &bytes,
                                     const QByteArray &httpContentType = {});

/// The charset parameter of a Content-Type value, lower-cased with quotes stripped; empty when
/// there is none.
[[nodiscard]] QByteArray charsetFromContentType(const QByteArray &contentType);

/// The encoding named in the XML declaration at the start of `bytes`, lower-cased; empty when
/// there is none. Reads only the first ~200 bytes; understands ASCII-compatible, UTF-16 and UTF-32
/// prologs, with or without BOM.
[[nodiscard]] QByteArray encodingFromXmlDeclaration(const QByteArray &bytes);

/// The canonical name for a charset label ("latin1" → "windows-1252", "x-sjis" → "Shift_JIS",
/// "utf8" → "UTF-8"), matched case-insensitively ignoring punctuation; empty when unknown.
[[nodiscard]] QByteArray canonicalEncodingName(const QByteArray &label);

} // namespace Text
