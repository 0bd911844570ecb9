#include "html/contentscorer.h"

#include "html/contentwriter.h"

#include <QRegularExpression>

#include <algorithm>

namespace Html::Private {

namespace {

constexpr int kMinParagraphLength = 25;

// Elements that hold paragraphs directly as text (old pages) or as a single block of text.
bool holdsText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_DD:
        return true;
    default:
        return false;
    }
}

// What a container is worth before any text: sections of text rather than lists or headings.
int tagScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

// Containers that conditional cleaning may drop from the content.
bool isCleanable(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_FIELDSET:
        return true;
    default:
        return false;
    }
}

bool isInput(GumboTag tag)
{
    return tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA ||
           tag == GUMBO_TAG_BUTTON;
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression sentence(QStringLiteral(R"([.!?。！？](\s|$))"));
    return sentence.match(text).hasMatch();
}

} // namespace

ContentScorer::ContentScorer(const ArticleDocument &document, ExtractionPass pass)
    : m_document(document), m_pass(pass)
{
    const std::size_t size = document.nodes().size();
    m_removed.assign(size, 0);
    m_length.assign(size, 0);
    m_linkLength.assign(size, 0);
    m_commas.assign(size, 0);
    m_counts.assign(size, Counts{});
    m_score.assign(size, 0.0);
    m_candidate.assign(size, 0);
}

std::optional<ContentSelection> ContentScorer::select()
{
    markNoise();
    measure();
    scoreParagraphs();
    const int top = topCandidate();
    if (top < 0)
        return std::nullopt;
    std::vector<int> roots = withSiblings(top);
    clean(roots);
    return ContentSelection{std::move(roots), std::move(m_removed)};
}

void ContentScorer::markNoise()
{
    const std::vector<ArticleNode> &nodes = m_document.nodes();
    // Parents come before their children, so one pass carries a removal down the tree.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const ArticleNode &node = nodes[i];
        if (node.parent >= 0 && isRemoved(node.parent)) {
            m_removed[i] = 1;
            continue;
        }
        if (node.isText)
            continue;
        const bool furniture = node.unlikely || (ArticleDocument::isStructuralNoise(node.tag) &&
                                                 !(node.tag == GUMBO_TAG_HEADER && node.inArticle));
        m_removed[i] = ArticleDocument::isAlwaysNoise(node.tag) || node.hidden ||
                       (m_pass.stripUnlikely && furniture);
    }
}

void ContentScorer::measure()
{
    const std::vector<ArticleNode> &nodes = m_document.nodes();
    // Children come after their parents: walking backwards sums every subtree bottom-up.
    for (std::size_t i = nodes.size(); i-- > 0;) {
        const ArticleNode &node = nodes[i];
        Counts &counts = m_counts[i];
        if (node.isText) {
            const bool silent =
                node.parent >= 0 && ArticleDocument::hasNoText(m_document.node(node.parent).tag);
            if (!m_removed[i] && !silent) {
                m_length[i] = weightedLength(node.text);
                m_commas[i] = commaCount(node.text);
            }
            continue;
        }
        for (const int child : node.children) {
            counts.inputs += m_counts[std::size_t(child)].inputs;
            if (isRemoved(child))
                continue;
            m_length[i] += m_length[std::size_t(child)];
            m_linkLength[i] += m_linkLength[std::size_t(child)];
            m_commas[i] += m_commas[std::size_t(child)];
            const Counts &below = m_counts[std::size_t(child)];
            counts.paragraphs += below.paragraphs;
            counts.images += below.images;
            counts.listItems += below.listItems;
            counts.embeds += below.embeds;
        }
        counts.inputs += isInput(node.tag) ? 1 : 0;
        counts.paragraphs += node.tag == GUMBO_TAG_P ? 1 : 0;
        counts.images += node.tag == GUMBO_TAG_IMG ? 1 : 0;
        counts.listItems += node.tag == GUMBO_TAG_LI ? 1 : 0;
        counts.embeds += ArticleDocument::hasNoText(node.tag) ? 1 : 0;
        if (node.tag == GUMBO_TAG_A)
            m_linkLength[i] = m_length[i];
    }
}

