#include "html/articledocument.h"

#include "text/htmltokenizer.h"

#include <QRegularExpression>

#include <array>
#include <string_view>
#include <utility>

namespace Html::Private {

namespace {

// Class and id words that mark page furniture, matched anywhere in the value...
constexpr std::array<std::string_view, 40> kNegativeParts = {
    "comment",    "sidebar",  "footer",     "navbar",     "navigation", "menu",       "share",
    "sharing",    "social",   "promo",      "related",    "widget",     "cookie",     "consent",
    "banner",     "popup",    "modal",      "newsletter", "subscribe",  "breadcrumb", "sponsor",
    "pagination", "pager",    "masthead",   "toolbar",    "advert",     "disqus",     "replies",
    "respond",    "shoutbox", "skyscraper", "trending",   "recommend",  "signup",     "login",
    "gdpr",       "outbrain", "taboola",    "byline",     "author"};
// ...or only as a whole word, being short enough to hide inside others ("header", "canvas").
constexpr std::array<std::string_view, 6> kNegativeWords = {"ad",  "ads",  "nav",
                                                            "rss", "tags", "print"};
constexpr std::array<std::string_view, 10> kPositiveParts = {
    "article", "content", "entry", "post", "main", "body", "text", "story", "prose", "blog"};
// Landmark roles of page furniture.
constexpr std::array<std::string_view, 10> kNoiseRoles = {
    "navigation",  "complementary", "contentinfo", "banner", "dialog",
    "alertdialog", "menu",          "menubar",     "search", "toolbar"};

// Elements that end the text before them and start a new block.
constexpr std::array<GumboTag, 38> kBlockTags = {
    GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,    GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_CENTER,  GUMBO_TAG_DD,      GUMBO_TAG_DETAILS,  GUMBO_TAG_DIV,
    GUMBO_TAG_DL,      GUMBO_TAG_DT,      GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
    GUMBO_TAG_FIGURE,  GUMBO_TAG_FOOTER,  GUMBO_TAG_FORM,     GUMBO_TAG_H1,
    GUMBO_TAG_H2,      GUMBO_TAG_H3,      GUMBO_TAG_H4,       GUMBO_TAG_H5,
    GUMBO_TAG_H6,      GUMBO_TAG_HEADER,  GUMBO_TAG_HGROUP,   GUMBO_TAG_HR,
    GUMBO_TAG_LI,      GUMBO_TAG_MAIN,    GUMBO_TAG_NAV,      GUMBO_TAG_OL,
    GUMBO_TAG_P,       GUMBO_TAG_PRE,     GUMBO_TAG_SECTION,  GUMBO_TAG_TABLE,
    GUMBO_TAG_TBODY,   GUMBO_TAG_THEAD,   GUMBO_TAG_TFOOT,    GUMBO_TAG_TR,
    GUMBO_TAG_UL,      GUMBO_TAG_CAPTION};

constexpr std::array<GumboTag, 21> kAlwaysNoiseTags = {
    GUMBO_TAG_SCRIPT,  GUMBO_TAG_STYLE,    GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
    GUMBO_TAG_HEAD,    GUMBO_TAG_TITLE,    GUMBO_TAG_META,     GUMBO_TAG_LINK,
    GUMBO_TAG_BUTTON,  GUMBO_TAG_INPUT,    GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_OPTION,  GUMBO_TAG_DATALIST, GUMBO_TAG_CANVAS,   GUMBO_TAG_SVG,
    GUMBO_TAG_MATH,    GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOEMBED,
    GUMBO_TAG_MENUITEM};

// Tags whose end the parser supplies by itself: they do not deepen the tree when left open.
constexpr std::array<std::string_view, 18> kSelfEndingTags = {
    "p",  "li", "dt", "dd",    "option", "optgroup", "tr",   "td",   "th",
    "rb", "rt", "rp", "thead", "tbody",  "tfoot",    "html", "head", "body"};
constexpr std::array<std::string_view, 16> kVoidTags = {
    "area", "base", "br",    "col",    "embed", "hr",  "img",    "input",
    "link", "meta", "param", "source", "track", "wbr", "keygen", "image"};

template<typename List, typename Value> bool contains(const List &list, const Value &value)
{
    for (const auto &item : list) {
        if (item == value)
            return true;
    }
    return false;
}

// The deepest nesting of the elements the tags open, as a stack of names would see it; cheap
// and never recursive. Overestimates rather than under: misnested end tags are ignored.
int estimatedDepth(const QByteArray &utf8)
{
    Text::HtmlTokenizer tokens(std::string_view(utf8.constData(), std::size_t(utf8.size())), false);
    std::vector<std::string> open;
    int foreign = 0; // open <svg>/<math>: there "<x/>" really closes
    for (;;) {
        const Text::HtmlTokenizer::Token token = tokens.next();
        if (token == Text::HtmlTokenizer::Token::End)
            return int(open.size());
        const std::string_view name = tokens.tagName();
        if (token == Text::HtmlTokenizer::Token::StartTag) {
            if (contains(kVoidTags, name) || contains(kSelfEndingTags, name) ||
                (foreign > 0 && tokens.selfClosing()))
                continue;
            open.emplace_back(name);
            if (name == "svg" || name == "math")
                ++foreign;
            if (open.size() > std::size_t(ArticleDocument::MaxDepth))
                return int(open.size());
        } else if (token == Text::HtmlTokenizer::Token::EndTag) {
            for (std::size_t i = open.size(); i > 0; --i) {
                if (open[i - 1] != name)
                    continue;
                for (std::size_t k = i - 1; k < open.size(); ++k)
                    foreign -= (open[k] == "svg" || open[k] == "math") ? 1 : 0;
                open.resize(i - 1);
                break;
            }
        }
    }
}

QString attributeOf(const GumboNode *node, const char *name)
{
    if (!node || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE))
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

struct Hints
{
    bool positive = false;
    bool negative = false;
};

Hints hintsOf(const QString &value)
{
    Hints hints;
    if (value.isEmpty())
        return hints;
    const QByteArray lower = value.toLower().toUtf8();
    const std::string_view text(lower.constData(), std::size_t(lower.size()));
    for (const std::string_view part : kNegativeParts)
        hints.negative = hints.negative || text.find(part) != std::string_view::npos;
    for (const std::string_view part : kPositiveParts)
        hints.positive = hints.positive || text.find(part) != std::string_view::npos;
    if (!hints.negative) {
        static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
        const QStringList words = value.toLower().split(separators, Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const QByteArray utf8 = word.toUtf8();
            hints.negative = hints.negative ||
                             contains(kNegativeWords,
                                      std::string_view(utf8.constData(), std::size_t(utf8.size())));
        }
    }
    return hints;
}

bool isHiddenByStyle(const QString &style)
{
    static const QRegularExpression hidden(
        QStringLiteral(R"((display\s*:\s*none|visibility\s*:\s*hidden))"),
        QRegularExpression::CaseInsensitiveOption);
    return !style.isEmpty() && hidden.match(style).hasMatch();
}

bool isCjk(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

} // namespace

void ArticleDocument::GumboDeleter::operator()(GumboOutput *output) const
{
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

ArticleDocument::ArticleDocument(QByteArray source) : m_source(std::move(source))
{
    const QByteArray &utf8 = m_source;
    if (utf8.trimmed().isEmpty())
        return;
    if (estimatedDepth(utf8) > MaxDepth) {
        m_status = Status::TooDeep;
        return;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // error records copy the element stack: quadratic memory otherwise
    m_output.reset(gumbo_parse_with_options(&options, utf8.constData(), std::size_t(utf8.size())));
    if (!m_output)
        return;
    build(m_output->root);
    m_status = m_body >= 0 ? Status::Ok : Status::Empty;
}

ArticleDocument::~ArticleDocument() = default;

void ArticleDocument::build(const GumboNode *root)
{
    std::vector<std::pair<const GumboNode *, int>> pending{{root, -1}};
    while (!pending.empty()) {
        const auto [source, parent] = pending.back();
        pending.pop_back();
        ArticleNode node;
        node.source = source;
        node.parent = parent;
        const bool element =
            source->type == GUMBO_NODE_ELEMENT || source->type == GUMBO_NODE_TEMPLATE;
        if (element) {
            node.tag = source->v.element.tag;
        } else if (source->type == GUMBO_NODE_TEXT || source->type == GUMBO_NODE_WHITESPACE ||
                   source->type == GUMBO_NODE_CDATA) {
            node.isText = true;
            node.text = QString::fromUtf8(source->v.text.text);
        } else {
            continue; // comments
        }
        if (parent >= 0) {
            const ArticleNode &up = m_nodes[std::size_t(parent)];
            node.inArticle =
                up.inArticle || up.tag == GUMBO_TAG_ARTICLE || up.tag == GUMBO_TAG_MAIN;
        }
        if (element) {
            classify(node);
            readHead(source);
        }
        const int index = int(m_nodes.size());
        m_nodes.push_back(std::move(node));
        if (parent >= 0)
            m_nodes[std::size_t(parent)].children.push_back(index);
        if (element && source->v.element.tag == GUMBO_TAG_BODY && m_body < 0)
            m_body = index;

        const GumboVector &children = element ? source->v.element.children
                                      : source->type == GUMBO_NODE_DOCUMENT
                                          ? source->v.document.children
                                          : GumboVector{nullptr, 0, 0};
        for (unsigned i = children.length; i > 0; --i)
            pending.emplace_back(static_cast<const GumboNode *>(children.data[i - 1]), index);
    }
}

void ArticleDocument::classify(ArticleNode &node) const
{
    const Hints byClass = hintsOf(attributeOf(node.source, "class"));
    const Hints byId = hintsOf(attributeOf(node.source, "id"));
    node.classWeight = (byClass.positive ? 25 : 0) - (byClass.negative ? 25 : 0) +
                       (byId.positive ? 25 : 0) - (byId.negative ? 25 : 0);
    const bool structural = node.tag == GUMBO_TAG_BODY || node.tag == GUMBO_TAG_HTML ||
                            node.tag == GUMBO_TAG_ARTICLE || node.tag == GUMBO_TAG_MAIN;
    const QByteArray role = attributeOf(node.source, "role").trimmed().toLower().toUtf8();
    node.unlikely =
        !structural &&
        (((byClass.negative || byId.negative) && !byClass.positive && !byId.positive) ||
         contains(kNoiseRoles, std::string_view(role.constData(), std::size_t(role.size()))));
    const GumboVector &attributes = node.source->v.element.attributes;
    node.hidden =
        gumbo_get_attribute(&attributes, "hidden") != nullptr ||
        attributeOf(node.source, "aria-hidden").trimmed().toLower() == QLatin1String("true") ||
        isHiddenByStyle(attributeOf(node.source, "style"));
}

void ArticleDocument::readHead(const GumboNode *element)
{
    switch (element->v.element.tag) {
    case GUMBO_TAG_TITLE:
        if (m_title.isEmpty() && element->v.element.children.length > 0) {
            const auto *text = static_cast<const GumboNode *>(element->v.element.children.data[0]);
            if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE)
                m_title = QString::fromUtf8(text->v.text.text).simplified();
        }
        break;
    case GUMBO_TAG_META: {
        QString key = attributeOf(element, "property");
        if (key.isEmpty())
            key = attributeOf(element, "name");
        if (!key.isEmpty())
            m_meta.emplace_back(key.trimmed().toLower(), attributeOf(element, "content"));
        break;
    }
    case GUMBO_TAG_BASE:
        if (m_baseHref.isEmpty())
            m_baseHref = attributeOf(element, "href").trimmed();
        break;
    default:
        break;
    }
}

QString ArticleDocument::attribute(int index, const char *name) const
{
    return attributeOf(node(index).source, name);
}

QByteArray ArticleDocument::tagName(int index) const
{
    const ArticleNode &element = node(index);
    if (element.isText)
        return {};
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return gumbo_normalized_tagname(element.tag);
    GumboStringPiece original = element.source->v.element.original_tag;
    gumbo_tag_from_original_text(&original);
    const QByteArray name = QByteArray(original.data, qsizetype(original.length)).toLower();
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return {};
    }
    return name;
}

QString ArticleDocument::meta(const QString &key) const
{
    for (const auto &[name, content] : m_meta) {
        if (name == key && !content.trimmed().isEmpty())
            return content.trimmed();
    }
    return {};
}

bool ArticleDocument::isBlock(GumboTag tag)
{
    return contains(kBlockTags, tag);
}

bool ArticleDocument::isHeading(GumboTag tag)
{
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 ||
           tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool ArticleDocument::isAlwaysNoise(GumboTag tag)
{
    return contains(kAlwaysNoiseTags, tag);
}

bool ArticleDocument::isStructuralNoise(GumboTag tag)
{
    return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
           tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_MENU;
}

bool ArticleDocument::hasNoText(GumboTag tag)
{
    return tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED ||
           tag == GUMBO_TAG_VIDEO || tag == GUMBO_TAG_AUDIO || tag == GUMBO_TAG_MAP;
}

int weightedLength(const QString &text)
{
    int length = 0;
    bool space = true;
    for (const QChar c : text) {
        if (c.isSpace()) {
            length += space ? 0 : 1;
            space = true;
            continue;
        }
        space = false;
        length += isCjk(c.unicode()) ? 2 : 1;
    }
    return length;
}

int commaCount(const QString &text)
{
    int commas = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        commas += (u == u',' || u == 0xFF0C || u == 0x3001 || u == 0x060C) ? 1 : 0;
    }
    return commas;
}

} // namespace Html::Private
