// Quality of the built-in summarizer (not a test; see tests/bench/CMakeLists.txt).
//
// For every tests/data/summaries/NAME.txt with a hand-written NAME.reference.txt, compares
// Ai::summarize() and the lead-3 baseline (the first three sentences) with the reference by
// ROUGE-1 F1 (unigram overlap) and ROUGE-L F1 (longest common subsequence, over the summary's
// tokens taken as one sequence). Tokens are lower-case words; Chinese and Japanese are counted
// character by character, as is usual for ROUGE on those languages. No stemming, no stop words.
// Also prints plain top-3 TextRank for several weights of the position prior, which is how
// Ai::TextRank::DefaultPositionWeight was chosen.

#include "ai/summarizer.h"
#include "ai/textrank.h"
#include "ai/textvectors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool isCjk(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

QStringList rougeTokens(const QStringList &sentences)
{
    QStringList tokens;
    std::u32string word;
    const auto flush = [&] {
        if (!word.empty())
            tokens.append(QString::fromUcs4(word.data(), qsizetype(word.size())).toLower());
        word.clear();
    };
    for (const QString &sentence : sentences) {
        for (const char32_t c : sentence.toStdU32String()) {
            if (isCjk(c)) {
                flush();
                tokens.append(QString::fromUcs4(&c, 1));
            } else if (QChar::isLetterOrNumber(c)) {
                word.push_back(c);
            } else {
                flush();
            }
        }
        flush();
    }
    return tokens;
}

double f1(double overlap, qsizetype candidate, qsizetype reference)
{
    if (overlap <= 0 || candidate == 0 || reference == 0)
        return 0;
    const double precision = overlap / double(candidate);
    const double recall = overlap / double(reference);
    return 2 * precision * recall / (precision + recall);
}

double rouge1(const QStringList &candidate, const QStringList &reference)
{
    QMap<QString, int> counts;
    for (const QString &token : reference)
        ++counts[token];
    int overlap = 0;
    for (const QString &token : candidate) {
        auto it = counts.find(token);
        if (it != counts.end() && it.value() > 0) {
            --it.value();
            ++overlap;
        }
    }
    return f1(overlap, candidate.size(), reference.size());
}

double rougeL(const QStringList &candidate, const QStringList &reference)
{
    std::vector<int> previous(size_t(reference.size() + 1), 0);
    std::vector<int> current(previous.size(), 0);
    for (const QString &token : candidate) {
        for (qsizetype j = 1; j <= reference.size(); ++j) {
            current[size_t(j)] = token == reference[j - 1]
                                     ? previous[size_t(j - 1)] + 1
                                     : std::max(previous[size_t(j)], current[size_t(j - 1)]);
        }
        previous.swap(current);
    }
    return f1(previous.back(), candidate.size(), reference.size());
}

// Plain TextRank: the \a count best sentences in text order, without the redundancy filter.
QStringList textRankTop(const QStringList &sentences, int count, double positionWeight)
{
    QList<QStringList> tokens;
    for (const QString &sentence : sentences)
        tokens.append(Ai::tokenize(sentence));
    const QList<double> scores = Ai::TextRank::scores(Ai::tfidfVectors(tokens), positionWeight);
    QList<qsizetype> order(sentences.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return scores[a] > scores[b]; });
    order.resize(std::min<qsizetype>(count, order.size()));
    std::sort(order.begin(), order.end());
    QStringList chosen;
    for (const qsizetype index : std::as_const(order))
        chosen.append(sentences[index]);
    return chosen;
}

struct Score
{
    double rouge1 = 0;
    double rougeL = 0;
    int count = 0;

    void add(const QStringList &summary, const QStringList &reference)
    {
        const QStringList candidate = rougeTokens(summary);
        const QStringList wanted = rougeTokens(reference);
        rouge1 += ::rouge1(candidate, wanted);
        rougeL += ::rougeL(candidate, wanted);
        ++count;
    }
    [[nodiscard]] QString text() const
    {
        return QStringLiteral("R-1 %1  R-L %2")
            .arg(count ? rouge1 / count : 0, 0, 'f', 3)
            .arg(count ? rougeL / count : 0, 0, 'f', 3);
    }
};

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ROUGE of the built-in summarizer"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QStringLiteral("Articles and references (default: the tests')"));
    parser.process(app);
    const QString folder =
        parser.positionalArguments().value(0, QStringLiteral(TIDINGS_TEST_DATA_DIR "/summaries"));

    const QList<double> weights = {0.0, 1.0, 2.0, 4.0, 8.0, 64.0};
    QMap<QString, QMap<QString, Score>> scores; // method -> language ("all" too) -> score
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String(".reference.txt")))
            continue;
        const QString base = name.chopped(4);
        const QString text = readFile(QDir(folder).filePath(name));
        const QStringList reference =
            Ai::splitSentences(readFile(QDir(folder).filePath(base + ".reference.txt")));
        if (text.isEmpty() || reference.isEmpty())
            continue;
        const QStringList sentences = Ai::splitSentences(text);
        const QString language = base.section(QLatin1Char('-'), 0, 0);
        QMap<QString, QStringList> summaries;
        summaries.insert(QStringLiteral("lead-3"), sentences.mid(0, 3));
        summaries.insert(QStringLiteral("summarize(3)"), Ai::summarize(text, 3));
        summaries.insert(QStringLiteral("summarize(4)"), Ai::summarize(text));
        for (const double weight : weights) {
            summaries.insert(QStringLiteral("textrank-3 prior %1").arg(weight, 4, 'f', 1),
                             textRankTop(sentences, 3, weight));
        }
        out() << base << ": " << sentences.size() << " sentences";
        for (auto it = summaries.cbegin(); it != summaries.cend(); ++it) {
            scores[it.key()][language].add(it.value(), reference);
            scores[it.key()][QStringLiteral("all")].add(it.value(), reference);
        }
        out() << ", summarize(3) R-1 "
              << QString::number(
                     rouge1(rougeTokens(summaries.value(QStringLiteral("summarize(3)"))),
                            rougeTokens(reference)),
                     'f', 3)
              << ", lead-3 R-1 "
              << QString::number(rouge1(rougeTokens(sentences.mid(0, 3)), rougeTokens(reference)),
                                 'f', 3)
              << "\n";
    }
    out() << "\n";
    for (auto method = scores.cbegin(); method != scores.cend(); ++method) {
        out() << method.key() << "\n";
        for (auto language = method.value().cbegin(); language != method.value().cend();
             ++language) {
            out() << "    " << language.key() << " (" << language.value().count
                  << "): " << language.value().text() << "\n";
        }
    }
    out().flush();
    return 0;
}
