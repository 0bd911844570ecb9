#include "secrets/keyring.h"

#include "base/buildinfo.h"
#include "base/logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Secrets {

namespace {

QString errorText(QKeychain::Error error, const QString &details)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Keyring::tr(
            "No keyring is available on this system, so passwords and keys cannot be "
            "stored safely. Install or start a keyring service (such as GNOME Keyring or "
            "KWallet) and try again.");
    case QKeychain::AccessDeniedByUser:
        return Keyring::tr("Access to the keyring was denied.");
    case QKeychain::AccessDenied:
        return Keyring::tr("The keyring refused access (%1). Unlock it and try again.")
            .arg(details);
    case QKeychain::CouldNotDeleteEntry:
        return Keyring::tr("The keyring could not delete the entry (%1).").arg(details);
    case QKeychain::EntryNotFound:
    case QKeychain::NoError:
    case QKeychain::OtherError:
        break;
    }
    // Without a keyring service QtKeychain often reports only "Unknown error".
    return Keyring::tr(
               "The keyring could not be used (%1). Check that a keyring service such as GNOME "
               "Keyring or KWallet is running and unlocked.")
        .arg(details);
}

} // namespace

Keyring::Keyring(QObject *parent) : Keyring(QStringLiteral(TIDINGS_APPLICATION_ID), parent)
{}

Keyring::Keyring(const QString &service, QObject *parent) : Store(parent), m_service(service)
{}

Keyring::~Keyring() = default;

void Keyring::read(const QString &key)
{
    run(Operation::Read, key, {});
}

void Keyring::write(const QString &key, const QString &secret)
{
    run(Operation::Write, key, secret);
}

void Keyring::remove(const QString &key)
{
    run(Operation::Remove, key, {});
}

void Keyring::run(Operation operation, const QString &key, const QString &secret)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    // The job is deleted by us, not by itself: the timeout may need to outlive a silent job.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, key] {
        job->disconnect(this);
        job->deleteLater();
        const int seconds = qMax(1, (m_timeoutMs + 999) / 1000);
        emit failed(key, tr("The keyring did not answer within %n second(s). It may be locked "
                            "or busy; unlock it and try again.",
                            nullptr, seconds));
    });
    connect(
        job, &QKeychain::Job::finished, this, [this, operation, key, timer](QKeychain::Job *done) {
            timer->stop();
            done->deleteLater();
            const QKeychain::Error error = done->error();
            if (error == QKeychain::EntryNotFound && operation != Operation::Write) {
                if (operation == Operation::Read)
                    emit secretRead(key, {});
                else
                    emit secretRemoved(key);
                return;
            }
            if (error != QKeychain::NoError) {
                qCWarning(lcApp) << "keyring:" << error << done->errorString();
                emit failed(key, errorText(error, done->errorString()));
                return;
            }
            switch (operation) {
            case Operation::Read:
                emit secretRead(key, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
                break;
            case Operation::Write:
                emit secretWritten(key);
                break;
            case Operation::Remove:
                emit secretRemoved(key);
                break;
            }
        });
    timer->start(qMax(1, m_timeoutMs));
    job->start(); // QtKeychain starts the job from the event loop
}

} // namespace Secrets
