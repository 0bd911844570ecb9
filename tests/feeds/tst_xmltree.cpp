#include "feeds/xmltree.h"

#include <QtTest>

using Feeds::Ns;
using Feeds::XmlTree;

namespace {

XmlTree::Index child(const XmlTree &tree, XmlTree::Index parent, std::string_view name)
{
    for (XmlTree::Index c = tree.firstChild(parent); c != XmlTree::npos; c = tree.nextSibling(c)) {
        if (tree.nameIs(c, name))
            return c;
    }
    return XmlTree::npos;
}

} // namespace

class TestXmlTree final : public QObject
{
    Q_OBJECT

private slots:
    void structure();
    void namespaces_data();
    void namespaces();
    void text_data();
    void text();
    void innerXml();
    void attributes();
    void warningsNameLineAndColumn_data();
    void warningsNameLineAndColumn();
    void errors_data();
    void errors();
    void truncatedElementsAreIncomplete();
    void repeatedDecodingHasABudget();
    void arbitraryBytesNeverCrash();
};

void TestXmlTree::structure()
{
    const XmlTree tree = XmlTree::parse("<a><b/><c>t</c><d><e/></d></a>");
    QVERIFY(tree.ok());
    const XmlTree::Index a = tree.root();
    QCOMPARE(tree.localName(a), std::string_view("a"));
    const XmlTree::Index b = tree.firstChild(a);
    QCOMPARE(tree.localName(b), std::string_view("b"));
    QVERIFY(!tree.hasElementChildren(b));
    const XmlTree::Index c = tree.nextSibling(b);
    QCOMPARE(tree.text(c), QStringLiteral("t"));
    const XmlTree::Index d = tree.nextSibling(c);
    QCOMPARE(tree.localName(tree.firstChild(d)), std::string_view("e"));
    QCOMPARE(tree.parent(tree.firstChild(d)), d);
    QCOMPARE(tree.nextSibling(d), XmlTree::npos);
    QVERIFY(tree.warnings().isEmpty());
}

void TestXmlTree::namespaces_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("expected");
    QTest::newRow("default namespace")
        << QByteArray("<r xmlns='http://www.w3.org/2005/Atom'><x/></r>") << int(Ns::Atom10);
    QTest::newRow("prefix declared on root")
        << QByteArray("<r xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:x/></r>") << int(Ns::Dc);
    QTest::newRow("prefix declared on the element")
        << QByteArray("<r><p:x xmlns:p='http://purl.org/rss/1.0/modules/content/'/></r>")
        << int(Ns::Content);
    QTest::newRow("inner declaration shadows outer")
        << QByteArray("<r xmlns:p='http://purl.org/dc/elements/1.1/'><q "
                      "xmlns:p='http://search.yahoo.com/mrss/'><p:x/></q></r>")
        << int(Ns::Media);
    QTest::newRow("undeclared well-known prefix")
        << QByteArray("<r><media:x/></r>") << int(Ns::Media);
    QTest::newRow("undeclared unknown prefix") << QByteArray("<r><zz:x/></r>") << int(Ns::Unknown);
    QTest::newRow("unknown URI with a known prefix")
        << QByteArray("<r xmlns:itunes='http://example.com/x'><itunes:x/></r>") << int(Ns::Itunes);
    QTest::newRow("unknown URI with an unknown prefix")
        << QByteArray("<r xmlns:zz='http://example.com/x'><zz:x/></r>") << int(Ns::Unknown);
    QTest::newRow("no namespace") << QByteArray("<r><x/></r>") << int(Ns::None);
    QTest::newRow("declaration out of scope")
        << QByteArray("<r><q xmlns='http://purl.org/rss/1.0/'/><x/></r>") << int(Ns::None);
}

void TestXmlTree::namespaces()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, expected);
    const XmlTree tree = XmlTree::parse(xml);
    QVERIFY(tree.ok());
    XmlTree::Index x = XmlTree::npos;
    for (XmlTree::Index i = tree.firstChild(tree.root()); i != XmlTree::npos && x == XmlTree::npos;
         i = tree.nextSibling(i)) {
        if (tree.nameIs(i, "x"))
            x = i;
        for (XmlTree::Index j = tree.firstChild(i); j != XmlTree::npos; j = tree.nextSibling(j)) {
            if (tree.nameIs(j, "x"))
                x = j;
        }
    }
    QVERIFY(x != XmlTree::npos);
    QCOMPARE(int(tree.ns(x)), expected);
}

