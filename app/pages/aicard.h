#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Pages {

/// The HTML of the AI card above the story (the #ai section of the reading page). Every text
/// in it is escaped here: a model's answer is as untrusted as a feed.
class AiCard final
{
    Q_DECLARE_TR_FUNCTIONS(Pages::AiCard)

public:
    /// One button of the card: its page action (tidings://action/NAME) and label.
    struct Action
    {
        QString name;
        QString label;
    };

    /// The buttons alone, before anything was asked.
    [[nodiscard]] static QString offer(const QList<Action> &actions);
    /// An answer (or its part streamed so far) with who made it and the caveat.
    [[nodiscard]] static QString answer(const QList<Action> &actions, const QString &heading,
                                        const QString &text, const QString &providerName,
                                        bool running);
    [[nodiscard]] static QString failure(const QList<Action> &actions, const QString &message);
    /// Shown while AI features are off: what they are, a way to turn them on and to never see
    /// this again.
    [[nodiscard]] static QString optInHint();
};

} // namespace Pages
