#include "ai/textvectors.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Ai {

namespace {

// Words longer than this keep only their start: a crude stemmer that folds plurals and case
// endings ("bridges", "bridge"; "выборы", "выборов") in every language alike.
constexpr int StemLength = 6;

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        // English, Russian, German, French, Spanish: the frequent function words.
        const char *const lists[] = {
            "the and for that this with from was were are been being have has had not but its "
            "his her their they them then than there these those which who whom whose what when "
            "where why how will would could should can may might must shall into onto over under "
            "about after before also just only more most some such very said says one two all "
            "any each other our out off your you she him itself while because both did does "
            "doing done upon per via yet still ever even many much own same too again further "
            "here now between through during against above below until",
            "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по "
            "только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли "
            "если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего "
            "ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего "
            "раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь "
            "этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при "
            "наконец два об другой хоть после над больше тот через эти нас про всего них какая "
            "много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя "
            "такой им более всегда конечно всю между это также которые который которая которое "
            "которых году года",
            "der die das und den dem des ein eine einer eines einem einen ist sind war waren wird "
            "werden wurde wurden hat haben hatte nicht mit von für auf aus bei nach vor über unter "
            "zum zur auch sich als wie noch nur oder aber wenn dass daß sie ihr ihre sein seine "
            "wir man mehr schon sehr bis durch gegen ohne um es im am an in zu so da dann doch",
            "le la les un une des du de et est sont était ont avait pas pour par sur dans avec "
            "qui que quoi ce cette ces il elle ils elles nous vous au aux se sa son ses leur leurs "
            "mais ou donc car ne plus aussi comme été être fait très tout tous toute entre après "
            "avant sans sous lors selon",
            "el la los las un una unos unas de del y en es son fue fueron ha han había que por "
            "para con sin sobre entre su sus se lo le les al como más pero o ni este esta estos "
            "estas ese esa eso también muy ya cuando donde desde hasta durante según tras ser "
            "está están sido",
        };
        QSet<QString> set;
        for (const char *list : lists) {
            const QStringList split =
                QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &word : split)
                set.insert(word);
        }
        return set;
    }();
    return words;
}

// Chinese particles and pronouns: a bigram made only of these carries no topic.
bool isCjkStopCharacter(char32_t c)
{
    static const std::u32string chars = U"的了是在和也就都而及与着或一这那其之为对以于被把从但并所"
                                        U"等个们我他她它你有不将会已还又很要能该此";
    return chars.find(c) != std::u32string::npos;
}

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

bool isWordCharacter(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

void addWord(const std::u32string &word, QStringList *tokens)
{
    if (word.size() < 2)
        return;
    const QString lower = QString::fromUcs4(word.data(), qsizetype(word.size())).toLower();
    if (stopWords().contains(lower))
        return;
    const bool alphabetic =
        std::none_of(word.begin(), word.end(), [](char32_t c) { return QChar::isDigit(c); });
    tokens->append(alphabetic && lower.size() > StemLength ? lower.left(StemLength) : lower);
}

void addCjkRun(const std::u32string &run, QStringList *tokens)
{
    if (run.size() == 1) {
        if (!isCjkStopCharacter(run[0]))
            tokens->append(QString::fromUcs4(run.data(), 1));
        return;
    }
    for (size_t i = 0; i + 1 < run.size(); ++i) {
        if (isCjkStopCharacter(run[i]) && isCjkStopCharacter(run[i + 1]))
            continue;
        tokens->append(QString::fromUcs4(run.data() + i, 2));
    }
}

} // namespace

QStringList tokenize(const QString &text)
{
    QStringList tokens;
    std::u32string word;
    std::u32string cjk;
    const auto flush = [&] {
        addWord(word, &tokens);
        word.clear();
        addCjkRun(cjk, &tokens);
        cjk.clear();
    };
    for (const char32_t c : text.toStdU32String()) {
        if (isCjk(c)) {
            if (!word.empty()) {
                addWord(word, &tokens);
                word.clear();
            }
            cjk.push_back(c);
        } else if (isWordCharacter(c)) {
            if (!cjk.empty()) {
                addCjkRun(cjk, &tokens);
                cjk.clear();
            }
            word.push_back(c);
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

QList<SparseVector> tfidfVectors(const QList<QStringList> &documents)
{
    QHash<QString, int> ids;
    QList<int> documentFrequency;
    QList<QHash<int, int>> counts;
    counts.reserve(documents.size());
    for (const QStringList &document : documents) {
        QHash<int, int> termCounts;
        for (const QString &token : document) {
            auto it = ids.constFind(token);
            if (it == ids.constEnd()) {
                it = ids.insert(token, int(documentFrequency.size()));
                documentFrequency.append(0);
            }
            ++termCounts[it.value()];
        }
        for (auto it = termCounts.cbegin(); it != termCounts.cend(); ++it)
            ++documentFrequency[it.key()];
        counts.append(termCounts);
    }

    const double total = double(documents.size());
    QList<SparseVector> vectors;
    vectors.reserve(documents.size());
    for (const QHash<int, int> &termCounts : counts) {
        SparseVector vector;
        vector.reserve(size_t(termCounts.size()));
        double norm = 0;
        for (auto it = termCounts.cbegin(); it != termCounts.cend(); ++it) {
            // Sublinear term frequency: a word repeated in one sentence is not ten times the topic.
            const double weight = (1.0 + std::log(double(it.value()))) *
                                  std::log(1.0 + total / double(documentFrequency[it.key()]));
            vector.emplace_back(it.key(), weight);
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        if (norm > 0) {
            for (auto &entry : vector)
                entry.second /= norm;
        }
        std::sort(vector.begin(), vector.end());
        vectors.append(std::move(vector));
    }
    return vectors;
}

double dot(const SparseVector &a, const SparseVector &b)
{
    double sum = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            sum += i->second * j->second;
            ++i;
            ++j;
        }
    }
    return sum;
}

} // namespace Ai
