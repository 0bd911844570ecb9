#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

struct sqlite3;

/// The search index's tokenizer, "tidings": FTS5's unicode61 (remove_diacritics 2), which
/// also takes text already split into its tokens by pretokenized(). Tokenizing is a sixth of
/// what FTS5 spends on indexing; the pool that prepares articles can do it, off the index's
/// thread, which is the last to finish when many articles come at once.
namespace Storage::SearchTokenizer {

/// The name the index's table is created with.
inline constexpr char Name[] = "tidings";

/// Makes the tokenizer known to the connection \a handle; the index cannot be read or written
/// without it. False with \a errorMessage (which may be null) when FTS5 is missing.
bool registerOn(sqlite3 *handle, QString *errorMessage = nullptr);

/// The tokens unicode61 finds in \a text, in the form the tokenizer reads without tokenizing
/// again, for an article's indexed value: it yields the very tokens the plain text would, so
/// the index can take either and remove either. Empty when there are none. Any thread.
[[nodiscard]] QByteArray pretokenized(QStringView text);

} // namespace Storage::SearchTokenizer
