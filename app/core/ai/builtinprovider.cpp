#include "ai/builtinprovider.h"

#include "ai/summarizer.h"

#include "threading/workpool.h"

namespace Ai {

namespace {

QString compute(Feature feature, const QString &text)
{
    if (feature == Feature::KeyPoints) {
        QStringList lines;
        for (const QString &point : keyPoints(text))
            lines.append(QStringLiteral("• ") + point);
        return lines.join(QLatin1Char('\n'));
    }
    return summarize(text).join(QLatin1Char(' '));
}

// The computation cannot be interrupted; cancelling or deleting the reply just stops listening.
class BuiltinReply final : public Reply
{
public:
    BuiltinReply(const Request &request, QObject *parent) : Reply(parent)
    {
        if (request.feature == Feature::Translate) {
            reportFailedLater(BuiltinProvider::tr("The built-in summarizer cannot translate. "
                                                  "Choose a language model server in the AI "
                                                  "settings to translate articles."));
            return;
        }
        if (request.text.trimmed().isEmpty()) {
            reportFailedLater(BuiltinProvider::tr("The article has no text to summarize."));
            return;
        }
        WorkPool::run(
            this,
            [feature = request.feature, text = request.text] { return compute(feature, text); },
            [this](const QString &result) {
                if (m_aborted)
                    return;
                if (result.trimmed().isEmpty())
                    reportFailed(BuiltinProvider::tr("The article is too short to summarize."));
                else
                    reportFinished(result);
            });
    }

protected:
    void abort() override { m_aborted = true; }

private:
    bool m_aborted = false;
};

} // namespace

QString BuiltinProvider::id() const
{
    return QString::fromLatin1(Id);
}

QString BuiltinProvider::displayName() const
{
    return tr("Built-in summarizer (on this computer)");
}

bool BuiltinProvider::supports(Feature feature) const
{
    return feature == Feature::Summary || feature == Feature::KeyPoints;
}

Reply *BuiltinProvider::start(const Request &request, QObject *parent)
{
    return new BuiltinReply(request, parent);
}

} // namespace Ai
