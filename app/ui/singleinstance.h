#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Ui {

/// One window per profile. The first Tidings to start for a profile listens on a local socket;
/// a later one hands its arguments (feeds, OPML files, feed: links) to it and exits, and the
/// first raises its window and opens them.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role { Primary, Secondary, Failed };

    /// \a serverName as from serverNameFor().
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for a profile folder: the application id and a hash of the folder's
    /// canonical path, so two profiles can run side by side.
    [[nodiscard]] static QString serverNameFor(const QString &profileDirectory);

    /// Hands \a arguments to a running instance (Secondary), or starts listening for later
    /// ones (Primary). A socket left behind by a crashed instance is removed and taken over.
    /// Failed: neither worked; the caller may carry on without single-instance behaviour.
    [[nodiscard]] Role start(const QStringList &arguments, int timeoutMs = 3000);

    [[nodiscard]] QString serverName() const { return m_serverName; }

signals:
    /// Another launch for the same profile asked to be shown, with its open targets.
    void activationRequested(const QStringList &arguments);

private:
    [[nodiscard]] bool sendToRunningInstance(const QStringList &arguments, int timeoutMs);
    [[nodiscard]] bool listen();
    void acceptConnection();
    void readMessage(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Ui
