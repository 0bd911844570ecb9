#include "ai/reply.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Ai {

Reply::Reply(QObject *parent) : QObject(parent)
{}

Reply::~Reply() = default;

void Reply::cancel()
{
    if (m_state != State::Running)
        return;
    m_state = State::Cancelled;
    abort();
    m_errorMessage = QCoreApplication::translate("Ai::Reply", "Cancelled.");
    emit failed(m_errorMessage);
}

void Reply::reportPartial(const QString &textSoFar)
{
    if (m_state != State::Running)
        return;
    m_text = textSoFar;
    emit partial(m_text);
}

void Reply::reportFinished(const QString &text)
{
    if (m_state != State::Running)
        return;
    m_state = State::Finished;
    m_text = text;
    emit finished(m_text);
}

void Reply::reportFailed(const QString &message)
{
    if (m_state != State::Running)
        return;
    m_state = State::Failed;
    m_errorMessage = message;
    emit failed(m_errorMessage);
}

void Reply::reportFailedLater(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] { reportFailed(message); });
}

} // namespace Ai
