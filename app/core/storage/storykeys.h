#pragma once

#include <QString>

#include <optional>

namespace Storage::StoryKeys {

/// The key of an article's link for finding the same story from other sources: scheme, "www.",
/// fragment, tracking parameters (utm_*, fbclid ...) and a trailing slash make no difference.
/// nullopt for a link that names no page of its own (none, or a site's home page).
[[nodiscard]] std::optional<qint64> ofLink(const QString &link);

/// The key of an article's title: case, accents, punctuation and spacing make no difference.
/// nullopt for a title too short to tell one story from another ("Update", "Podcast #12").
[[nodiscard]] std::optional<qint64> ofTitle(const QString &title);

/// The normalized forms the keys are hashes of; exposed for tests.
[[nodiscard]] QString normalizedLink(const QString &link);
[[nodiscard]] QString normalizedTitle(const QString &title);

} // namespace Storage::StoryKeys
