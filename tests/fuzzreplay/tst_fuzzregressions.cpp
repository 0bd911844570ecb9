#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

using Harness = int (*)(const std::uint8_t *, std::size_t);

extern "C" int tidings_fuzz_sanitizer(const std::uint8_t *data, std::size_t size);
extern "C" int tidings_fuzz_articleextractor(const std::uint8_t *data, std::size_t size);
extern "C" int tidings_fuzz_articletext(const std::uint8_t *data, std::size_t size);
extern "C" int tidings_fuzz_feedparser(const std::uint8_t *data, std::size_t size);

namespace {

const QList<QPair<QString, Harness>> &harnesses()
{
    static const QList<QPair<QString, Harness>> all = {
        {QStringLiteral("fuzz_sanitizer"), &tidings_fuzz_sanitizer},
        {QStringLiteral("fuzz_articleextractor"), &tidings_fuzz_articleextractor},
        {QStringLiteral("fuzz_articletext"), &tidings_fuzz_articletext},
        {QStringLiteral("fuzz_feedparser"), &tidings_fuzz_feedparser},
    };
    return all;
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<int>("harness");
    QTest::addColumn<QString>("path");
    for (int h = 0; h < harnesses().size(); ++h) {
        const QString name = harnesses().at(h).first;
        // Each harness runs at least once, on nothing.
        QTest::addRow("%s: empty input", qPrintable(name)) << h << QString();
        const QDir folder(QStringLiteral(TIDINGS_FUZZ_REGRESSIONS_DIR "/") + name);
        const QStringList inputs = folder.entryList(QDir::Files, QDir::Name);
        for (const QString &input : inputs) {
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(input))
                << h << folder.filePath(input);
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(int, harness);
    QFETCH(QString, path);
    QByteArray input;
    if (!path.isEmpty()) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        input = file.readAll();
        // A crash ends the process: the log then names the input it was replaying.
        qInfo("replaying %s (%lld bytes)", qPrintable(path), qlonglong(input.size()));
    }
    // A harness aborts the process when an invariant breaks; otherwise it returns 0.
    QCOMPARE(
        harnesses().at(harness).second(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                       std::size_t(input.size())),
        0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
