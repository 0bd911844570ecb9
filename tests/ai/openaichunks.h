#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace TestSupport {

// One streamed chunk as OpenAI-compatible servers send it.
inline QByteArray chunk(const QString &content, const QString &finishReason = {})
{
    QJsonObject choice{
        {QStringLiteral("index"), 0},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), content}}}};
    choice.insert(QStringLiteral("finish_reason"),
                  finishReason.isEmpty() ? QJsonValue() : QJsonValue(finishReason));
    const QJsonObject object{{QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                             {QStringLiteral("choices"), QJsonArray{choice}}};
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace TestSupport
