#include "pages/aicard.h"

#include "pages/articlepage.h"

#include <QStringList>
#include <QUrl>

namespace Pages {

namespace {

QString buttons(const QList<AiCard::Action> &actions)
{
    QString html;
    for (const AiCard::Action &action : actions) {
        html +=
            QStringLiteral("<a class=\"action\" href=\"%1\">%2</a> ")
                .arg(ArticlePage::actionUrl(action.name).toString(), action.label.toHtmlEscaped());
    }
    return QStringLiteral("<p class=\"ai-actions\">%1</p>").arg(html);
}

// Paragraphs and "• " bullets of a plain-text answer as HTML.
QString formatted(const QString &text)
{
    QString html;
    QStringList bullets;
    const auto flushBullets = [&] {
        if (bullets.isEmpty())
            return;
        html += QStringLiteral("<ul><li>") + bullets.join(QStringLiteral("</li><li>")) +
                QStringLiteral("</li></ul>");
        bullets.clear();
    };
    for (const QString &rawLine : text.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            flushBullets();
            continue;
        }
        if (line.startsWith(u'•') || line.startsWith(QLatin1String("- ")) ||
            line.startsWith(QLatin1String("* "))) {
            bullets.append(line.mid(line.startsWith(u'•') ? 1 : 2).trimmed().toHtmlEscaped());
            continue;
        }
        flushBullets();
        html += QStringLiteral("<p dir=\"auto\">%1</p>").arg(line.toHtmlEscaped());
    }
    flushBullets();
    return html;
}

} // namespace

QString AiCard::offer(const QList<Action> &actions)
{
    return QStringLiteral("<div class=\"ai-card\"><h2>%1</h2>%2</div>")
        .arg(tr("AI"), buttons(actions));
}

QString AiCard::answer(const QList<Action> &actions, const QString &heading, const QString &text,
                       const QString &providerName, bool running)
{
    const QString status = running ? tr("Writing…") : tr("Made by %1.").arg(providerName);
    return QStringLiteral("<div class=\"ai-card\"><h2>%1</h2>%2<div class=\"ai-text\">%3</div>"
                          "<p class=\"note\">%4 %5</p></div>")
        .arg(heading.toHtmlEscaped(), buttons(actions), formatted(text), status.toHtmlEscaped(),
             tr("AI output can be wrong: check what matters against the article."));
}

QString AiCard::failure(const QList<Action> &actions, const QString &message)
{
    return QStringLiteral("<div class=\"ai-card\"><h2>%1</h2>%2<p class=\"note\">%3</p></div>")
        .arg(tr("AI"), buttons(actions), message.toHtmlEscaped());
}

QString AiCard::optInHint()
{
    return QStringLiteral("<p class=\"ai-hint\">%1 <a class=\"hint-action\" href=\"%2\">%3</a> · "
                          "<a href=\"%4\">%5</a></p>")
        .arg(tr("Summaries and key points, made on this computer.").toHtmlEscaped(),
             ArticlePage::actionUrl(QStringLiteral("ai-settings")).toString(),
             tr("Try AI features…"),
             ArticlePage::actionUrl(QStringLiteral("ai-dismiss")).toString(),
             tr("Don't show this again"));
}

} // namespace Pages