void TestXmlTree::text_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("predefined entities")
        << QByteArray("<r>&lt;&gt;&amp;&quot;&apos;</r>") << QStringLiteral("<>&\"'");
    QTest::newRow("character references")
        << QByteArray("<r>&#65;&#x42;&#x1f600;</r>") << QStringLiteral("AB\U0001F600");
    QTest::newRow("invalid character reference")
        << QByteArray("<r>a&#0;b&#xD800;c</r>") << QStringLiteral("a\uFFFDb\uFFFDc");
    QTest::newRow("html entity") << QByteArray("<r>&eacute;&nbsp;&mdash;</r>")
                                 << QStringLiteral("\u00e9\u00a0\u2014");
    QTest::newRow("html 5 punctuation and upper-case names")
        << QByteArray("<r>a&colon;b&AMP;c</r>") << QStringLiteral("a:b&c");
    QTest::newRow("undefined entity kept as written")
        << QByteArray("<r>a&bogus;b</r>") << QStringLiteral("a&bogus;b");
    QTest::newRow("utf-8 misread twice repaired")
        << QByteArray(
               "<r>It\xC3\x83\xC2\xA2\xC3\xA2\xE2\x80\x9A\xC2\xAC\xC3\xA2\xE2\x80\x9E\xC2\xA2s</r>")
        << QStringLiteral("It\u2019s");
    QTest::newRow("references spelling misread utf-8 repaired")
        << QByteArray("<r>&#226;&#128;&#166;</r>") << QStringLiteral("\u2026");
    QTest::newRow("cdata kept verbatim")
        << QByteArray("<r><![CDATA[<b>&amp;</b>]]></r>") << QStringLiteral("<b>&amp;</b>");
    QTest::newRow("child tags dropped") << QByteArray("<r>a<b>b</b>c</r>") << QStringLiteral("abc");
    QTest::newRow("comments dropped") << QByteArray("<r>a<!-- x -->b</r>") << QStringLiteral("ab");
    QTest::newRow("bare ampersand literal")
        << QByteArray("<r>a & b</r>") << QStringLiteral("a & b");
    QTest::newRow("crlf normalised") << QByteArray("<r>a\r\nb\rc</r>") << QStringLiteral("a\nb\nc");
    QTest::newRow("internal entity")
        << QByteArray("<!DOCTYPE r [<!ENTITY e \"x&amp;y\">]><r>&e;</r>") << QStringLiteral("x&y");
    QTest::newRow("nested internal entity")
        << QByteArray("<!DOCTYPE r [<!ENTITY a \"A\"><!ENTITY b \"&a;&a;\">]><r>&b;</r>")
        << QStringLiteral("AA");
    QTest::newRow("utf-8") << QByteArray("<r>\xc3\xa9\xe2\x82\xac</r>")
                           << QStringLiteral("\u00e9\u20ac");
}

void TestXmlTree::text()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const XmlTree tree = XmlTree::parse(xml);
    QVERIFY(tree.ok());
    QCOMPARE(tree.text(tree.root()), expected);
}

void TestXmlTree::innerXml()
{
    const XmlTree tree =
        XmlTree::parse("<r>a <b class=\"x\">&amp;</b><!-- c --><![CDATA[<i>]]>&e; & <</r>");
    QCOMPARE(tree.innerXml(tree.root()),
             QStringLiteral("a <b class=\"x\">&amp;</b>&lt;i&gt;&amp;e; &amp; &lt;"));
}

void TestXmlTree::attributes()
{
    const XmlTree tree = XmlTree::parse(
        "<r a=\"1\" B='two' c=\"x&amp;y&#33;\" d=\"line\nbreak\" rdf:about=\"u\" e=unquoted/>");
    const XmlTree::Index r = tree.root();
    QCOMPARE(tree.attribute(r, "a"), QStringLiteral("1"));
    QCOMPARE(tree.attribute(r, "b"), QStringLiteral("two"));
    QCOMPARE(tree.attribute(r, "c"), QStringLiteral("x&y!"));
    QCOMPARE(tree.attribute(r, "d"), QStringLiteral("line break"));
    QCOMPARE(tree.attributeByLocalName(r, "about"), QStringLiteral("u"));
    QCOMPARE(tree.attribute(r, "e"), QStringLiteral("unquoted"));
    QVERIFY(tree.hasAttribute(r, "a"));
    QVERIFY(!tree.hasAttribute(r, "z"));
    QCOMPARE(tree.attribute(r, "z"), QString());
}

void TestXmlTree::warningsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("warning");
    QTest::newRow("bare ampersand")
        << QByteArray("<r>\n  a & b</r>")
        << QStringLiteral("not well-formed at line 2, column 5: recovered (unescaped '&')");
    QTest::newRow("column counts characters, not bytes")
        << QByteArray("<r>\xc3\xa9\xc3\xa9 & </r>") << QStringLiteral("line 1, column 7");
    QTest::newRow("missing close tag")
        << QByteArray("<r><a><b></a></r>")
        << QStringLiteral("line 1, column 10: recovered (missing close tag </b>)");
    QTest::newRow("stray close tag")
        << QByteArray("<r>\n\n</x></r>")
        << QStringLiteral("line 3, column 1: recovered (unexpected close tag </x>)");
    QTest::newRow("truncated")
        << QByteArray("<r><a>text")
        << QStringLiteral("line 1, column 11: recovered (document truncated inside <a>)");
    QTest::newRow("undefined entity")
        << QByteArray("<r>&nope;</r>") << QStringLiteral("undefined entity '&nope;'");
    QTest::newRow("junk") << QByteArray("xx<r/>")
                          << QStringLiteral(
                                 "line 1, column 1: recovered (junk before the document)");
}

