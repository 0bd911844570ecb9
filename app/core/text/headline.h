#pragma once

#include <QString>

namespace Text {

/// The two lines the article list shows for an article. Posts from Mastodon and other
/// microblogs have no title: for them the first sentence of the text stands in for one and the
/// excerpt goes on after it, rather than a row with an empty first line.
struct Headline
{
    QString title;
    QString excerpt;

    /// A title-less article's stand-in is at most this many characters (cut between words).
    static constexpr int MaxDerivedTitle = 100;

    [[nodiscard]] static Headline of(const QString &title, const QString &excerpt);
};

} // namespace Text
