#include "pages/pagetemplate.h"

#include "pages/articlepage.h"

#include <QFile>

#include <algorithm>

namespace Pages::PageTemplate {

QString resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resource %s is missing", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString fill(const QString &templateText, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(templateText.size() * 2);
    qsizetype at = 0;
    while (at < templateText.size()) {
        const qsizetype open = templateText.indexOf(QLatin1String("{{"), at);
        const qsizetype close = open < 0 ? -1 : templateText.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(templateText).mid(at);
            break;
        }
        out += QStringView(templateText).mid(at, open - at);
        out += values.value(templateText.mid(open + 2, close - open - 2));
        at = close + 2;
    }
    return out;
}

QString themeCss(const ArticlePageStyle &style)
{
    return QStringLiteral(":root{--text:%1;--background:%2;--muted:%3;--link:%4;--accent:%5;"
                          "--card:%6;--border:%7;--font-size:%8pt;color-scheme:%9}")
        .arg(style.text.name(), style.background.name(), style.muted.name(), style.link.name(),
             style.accent.name(), style.card.name(), style.border.name(),
             QString::number(std::max(6, style.fontPointSize)), themeClass(style));
}

QString themeClass(const ArticlePageStyle &style)
{
    return style.isDark() ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace Pages::PageTemplate
