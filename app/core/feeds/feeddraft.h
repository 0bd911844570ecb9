#pragma once

#include "feeds/candidate.h"
#include "feeds/feed.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace Feeds {

/// An item while its elements are read: every field keeps the best candidate offered.
struct ItemDraft
{
    struct Body
    {
        QString html;
        QUrl base;
        bool explicitBase = false; ///< The base comes from xml:base.
        int rank = INT_MAX;
    };

    Candidate<QString> id;
    Candidate<QString> title;
    Candidate<QString> link;
    Candidate<QString> author;
    Candidate<QString> image;
    Candidate<QString> commentsUrl;
    Candidate<QString> commentFeedUrl;
    Candidate<QDateTime> published;
    Candidate<QDateTime> updated;
    Candidate<int> commentCount;
    Candidate<int> duration;
    Body summary;
    Body content;
    QStringList categories;
    QList<Enclosure> enclosures;

    static void offer(Body &body, const QString &html, int rank, const QUrl &base,
                      bool explicitBase);
    /// An RSS description or summary: the first is the summary, a second one the content when
    /// no better content is given, as common parsers read them.
    void offerDescription(const QString &html, const QUrl &base, bool explicitBase);
    void addCategory(const QString &category);
    void addEnclosure(const Enclosure &enclosure);
    /// The finished item, and the base URL its HTML is to be resolved against: xml:base, else
    /// the item link, else the document URL. summaryBase is set when the summary's base differs
    /// from the content's (an xml:base of its own).
    [[nodiscard]] Item finish(const QUrl &documentUrl, QString &contentBase,
                              QString &summaryBase) const;

private:
    [[nodiscard]] static QString baseOf(const Body &body, const QString &itemLink,
                                        const QUrl &documentUrl);
};

/// Feed-level fields while the channel or feed element is read.
struct ChannelDraft
{
    Candidate<QString> title;
    Candidate<QString> link;
    Candidate<QString> subtitle;
    Candidate<QString> language;
    Candidate<QString> author;
    Candidate<QString> icon;
    Candidate<QDateTime> updated;
    Candidate<int> ttlMinutes;
    int updatePeriodMinutes = -1; ///< sy:updatePeriod, combined with sy:updateFrequency.
    int updateFrequency = 1;

    void applyTo(Feed &feed) const;
};

/// What a reader hands to the parser: the feed with unsanitized HTML, and for each item the
/// base URL its HTML is to be resolved against.
struct FeedDraft
{
    Feed feed;
    /// Strings rather than QUrls: most are the item's link and share its text, where a parsed
    /// QUrl per item would cost 200 bytes (10 MB for a 50,000-item feed).
    std::vector<QString> contentBases;
    /// The few items whose summary is resolved against another base than their content.
    QHash<qsizetype, QString> summaryBases;
    QStringList warnings;
    QString error;

    /// Appends the finished item with its bases.
    void append(const ItemDraft &item, const QUrl &documentUrl);
};

} // namespace Feeds
