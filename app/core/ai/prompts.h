#pragma once

#include "ai/provider.h"

#include <QString>

/// What is sent to a language model: the instructions for each feature, kept as resources in
/// resources/prompts, and the article cut to fit the model's context.
namespace Ai::Prompts {

/// The system prompt for \a feature; {language} becomes \a targetLanguage.
[[nodiscard]] QString system(Feature feature, const QString &targetLanguage = {});

/// The user message: the title on the first line, then the text cut to \a budgetChars.
[[nodiscard]] QString user(const Request &request, int budgetChars);

/// \a text when it fits in \a budgetChars, else its start cut after the last sentence that fits
/// (at a word boundary when no sentence ends late enough) and marked with " […]".
[[nodiscard]] QString fitToBudget(const QString &text, int budgetChars);

} // namespace Ai::Prompts