void ContentScorer::scoreParagraphs()
{
    const std::vector<ArticleNode> &nodes = m_document.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const ArticleNode &node = nodes[i];
        if (node.isText || m_removed[i])
            continue;
        if (node.tag == GUMBO_TAG_P || node.tag == GUMBO_TAG_PRE) {
            addUnit(node.parent, m_length[i], m_commas[i]);
            continue;
        }
        if (!holdsText(node.tag))
            continue;
        // Runs of inline content between blocks or double line breaks are paragraphs too.
        struct Run
        {
            int length = 0;
            int commas = 0;
        };
        std::vector<Run> runs(1);
        bool split = false;
        int breaks = 0;
        for (const int child : inlineContent(int(i))) {
            if (isRemoved(child))
                continue;
            const ArticleNode &item = m_document.node(child);
            const bool block = !item.isText && ArticleDocument::isBlock(item.tag);
            if (item.tag == GUMBO_TAG_BR && !item.isText) {
                if (++breaks == 2 && runs.back().length > 0) {
                    runs.emplace_back();
                    split = true;
                }
                continue;
            }
            if (block) {
                split = true;
                if (runs.back().length > 0)
                    runs.emplace_back();
                continue;
            }
            if (m_length[std::size_t(child)] > 0)
                breaks = 0;
            runs.back().length += m_length[std::size_t(child)];
            runs.back().commas += m_commas[std::size_t(child)];
        }
        if (!split) {
            if (node.tag != GUMBO_TAG_BODY)
                addUnit(node.parent, m_length[i], m_commas[i]);
            continue;
        }
        for (const Run &run : runs)
            addUnit(int(i), run.length, run.commas);
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (m_candidate[i])
            m_score[i] *= 1.0 - linkDensity(int(i));
    }
}

const std::vector<int> &ContentScorer::inlineContent(int holder) const
{
    // Old pages wrap a whole cell in <font> or <span>: look through a lone inline wrapper.
    int inner = holder;
    for (;;) {
        int only = -1;
        int withText = 0;
        for (const int child : m_document.node(inner).children) {
            if (isRemoved(child) || m_length[std::size_t(child)] == 0)
                continue;
            ++withText;
            only = child;
        }
        const ArticleNode &wrapper = m_document.node(only < 0 ? inner : only);
        if (withText != 1 || wrapper.isText || ArticleDocument::isBlock(wrapper.tag) ||
            holdsText(wrapper.tag) || wrapper.tag == GUMBO_TAG_A)
            return m_document.node(inner).children;
        inner = only;
    }
}

void ContentScorer::addUnit(int container, int length, int commas)
{
    if (container < 0 || length < kMinParagraphLength)
        return;
    const double score = 1.0 + commas + std::min(length / 100, 3);
    // The container gets the whole score, its parent half, its grandparent a sixth.
    const double dividers[] = {1.0, 2.0, 6.0};
    int ancestor = container;
    for (const double divider : dividers) {
        if (ancestor < 0)
            break;
        const ArticleNode &node = m_document.node(ancestor);
        if (node.isText || node.tag == GUMBO_TAG_HTML || node.source->type == GUMBO_NODE_DOCUMENT)
            break;
        initialize(ancestor);
        m_score[std::size_t(ancestor)] += score / divider;
        ancestor = node.parent;
    }
}

void ContentScorer::initialize(int candidate)
{
    if (m_candidate[std::size_t(candidate)])
        return;
    m_candidate[std::size_t(candidate)] = 1;
    const ArticleNode &node = m_document.node(candidate);
    m_score[std::size_t(candidate)] =
        tagScore(node.tag) + (m_pass.weightClasses ? node.classWeight : 0);
}

int ContentScorer::topCandidate() const
{
    int top = -1;
    for (std::size_t i = 0; i < m_candidate.size(); ++i) {
        if (m_candidate[i] && !m_removed[i] && (top < 0 || m_score[i] > m_score[std::size_t(top)]))
            top = int(i);
    }
    return top;
}

