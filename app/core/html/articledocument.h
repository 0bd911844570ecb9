#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <memory>
#include <vector>

namespace Html::Private {

// One element or text of a parsed page, with what the extractor needs to know about it before
// any scoring: its place in the tree and the hints its class, id, role and style give.
struct ArticleNode
{
    const GumboNode *source = nullptr;
    GumboTag tag = GUMBO_TAG_UNKNOWN; // GUMBO_TAG_UNKNOWN for text and unknown elements
    bool isText = false;
    int parent = -1;
    std::vector<int> children;
    QString text;           // text nodes only, as in the page
    int classWeight = 0;    // +25 per positive, -25 per negative class or id
    bool unlikely = false;  // noise by its class, id or landmark role
    bool hidden = false;    // hidden, aria-hidden or display:none
    bool inArticle = false; // inside <article> or <main>
};

// A page parsed by gumbo into a flat tree (children after their parents, in document order)
// that every later step walks without recursion.
class ArticleDocument final
{
public:
    enum class Status { Ok, Empty, TooDeep };

    // Elements deeper than this (as a cheap pre-scan of the tags estimates them) are refused:
    // gumbo's tree building slows down quadratically with depth and frees the tree recursively.
    static constexpr int MaxDepth = 1000;

    /// Keeps \a utf8: gumbo's tree points into it.
    explicit ArticleDocument(QByteArray utf8);
    ~ArticleDocument();
    ArticleDocument(const ArticleDocument &) = delete;
    ArticleDocument &operator=(const ArticleDocument &) = delete;

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const std::vector<ArticleNode> &nodes() const { return m_nodes; }
    [[nodiscard]] const ArticleNode &node(int index) const { return m_nodes[std::size_t(index)]; }
    [[nodiscard]] int body() const { return m_body; }

    // The value of an attribute of an element node, empty when absent.
    [[nodiscard]] QString attribute(int index, const char *name) const;
    // The lower-case element name ("" for text, comments and names that are not plain).
    [[nodiscard]] QByteArray tagName(int index) const;
    // The text of <title>, of the first <meta property|name=key content>, of <base href>.
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString meta(const QString &key) const;
    [[nodiscard]] QString baseHref() const { return m_baseHref; }

    [[nodiscard]] static bool isBlock(GumboTag tag);
    [[nodiscard]] static bool isHeading(GumboTag tag);
    // Never content: scripts, styles, form controls, head elements, drawings.
    [[nodiscard]] static bool isAlwaysNoise(GumboTag tag);
    // Page furniture unless nothing else is left: nav, aside, footer, header, form, menu.
    [[nodiscard]] static bool isStructuralNoise(GumboTag tag);
    // Elements whose text is never read (iframe fallback text and the like).
    [[nodiscard]] static bool hasNoText(GumboTag tag);

private:
    struct GumboDeleter
    {
        void operator()(GumboOutput *output) const;
    };

    void build(const GumboNode *root);
    void classify(ArticleNode &node) const;
    void readHead(const GumboNode *element);

    QByteArray m_source; ///< Before m_output: it must outlive the tree.
    std::unique_ptr<GumboOutput, GumboDeleter> m_output;
    std::vector<ArticleNode> m_nodes;
    std::vector<std::pair<QString, QString>> m_meta;
    int m_body = -1;
    QString m_title;
    QString m_baseHref;
    Status m_status = Status::Empty;
};

// A number of characters for scoring: whitespace runs count once, CJK characters (which say
// more per character) twice.
[[nodiscard]] int weightedLength(const QString &text);
// Commas of the Latin, CJK and Arabic scripts.
[[nodiscard]] int commaCount(const QString &text);

} // namespace Html::Private
