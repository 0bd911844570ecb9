// Sync benchmark for Google Reader API accounts (issue 16): `tidings sync` of a FreshRSS-style
// account on the in-test Google Reader API server (tests/support/fakegreader.*) holding
// FEEDS x ITEMS articles, timing
//   1. the first sync (folders, sources, every article's id and content),
//   2. a second sync after CHANGES articles were marked read on the server by another client.
//   greader-sync-benchmark [FEEDS] [ITEMS] [CHANGES]       (default 200 x 100, 1000)
// The server runs in this process and `tidings` as a child, as a person would run it. Build
// with -DTIDINGS_BENCHMARKS=ON in a Release build folder; timings depend on the machine.
#include "fakegreader.h"
#include "processrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using TestSupport::FakeGReader;

namespace {

struct Timed
{
    TestSupport::ProcessRun run;
    double seconds = 0;
};

Timed tidings(const QStringList &arguments, const QString &profile, const QString &password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TIDINGS_ACCOUNT_PASSWORD"), password);
    QElapsedTimer timer;
    timer.start();
    Timed timed;
    timed.run = TestSupport::runProcess(QStringLiteral(TIDINGS_BINARY),
                                        arguments + QStringList{"--profile", profile}, environment,
                                        600'000);
    timed.seconds = double(timer.nsecsElapsed()) / 1e9;
    return timed;
}

int count(const QStringList &arguments, const QString &profile, const QString &password)
{
    const Timed listed =
        tidings(arguments + QStringList{"--limit", "10000000", "--json"}, profile, password);
    return int(QJsonDocument::fromJson(listed.run.out.toUtf8()).array().size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int feeds = arguments.value(1, QStringLiteral("200")).toInt();
    const int items = arguments.value(2, QStringLiteral("100")).toInt();
    const int changes = arguments.value(3, QStringLiteral("1000")).toInt();

    FakeGReader server(FakeGReader::Flavour::FreshRss);
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    server.populate(feeds, items);
    QTemporaryDir profile;
    const QString password = server.password;
    const Timed added = tidings({"account", "add", "freshrss", server.server().url("/").toString(),
                                 "--user", server.username},
                                profile.path(), password);
    if (added.run.exitCode != 0) {
        std::fprintf(stderr, "account add failed: %s\n", qPrintable(added.run.err));
        return 1;
    }
    std::printf(
        "server:       in-test Google Reader API (FreshRSS flavour), %d feeds, %d articles\n",
        feeds, server.itemCount());

    const Timed first = tidings({"sync"}, profile.path(), password);
    if (first.run.exitCode != 0) {
        std::fprintf(stderr, "first sync failed: %s\n", qPrintable(first.run.err));
        return 1;
    }
    std::printf("first sync:   %.2f s, %d articles stored, %d contents calls   (target <= 30 s)\n",
                first.seconds, count({"articles"}, profile.path(), password),
                server.callCount("stream/items/contents"));

    // Another client marks CHANGES unread articles read.
    constexpr qint64 FirstItem = 1'700'000'000'000'000;
    for (qint64 id = FirstItem; id < FirstItem + changes; ++id)
        server.setRead(id, true);
    server.clearCalls();
    const Timed second = tidings({"sync"}, profile.path(), password);
    if (second.run.exitCode != 0) {
        std::fprintf(stderr, "second sync failed: %s\n", qPrintable(second.run.err));
        return 1;
    }
    std::printf("second sync:  %.2f s after %d changes elsewhere; %d unread here, %d calls   "
                "(target <= 3 s)\n",
                second.seconds, changes, count({"articles", "--unread"}, profile.path(), password),
                server.callCount("stream/items/ids") + server.callCount("tag/list") +
                    server.callCount("subscription/list") +
                    server.callCount("stream/items/contents") +
                    server.callCount("accounts/ClientLogin"));
    return 0;
}
