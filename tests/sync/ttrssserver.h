#pragma once

#include "processrun.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace TestSupport {

/// A real Tiny Tiny RSS for a test, run by tests/servers/ttrss/ttrss-server in a temporary
/// folder (see NOTES.md there), stopped when this goes. TT-RSS fetches the script's test feeds.
class TtRssServer final
{
public:
    TtRssServer() = default;
    ~TtRssServer()
    {
        if (m_started)
            run({QStringLiteral("stop")});
    }
    Q_DISABLE_COPY_MOVE(TtRssServer)

    /// Why no server can run here (the script or packages missing); empty when one can.
    [[nodiscard]] static QString unavailable()
    {
        if (!QFileInfo::exists(script()))
            return script() + QStringLiteral(" is missing");
        const ProcessRun check = runProcess(script(), {QStringLiteral("check")});
        return check.exitCode == 0 ? QString() : QString(check.out + check.err).trimmed();
    }

    /// Starts the server with \a feeds test feeds of \a items items, subscribes the test user
    /// to all of them and lets TT-RSS fetch them. Empty on success, else what went wrong.
    [[nodiscard]] QString start(int feeds, int items)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const ProcessRun started =
            run({QStringLiteral("start"), QStringLiteral("--feeds"), QString::number(feeds),
                 QStringLiteral("--items"), QString::number(items)});
        if (started.exitCode != 0)
            return started.err;
        m_started = true;
        for (const QString &line : started.out.split(QLatin1Char('\n'))) {
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals > 0)
                m_env.insert(line.left(equals), line.mid(equals + 1).remove(QLatin1Char('\'')));
        }
        for (const QStringList &step :
             {QStringList{QStringLiteral("subscribe")},
              QStringList{QStringLiteral("update-feeds"), QStringLiteral("--jobs"),
                          QStringLiteral("2")}}) {
            const ProcessRun done = run(step);
            if (done.exitCode != 0)
                return done.err;
        }
        return {};
    }

    /// TTRSS_URL, TTRSS_USER, TTRSS_PASSWORD, TTRSS_API_LEVEL ... as `start` printed them.
    [[nodiscard]] QString env(const QString &name) const { return m_env.value(name); }

    /// The script's command \a arguments (without the folder, which is added).
    ProcessRun run(QStringList arguments) const
    {
        arguments.insert(1, m_dir.path());
        return runProcess(script(), arguments, QProcessEnvironment::systemEnvironment(), 280000);
    }

    /// The content of an API answer, as another client (the test user) gets it.
    [[nodiscard]] QJsonValue api(const QJsonObject &request) const
    {
        const ProcessRun answer =
            run({QStringLiteral("api"),
                 QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
        return QJsonDocument::fromJson(answer.out.toUtf8())
            .object()
            .value(QLatin1String("content"));
    }

    /// The single value a query returns (psql's unaligned output: header, value, footer).
    [[nodiscard]] QString sqlValue(const QString &query) const
    {
        return run({QStringLiteral("sql"), query}).out.split(QLatin1Char('\n')).value(1);
    }

private:
    static QString script()
    {
        return QStringLiteral(TIDINGS_TEST_DATA_DIR "/../servers/ttrss/ttrss-server");
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_env;
    bool m_started = false;
};

/// The tidings command line on a profile of its own, with the sync account's password in the
/// environment (the keyring is not needed).
class TidingsProfile final
{
public:
    [[nodiscard]] QString path() const { return m_dir.path(); }
    void setAccountPassword(const QString &password) { m_password = password; }

    ProcessRun run(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TIDINGS_ACCOUNT_PASSWORD"), m_password);
        return runProcess(QStringLiteral(TIDINGS_BINARY),
                          arguments + QStringList{QStringLiteral("--profile"), m_dir.path()},
                          environment, 280000);
    }

    /// The JSON array a command prints with --json; empty when it fails.
    [[nodiscard]] QJsonArray json(const QStringList &arguments) const
    {
        const ProcessRun done = run(arguments + QStringList{QStringLiteral("--json")});
        if (done.exitCode != 0)
            qWarning().noquote() << done.err;
        return QJsonDocument::fromJson(done.out.toUtf8()).array();
    }

private:
    QTemporaryDir m_dir;
    QString m_password;
};

} // namespace TestSupport

/// In a test function: skips it, with the reason, when no TT-RSS server can run here; under
/// CI=true that is a failure instead, so that CI never passes without the server tests.
#define TIDINGS_REQUIRE_TTRSS_SERVER()                                                             \
    do {                                                                                           \
        const QString why = TestSupport::TtRssServer::unavailable();                               \
        if (!why.isEmpty()) {                                                                      \
            const QString message = QStringLiteral("no TT-RSS server to test against: ") + why;    \
            if (qgetenv("CI") == "true")                                                           \
                QFAIL(qPrintable(message));                                                        \
            QSKIP(qPrintable(message));                                                            \
        }                                                                                          \
    } while (false)
