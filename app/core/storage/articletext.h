#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;

/// How the long texts of an article are stored: the HTML compressed, the plain text (for the
/// full-text index) derived from it on demand, and a short excerpt for the article list.
namespace Storage::ArticleText {

/// Characters of plain text kept in the excerpt column (counted like SQLite's substr()).
inline constexpr int ExcerptSourceLength = 240;

/// \a html compressed for a BLOB column; a NULL value when \a html is empty.
[[nodiscard]] QVariant compress(const QString &html);
/// The text of a column written by compress(); empty for NULL or damaged data.
[[nodiscard]] QString decompress(const QVariant &stored);
[[nodiscard]] QString decompress(QByteArrayView stored);

/// The plain text the full-text index holds for an article. ArticleWriter indexes this and the
/// SQL function tidings_article_text() recomputes it to delete index rows: both must agree.
[[nodiscard]] QString plainText(const QString &summary, const QString &content);

/// The start of \a plainText stored for the article list (at most ExcerptSourceLength code
/// points, never splitting a surrogate pair).
[[nodiscard]] QString excerptSource(const QString &plainText);

/// Registers tidings_article_text(summary, content) on \a handle: the plainText() of the
/// decompressed columns, NULL when empty. False (and \a errorMessage) on failure.
bool registerFunctions(sqlite3 *handle, QString *errorMessage);

} // namespace Storage::ArticleText
