#include "ui/singleinstance.h"

#include "base/buildinfo.h"
#include "base/logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QtEndian>

namespace Ui {

namespace {

// A message is a QDataStream of a magic number, the protocol version and a QStringList; the
// primary answers with one byte once it has read it, so the sender knows it may exit.
constexpr quint32 Magic = 0x54444e47; // "TDNG"
constexpr quint16 ProtocolVersion = 1;
constexpr char Acknowledgement = '\x06';
constexpr qint64 MaxMessageBytes = 1024 * 1024;

QByteArray encode(const QStringList &arguments)
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << Magic << ProtocolVersion << arguments;
    QByteArray message;
    QDataStream framed(&message, QIODevice::WriteOnly);
    framed.setVersion(QDataStream::Qt_6_0);
    framed << payload;
    return message;
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent), m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &profileDirectory)
{
    const QFileInfo info(profileDirectory);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral(TIDINGS_APPLICATION_ID "-") + QString::fromLatin1(hash);
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments, int timeoutMs)
{
    if (sendToRunningInstance(arguments, timeoutMs))
        return Role::Secondary;
    if (listen())
        return Role::Primary;
    // Another launch may have started listening since we tried; else the socket is stale.
    if (sendToRunningInstance(arguments, timeoutMs))
        return Role::Secondary;
    QLocalServer::removeServer(m_serverName);
    return listen() ? Role::Primary : Role::Failed;
}

bool SingleInstance::sendToRunningInstance(const QStringList &arguments, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(encode(arguments));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    if (!socket.waitForReadyRead(int(deadline.remainingTime())))
        return false;
    char answer = 0;
    return socket.getChar(&answer) && answer == Acknowledgement;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Only this user may hand us files to open.
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    }
    if (m_server->listen(m_serverName))
        return true;
    qCDebug(lcUi) << "single instance: cannot listen on" << m_serverName << m_server->errorString();
    return false;
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        readMessage(socket);
    }
}

namespace {

// QDataStream allocates whatever length a string claims before reading it; a message from
// another process is checked against the bytes it really holds first.
bool readArguments(QDataStream &stream, QStringList *arguments)
{
    quint32 count = 0;
    stream >> count;
    QIODevice *device = stream.device();
    if (stream.status() != QDataStream::Ok || count > device->bytesAvailable() / 4)
        return false;
    for (quint32 i = 0; i < count; ++i) {
        const QByteArray lengthBytes = device->peek(4);
        if (lengthBytes.size() != 4)
            return false;
        const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
        if (length != 0xffffffffu && qint64(length) > device->bytesAvailable() - 4)
            return false;
        QString argument;
        stream >> argument;
        if (stream.status() != QDataStream::Ok)
            return false;
        arguments->append(argument);
    }
    return true;
}

} // namespace

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > MaxMessageBytes) {
        socket->abort();
        return;
    }
    QDataStream framed(socket);
    framed.setVersion(QDataStream::Qt_6_0);
    framed.startTransaction();
    QByteArray payload;
    framed >> payload;
    if (!framed.commitTransaction())
        return; // Wait for the rest of the message.

    QDataStream stream(payload);
    stream.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint16 version = 0;
    QStringList arguments;
    stream >> magic >> version;
    const bool known =
        stream.status() == QDataStream::Ok && magic == Magic && version == ProtocolVersion;
    if (!known || !readArguments(stream, &arguments)) {
        qCDebug(lcUi) << "single instance: ignored a malformed message";
        socket->abort();
        return;
    }
    socket->putChar(Acknowledgement);
    socket->flush();
    emit activationRequested(arguments);
}

} // namespace Ui
