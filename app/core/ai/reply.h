#pragma once

#include <QObject>
#include <QString>

namespace Ai {

/// One running answer of a Provider. It ends exactly once: finished() with the whole text, or
/// failed() with a sentence a person can read (cancel() ends it with failed() too, and
/// isCancelled() then tells the two apart). Nothing is emitted from inside Provider::start(),
/// so connecting right after start() never misses a signal. Deleting a reply stops its work.
class Reply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reply)

public:
    enum class State { Running, Finished, Failed, Cancelled };

    explicit Reply(QObject *parent = nullptr);
    ~Reply() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    [[nodiscard]] bool isCancelled() const { return m_state == State::Cancelled; }
    /// The text so far while running, the whole answer once finished.
    [[nodiscard]] QString text() const { return m_text; }
    /// Why it failed, once it has.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /// Stops the work; a running reply then emits failed() once. Does nothing after the end.
    void cancel();

signals:
    void partial(const QString &textSoFar);
    void finished(const QString &text);
    void failed(const QString &message);

protected:
    /// Stops whatever the subclass runs (a network request, a computation) without reporting.
    virtual void abort() {}

    /// Reports more text; ignored after the end.
    void reportPartial(const QString &textSoFar);
    /// Ends the reply; ignored after the end.
    void reportFinished(const QString &text);
    void reportFailed(const QString &message);
    /// The same, from the event loop: for outcomes known before the caller could connect.
    void reportFailedLater(const QString &message);

private:
    State m_state = State::Running;
    QString m_text;
    QString m_errorMessage;
};

} // namespace Ai
