#pragma once

#include "ai/provider.h"

#include <QCoreApplication>

namespace Ai {

/// The summarizer that ships with Tidings (Ai::summarize, Ai::keyPoints): extractive, offline,
/// never touches the network. Runs on the global thread pool. Cannot translate.
class BuiltinProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Ai::BuiltinProvider)

public:
    static constexpr const char *Id = "builtin";

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] bool supports(Feature feature) const override;
    /// Summary: the central sentences as one paragraph; KeyPoints: one "• " line per point.
    [[nodiscard]] Reply *start(const Request &request, QObject *parent) override;
};

} // namespace Ai
