#pragma once

#include "ai/reply.h"

#include <QString>

class QObject;

namespace Ai {

/// What a provider is asked to make of an article.
enum class Feature { Summary, KeyPoints, Translate };

/// One article's text and what to do with it.
struct Request
{
    Feature feature = Feature::Summary;
    QString title;
    QString text;           ///< Plain text.
    QString targetLanguage; ///< For Translate: a language name or code ("German", "de").
};

/// Something that turns an article into a summary, key points or a translation: the built-in
/// summarizer, or a language model behind an OpenAI-compatible server.
class Provider
{
public:
    virtual ~Provider() = default;

    /// Stable, for the result cache: "builtin", "openai".
    [[nodiscard]] virtual QString id() const = 0;
    [[nodiscard]] virtual QString displayName() const = 0;
    /// The model answering, for the result cache; empty when there is only one.
    [[nodiscard]] virtual QString model() const { return {}; }
    [[nodiscard]] virtual bool supports(Feature feature) const = 0;
    /// Starts the work; the reply belongs to \a parent (or to the caller when null). A feature
    /// the provider does not support ends in failed().
    [[nodiscard]] virtual Reply *start(const Request &request, QObject *parent) = 0;
};

/// "summary", "key-points", "translate": the name stored with cached results.
[[nodiscard]] QString featureName(Feature feature);

} // namespace Ai
