#include "ai/openaijson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Ai::OpenAiJson {

namespace {

constexpr int MaxErrorChars = 300;

QString oneLine(QString text)
{
    text = text.simplified();
    if (text.size() > MaxErrorChars)
        text = text.left(MaxErrorChars - 1) + QChar(0x2026);
    return text;
}

QString errorOf(const QJsonObject &object)
{
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString())
        return oneLine(error.toString());
    if (error.isObject()) {
        const QString message = error.toObject().value(QLatin1String("message")).toString();
        return oneLine(message.isEmpty() ? QStringLiteral("error") : message);
    }
    return {};
}

// choices[0] of a chunk or completion; `part` is "delta" or "message".
Choice parse(const QByteArray &json, QLatin1String part)
{
    Choice choice;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return choice;
    const QJsonObject object = document.object();
    choice.errorMessage = errorOf(object);
    if (!choice.errorMessage.isEmpty()) {
        choice.valid = true;
        return choice;
    }
    const QJsonValue choices = object.value(QLatin1String("choices"));
    if (!choices.isArray())
        return choice;
    // Some servers end a stream with a chunk of usage figures and no choices.
    choice.valid = true;
    const QJsonArray array = choices.toArray();
    if (array.isEmpty())
        return choice;
    const QJsonObject first = array.first().toObject();
    const QJsonValue finish = first.value(QLatin1String("finish_reason"));
    if (finish.isString())
        choice.finishReason = finish.toString();
    const QJsonObject body = first.value(part).toObject();
    choice.content = body.value(QLatin1String("content")).toString();
    choice.refusal = body.value(QLatin1String("refusal")).toString();
    return choice;
}

} // namespace

QByteArray chatRequest(const QString &model, const QString &systemPrompt, const QString &userText,
                       bool stream)
{
    const QJsonArray messages{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                    {QStringLiteral("content"), systemPrompt}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                    {QStringLiteral("content"), userText}},
    };
    const QJsonObject request{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), stream},
    };
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

Choice parseChunk(const QByteArray &json)
{
    return parse(json, QLatin1String("delta"));
}

Choice parseCompletion(const QByteArray &json)
{
    return parse(json, QLatin1String("message"));
}

QStringList parseModels(const QByteArray &json, bool *ok)
{
    *ok = false;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    QLatin1String key("id");
    QJsonValue list = object.value(QLatin1String("data"));
    if (!list.isArray()) {
        list = object.value(QLatin1String("models"));
        key = QLatin1String("name");
    }
    if (!list.isArray())
        return {};
    QStringList ids;
    for (const QJsonValue &entry : list.toArray()) {
        const QString id = entry.toObject().value(key).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    *ok = true;
    return ids;
}

QString errorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    const QString error = errorOf(object);
    if (!error.isEmpty())
        return error;
    return oneLine(object.value(QLatin1String("message")).toString());
}

} // namespace Ai::OpenAiJson
