#pragma once

#include <QString>
#include <QUrl>

namespace Html {

/// Makes feed HTML safe to show: an allowlist of elements/attributes suited to articles, URLs
/// resolved against baseUrl and limited to http/https/mailto (data:image/* for images),
/// scripts/styles/frames/forms/event handlers removed, well-formed output.
///
/// Embedded players of YouTube, Vimeo and Dailymotion become a link card
/// `<p class="embed"><a href="…">▶ Video on YouTube</a></p>`; 1×1 tracking images are dropped;
/// <audio>/<video> get controls and preload="none". Applying it twice changes nothing.
[[nodiscard]] QString sanitize(const QString &html, const QUrl &baseUrl = {});

/// The src of the first image in (sanitized) HTML that is fit for a thumbnail: an http(s) URL
/// of an <img> not declared smaller than 64 px in either dimension. Empty when there is none.
[[nodiscard]] QString firstImageUrl(const QString &sanitizedHtml);

} // namespace Html