std::vector<int> ContentScorer::withSiblings(int top) const
{
    const int parent = m_document.node(top).parent;
    if (parent < 0 || top == m_document.body() || m_document.node(parent).tag == GUMBO_TAG_HTML)
        return {top};
    const double topScore = m_score[std::size_t(top)];
    const double threshold = std::max(10.0, topScore * 0.2);
    const QString topClass = m_document.attribute(top, "class");
    const ContentWriter writer(m_document, m_removed);

    std::vector<int> siblings;
    std::vector<char> included;
    for (const int child : m_document.node(parent).children) {
        const ArticleNode &node = m_document.node(child);
        if (isRemoved(child) || node.isText)
            continue;
        bool include = child == top;
        if (!include && m_candidate[std::size_t(child)]) {
            const double bonus =
                !topClass.isEmpty() && m_document.attribute(child, "class") == topClass
                    ? topScore * 0.2
                    : 0.0;
            include = m_score[std::size_t(child)] + bonus >= threshold;
        }
        if (!include && (node.tag == GUMBO_TAG_P || node.tag == GUMBO_TAG_PRE)) {
            const int length = m_length[std::size_t(child)];
            const double density = linkDensity(child);
            include =
                (length > 80 && density < 0.25) ||
                (length > 0 && length <= 80 && density == 0.0 && endsSentence(writer.line(child)));
        }
        siblings.push_back(child);
        included.push_back(include ? 1 : 0);
    }
    // A heading or figure belongs to the text that follows it.
    for (std::size_t i = siblings.size(); i-- > 1;) {
        const GumboTag tag = m_document.node(siblings[i - 1]).tag;
        if (included[i] && (ArticleDocument::isHeading(tag) || tag == GUMBO_TAG_FIGURE))
            included[i - 1] = 1;
    }
    std::vector<int> roots;
    for (std::size_t i = 0; i < siblings.size(); ++i) {
        if (included[i])
            roots.push_back(siblings[i]);
    }
    return roots;
}

void ContentScorer::clean(const std::vector<int> &roots)
{
    std::vector<int> pending;
    for (const int root : roots) {
        pending.assign(m_document.node(root).children.rbegin(),
                       m_document.node(root).children.rend());
        while (!pending.empty()) {
            const int index = pending.back();
            pending.pop_back();
            const ArticleNode &node = m_document.node(index);
            if (node.isText || isRemoved(index))
                continue;
            if (shouldRemove(index)) {
                m_removed[std::size_t(index)] = 1;
                continue;
            }
            pending.insert(pending.end(), node.children.rbegin(), node.children.rend());
        }
    }
}

bool ContentScorer::shouldRemove(int index) const
{
    const ArticleNode &node = m_document.node(index);
    const int weight = m_pass.weightClasses ? node.classWeight : 0;
    const double density = linkDensity(index);
    if (ArticleDocument::isHeading(node.tag))
        return weight < 0 || density > 0.33;
    if (!m_pass.cleanConditionally)
        return false;
    if (node.tag == GUMBO_TAG_P)
        return density > 0.6;
    if (!isCleanable(node.tag))
        return false;
    const double score = m_candidate[std::size_t(index)] ? m_score[std::size_t(index)] : 0.0;
    if (weight + score < 0)
        return true;
    // Long text with many commas is prose whatever else is around it.
    if (m_commas[std::size_t(index)] >= 10)
        return false;
    const Counts &counts = m_counts[std::size_t(index)];
    const int length = m_length[std::size_t(index)];
    const bool list =
        node.tag == GUMBO_TAG_UL || node.tag == GUMBO_TAG_OL || node.tag == GUMBO_TAG_DL;
    if (node.tag != GUMBO_TAG_FIGURE && counts.images > 1 &&
        double(counts.paragraphs) / counts.images < 0.5)
        return true;
    if (counts.inputs > counts.paragraphs / 3.0)
        return true;
    if (!list && length < kMinParagraphLength && counts.embeds == 0 &&
        (counts.images == 0 || counts.images > 2))
        return true;
    if (list)
        return density > 0.5;
    return (weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5);
}

double ContentScorer::linkDensity(int index) const
{
    const int length = m_length[std::size_t(index)];
    return length > 0 ? double(m_linkLength[std::size_t(index)]) / length : 0.0;
}

} // namespace Html::Private