void TestXmlTree::warningsNameLineAndColumn()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, warning);
    const XmlTree tree = XmlTree::parse(xml);
    QVERIFY2(tree.ok(), qPrintable(tree.error()));
    QVERIFY2(tree.warnings().join(u'\n').contains(warning),
             qPrintable(tree.warnings().join(u'\n')));
}

void TestXmlTree::errors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error");
    QTest::newRow("no element") << QByteArray("<?xml version='1.0'?>")
                                << QStringLiteral("no root element");
    QTest::newRow("only text") << QByteArray("just text") << QStringLiteral("no root element");
    QTest::newRow("too deep") << QByteArray("<a>").repeated(600) << QStringLiteral("nested deeper");
    QTest::newRow("quadratic blowup")
        << (QByteArray("<!DOCTYPE r [<!ENTITY big \"") + QByteArray(50000, 'x') + "\">]><r>" +
            QByteArray("&big;").repeated(100) + "</r>")
        << QStringLiteral("entity expansion over the limit");
    QTest::newRow("exponential blowup in an unquoted attribute")
        << QByteArray("<!DOCTYPE r [<!ENTITY a \"0123456789\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
                      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;\">"
                      "<!ENTITY e \"&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;\">"
                      "<!ENTITY g \"&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;\">]>"
                      "<r><link href=&h; /></r>")
        << QStringLiteral("entity expansion over the limit");
}

void TestXmlTree::errors()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);
    const XmlTree tree = XmlTree::parse(xml);
    QVERIFY(!tree.ok());
    QVERIFY2(tree.error().contains(error), qPrintable(tree.error()));
    QVERIFY(tree.error().startsWith(QLatin1String("not well-formed at line ")));
}

void TestXmlTree::truncatedElementsAreIncomplete()
{
    const XmlTree tree = XmlTree::parse("<r><a>1</a><a>2");
    QVERIFY(tree.ok());
    const XmlTree::Index first = child(tree, tree.root(), "a");
    QVERIFY(tree.isComplete(first));
    QVERIFY(!tree.isComplete(tree.nextSibling(first)));
    QCOMPARE(tree.text(tree.nextSibling(first)), QStringLiteral("2"));
}

void TestXmlTree::repeatedDecodingHasABudget()
{
    // Each decode of an element expands its references again; a reader asking for the same
    // text many times must not turn a document that passed the builder's limit into gigabytes.
    const qsizetype entitySize = 300'000;
    const XmlTree tree = XmlTree::parse("<!DOCTYPE r [<!ENTITY big \"" +
                                        QByteArray(entitySize, 'x') + "\">]><r>&big;</r>");
    QVERIFY2(tree.ok(), qPrintable(tree.error()));
    QCOMPARE(tree.text(tree.root()).size(), entitySize);
    qsizetype total = entitySize;
    for (int i = 0; i < 20; ++i)
        total += tree.text(tree.root()).size();
    const qsizetype budget = 2 << 20;
    QVERIFY2(total <= budget + entitySize, qPrintable(QString::number(total)));
    QCOMPARE(tree.text(tree.root()), QString());
}

void TestXmlTree::arbitraryBytesNeverCrash()
{
    // Deterministic pseudo-random documents built from XML-ish fragments and raw bytes.
    static const char *const fragments[] = {"<",
                                            ">",
                                            "</",
                                            "/>",
                                            "&",
                                            ";",
                                            "&#",
                                            "&#x",
                                            "<![CDATA[",
                                            "]]>",
                                            "<!--",
                                            "-->",
                                            "<?",
                                            "?>",
                                            "<!DOCTYPE r [",
                                            "<!ENTITY e \"",
                                            "\"",
                                            "'",
                                            "]>",
                                            "=",
                                            "xmlns:a=",
                                            "a:",
                                            "item",
                                            "rss",
                                            " ",
                                            "\n",
                                            "\xc3",
                                            "\xff",
                                            "\0"};
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1103515245u + 12345u;
        return state >> 16;
    };
    for (int round = 0; round < 3000; ++round) {
        QByteArray document;
        const int parts = int(next() % 60);
        for (int i = 0; i < parts; ++i) {
            const char *fragment = fragments[next() % std::size(fragments)];
            document.append(fragment, fragment[0] ? qsizetype(qstrlen(fragment)) : 1);
        }
        const XmlTree tree = XmlTree::parse(document);
        if (tree.ok()) {
            for (XmlTree::Index n = tree.root(); n != XmlTree::npos; n = tree.firstChild(n)) {
                (void)tree.text(n);
                (void)tree.innerXml(n);
                (void)tree.attribute(n, "a");
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestXmlTree)
#include "tst_xmltree.moc"
