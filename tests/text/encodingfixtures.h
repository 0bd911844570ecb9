#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QXmlStreamReader>

#include <utility>

// Documents and helpers the encoding tests share.
namespace TestSupport {

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/encodings/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QByteArray xmlDocument(const QByteArray &label, const QByteArray &body)
{
    QByteArray declaration = "<?xml version=\"1.0\"";
    if (!label.isEmpty())
        declaration += " encoding=\"" + label + '"';
    return declaration + "?>\n<t>" + body + "</t>";
}

// The text of the <t> element, as QXmlStreamReader reads it from the decoded QString.
inline QString elementText(const QString &document, QString *error = nullptr)
{
    QXmlStreamReader reader(document);
    QString text;
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            text = reader.readElementText();
    }
    if (error)
        *error = reader.hasError() ? reader.errorString() : QString();
    return text;
}

inline QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        out += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1}
                         : QByteArray{&low, 1} + QByteArray{&high, 1};
    }
    return out;
}

inline QByteArray utf32(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const char32_t c : text.toUcs4()) {
        char bytes[4] = {char(c >> 24), char((c >> 16) & 0xFF), char((c >> 8) & 0xFF),
                         char(c & 0xFF)};
        if (!bigEndian)
            std::swap(bytes[0], bytes[3]), std::swap(bytes[1], bytes[2]);
        out += QByteArray(bytes, 4);
    }
    return out;
}

inline const QString kRussian =
    QStringLiteral("Вчера в Москве шёл сильный дождь, а сегодня солнце.");
inline const QString kJapanese = QStringLiteral("今日はいい天気ですね。カタカナも少し。");

} // namespace TestSupport
