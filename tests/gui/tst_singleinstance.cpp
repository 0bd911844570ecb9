#include "ui/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using Ui::SingleInstance;

namespace {

// A second launch blocks while it waits for the first to answer, so it runs on another thread
// while this one serves the first instance's event loop.
QFuture<SingleInstance::Role> launchSecond(const QString &serverName, const QStringList &arguments)
{
    return QtConcurrent::run([serverName, arguments] {
        SingleInstance second(serverName);
        return second.start(arguments);
    });
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serverNameFollowsTheProfile_data();
    void serverNameFollowsTheProfile();
    void secondLaunchHandsItsArgumentsOver_data();
    void secondLaunchHandsItsArgumentsOver();
    void otherProfileStartsItsOwnInstance();
    void staleSocketIsTakenOver();
    void malformedMessageIsIgnored();

private:
    QString uniqueServerName() const;

    std::unique_ptr<QTemporaryDir> m_profile;
};

void TestSingleInstance::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
}

QString TestSingleInstance::uniqueServerName() const
{
    return SingleInstance::serverNameFor(m_profile->path());
}

void TestSingleInstance::serverNameFollowsTheProfile_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("same");

    QTest::newRow("same folder") << "" << true;
    QTest::newRow("trailing slash is the same folder") << "/" << true;
    QTest::newRow("dot segment is the same folder") << "/." << true;
    QTest::newRow("sub-folder is another profile") << "/other" << false;
}

void TestSingleInstance::serverNameFollowsTheProfile()
{
    QFETCH(QString, suffix);
    QFETCH(bool, same);

    QVERIFY(QDir(m_profile->path()).mkpath(QStringLiteral("other")));
    const QString name = SingleInstance::serverNameFor(m_profile->path());
    QVERIFY(name.startsWith(QLatin1String("org.tidings.Tidings-")));
    QCOMPARE(SingleInstance::serverNameFor(m_profile->path() + suffix) == name, same);
}

void TestSingleInstance::secondLaunchHandsItsArgumentsOver_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("nothing: only raise the window") << QStringList{};
    QTest::newRow("a feed link and a file")
        << QStringList{"feed:https://example.org/rss", "/home/someone/Downloads/list.opml"};
    QTest::newRow("text beyond Latin-1") << QStringList{"/tmp/Новости/新闻.rss"};
}

void TestSingleInstance::secondLaunchHandsItsArgumentsOver()
{
    QFETCH(QStringList, arguments);

    SingleInstance first(uniqueServerName());
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    const QFuture<SingleInstance::Role> second = launchSecond(first.serverName(), arguments);
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(second.result(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activations.size(), 1);
    QCOMPARE(activations.at(0).at(0).toStringList(), arguments);
}

void TestSingleInstance::otherProfileStartsItsOwnInstance()
{
    QTemporaryDir otherProfile;
    SingleInstance first(uniqueServerName());
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    SingleInstance other(SingleInstance::serverNameFor(otherProfile.path()));
    QCOMPARE(other.start({}, 500), SingleInstance::Role::Primary);
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    // What a crashed instance leaves behind: a socket path that nobody listens on.
    const QString name = uniqueServerName();
    const QString path = QDir::temp().filePath(name);
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();

    SingleInstance first(name);
    QCOMPARE(first.start({}, 500), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);
    const QFuture<SingleInstance::Role> second = launchSecond(name, {QStringLiteral("x.rss")});
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(second.result(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activations.size(), 1);
}

void TestSingleInstance::malformedMessageIsIgnored()
{
    SingleInstance first(uniqueServerName());
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    const QString name = first.serverName();
    const QFuture<bool> garbage = QtConcurrent::run([name] {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(2000))
            return false;
        // A plausible length followed by bytes that are not a message.
        socket.write(QByteArray::fromHex("0000000c") + QByteArray("not tidings!"));
        socket.waitForBytesWritten(2000);
        socket.waitForDisconnected(2000);
        return true;
    });
    QTRY_VERIFY(garbage.isFinished());
    QVERIFY(garbage.result());
    QCOMPARE(activations.size(), 0);

    // The first instance still serves proper launches.
    const QFuture<SingleInstance::Role> second = launchSecond(name, {QStringLiteral("a.opml")});
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(second.result(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activations.size(), 1);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
