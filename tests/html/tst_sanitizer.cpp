#include "html/sanitizer.h"
#include "outputchecks.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

const QUrl kBase(QStringLiteral("https://example.org/news/today.html"));

QString readFixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestSanitizer final : public QObject
{
    Q_OBJECT

private slots:
    void elements_data();
    void elements();
    void attributes_data();
    void attributes();
    void urls_data();
    void urls();
    void trackingPixels_data();
    void trackingPixels();
    void videoEmbeds_data();
    void videoEmbeds();
    void relativeUrlsWithoutBase_data();
    void relativeUrlsWithoutBase();
    void hostileCorpus_data();
    void hostileCorpus();
    void wellFormedAndIdempotent_data();
    void wellFormedAndIdempotent();
    void articleFixture();
};

void TestSanitizer::elements_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty input gives empty output") << QString() << QString();
    QTest::newRow("whitespace input gives empty output") << QStringLiteral(" \n\t ") << QString();
    QTest::newRow("plain text is escaped") << QStringLiteral("1 < 2 > 0 & \"done\"")
                                           << QStringLiteral("1 &lt; 2 &gt; 0 &amp; \"done\"");
    QTest::newRow("text-level elements kept")
        << QStringLiteral("<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>s</s>"
                          "<sub>1</sub><sup>2</sup><small>sm</small><mark>m</mark></p>")
        << QStringLiteral("<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>s</s>"
                          "<sub>1</sub><sup>2</sup><small>sm</small><mark>m</mark></p>");
    QTest::newRow("semantic inline elements kept")
        << QStringLiteral("<abbr title=\"HyperText\">HTML</abbr> <cite>Book</cite> <dfn>term</dfn> "
                          "<kbd>Ctrl</kbd> <var>x</var> <samp>out</samp> <code>c()</code>")
        << QStringLiteral("<abbr title=\"HyperText\">HTML</abbr> <cite>Book</cite> <dfn>term</dfn> "
                          "<kbd>Ctrl</kbd> <var>x</var> <samp>out</samp> <code>c()</code>");
    QTest::newRow("time, del and ins keep datetime")
        << QStringLiteral("<time datetime=\"2024-05-01\">May</time><del datetime=\"2024\">a</del>"
                          "<ins datetime=\"2025\">b</ins>")
        << QStringLiteral("<time datetime=\"2024-05-01\">May</time><del datetime=\"2024\">a</del>"
                          "<ins datetime=\"2025\">b</ins>");
    QTest::newRow("headings kept")
        << QStringLiteral("<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>")
        << QStringLiteral("<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>");
    QTest::newRow("a heading closes an open heading")
        << QStringLiteral("<h1>Title<h2>Sub") << QStringLiteral("<h1>Title</h1><h2>Sub</h2>");
    QTest::newRow("lists kept with their attributes")
        << QStringLiteral("<ol start=\"3\" reversed type=\"i\"><li value=\"7\">a</li></ol>"
                          "<dl><dt>t</dt><dd>d</dd></dl>")
        << QStringLiteral("<ol start=\"3\" reversed=\"\" type=\"i\"><li value=\"7\">a</li></ol>"
                          "<dl><dt>t</dt><dd>d</dd></dl>");
    QTest::newRow("list items close the previous item")
        << QStringLiteral("<ul><li>a<li>b</ul><dl><dt>t<dd>d<dt>u</dl>")
        << QStringLiteral("<ul><li>a</li><li>b</li></ul><dl><dt>t</dt><dd>d</dd><dt>u</dt></dl>");
    QTest::newRow("nested list stays inside its item")
        << QStringLiteral("<ul><li>a<ul><li>a1<li>a2</ul><li>b</ul>")
        << QStringLiteral("<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>");
    QTest::newRow("table structure kept with spans")
        << QStringLiteral("<table><caption>C</caption><thead><tr><th scope=\"col\">H</th></tr>"
                          "</thead><tbody><tr><td colspan=\"2\" rowspan=\"3\">x</td></tr></tbody>"
                          "<tfoot><tr><td>f</td></tr></tfoot></table>")
        << QStringLiteral("<table><caption>C</caption><thead><tr><th scope=\"col\">H</th></tr>"
                          "</thead><tbody><tr><td colspan=\"2\" rowspan=\"3\">x</td></tr></tbody>"
                          "<tfoot><tr><td>f</td></tr></tfoot></table>");
    QTest::newRow("table cells and rows close implicitly")
        << QStringLiteral("<table><tr><td>a<td>b<tr><th>c</table>")
        << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>");
    QTest::newRow("figure with caption kept")
        << QStringLiteral(
               "<figure><img src=\"/a.jpg\" alt=\"A\"><figcaption>Cap</figcaption></figure>")
        << QStringLiteral("<figure><img src=\"https://example.org/a.jpg\" alt=\"A\">"
                          "<figcaption>Cap</figcaption></figure>");
    QTest::newRow("picture sources kept")
        << QStringLiteral("<picture><source srcset=\"a.webp\" type=\"image/webp\" "
                          "media=\"(min-width: 600px)\"><img src=\"a.jpg\"></picture>")
        << QStringLiteral("<picture><source srcset=\"https://example.org/news/a.webp\" "
                          "type=\"image/webp\" media=\"(min-width: 600px)\">"
                          "<img src=\"https://example.org/news/a.jpg\"></picture>");
    QTest::newRow("audio gets controls and no preload")
        << QStringLiteral("<audio src=\"a.mp3\" autoplay loop preload=\"auto\"></audio>")
        << QStringLiteral("<audio src=\"https://example.org/news/a.mp3\" loop=\"\" controls=\"\" "
                          "preload=\"none\"></audio>");
    QTest::newRow("video keeps poster, sources and tracks")
        << QStringLiteral("<video poster=\"p.jpg\" width=\"640\" autoplay controls=\"no\">"
                          "<source src=\"v.mp4\" type=\"video/mp4\"><track src=\"s.vtt\" "
                          "kind=\"subtitles\" srclang=\"en\" label=\"English\" default>Old "
                          "browser</video>")
        << QStringLiteral(
               "<video poster=\"https://example.org/news/p.jpg\" width=\"640\" "
               "controls=\"\" preload=\"none\"><source src=\"https://example.org/news/"
               "v.mp4\" type=\"video/mp4\"><track src=\"https://example.org/news/s.vtt\" "
               "kind=\"subtitles\" srclang=\"en\" label=\"English\" default=\"\">Old "
               "browser</video>");
    QTest::newRow("source and track without a URL dropped")
        << QStringLiteral("<video><source type=\"video/mp4\"><source src=\"javascript:x\">"
                          "<track kind=\"captions\"></video>")
        << QStringLiteral("<video controls=\"\" preload=\"none\"></video>");
    QTest::newRow("blockquote keeps cite URL")
        << QStringLiteral(
               "<blockquote cite=\"/source\"><p>Quote</p></blockquote><q cite=\"x\">q</q>")
        << QStringLiteral("<blockquote cite=\"https://example.org/source\"><p>Quote</p>"
                          "</blockquote><q cite=\"https://example.org/news/x\">q</q>");
    QTest::newRow("pre keeps whitespace")
        << QStringLiteral("<pre><code>if (a &lt; b)\n    return;\n</code></pre>")
        << QStringLiteral("<pre><code>if (a &lt; b)\n    return;\n</code></pre>");
    QTest::newRow("link gets rel and loses target")
        << QStringLiteral("<a href=\"https://other.test/x\" target=\"_blank\" rel=\"opener\">x</a>")
        << QStringLiteral(
               "<a href=\"https://other.test/x\" rel=\"noopener noreferrer nofollow\">x</a>");
    QTest::newRow("mailto link kept")
        << QStringLiteral("<a href=\"mailto:editor@example.org\">mail</a>")
        << QStringLiteral("<a href=\"mailto:editor@example.org\" rel=\"noopener noreferrer "
                          "nofollow\">mail</a>");
    QTest::newRow("anchor without href unwrapped")
        << QStringLiteral("<a name=\"top\">Top</a> of page") << QStringLiteral("Top of page");
    QTest::newRow("a link closes an open link")
        << QStringLiteral("<a href=\"/1\">one<a href=\"/2\">two</a>")
        << QStringLiteral("<a href=\"https://example.org/1\" rel=\"noopener noreferrer nofollow\">"
                          "one</a><a href=\"https://example.org/2\" rel=\"noopener noreferrer "
                          "nofollow\">two</a>");
    QTest::newRow("script removed with content")
        << QStringLiteral("a<script>document.write('<p>x</p>')</script>b") << QStringLiteral("ab");
    QTest::newRow("style removed with content")
        << QStringLiteral("a<style>p { color: red }</style>b") << QStringLiteral("ab");
    QTest::newRow("unknown iframe removed with content")
        << QStringLiteral("a<iframe src=\"https://ads.test/\">fallback</iframe>b")
        << QStringLiteral("ab");
    QTest::newRow("object and embed removed")
        << QStringLiteral("a<object data=\"movie.swf\"><param name=\"x\" value=\"y\">alt</object>"
                          "<embed src=\"f.swf\">b")
        << QStringLiteral("ab");
    QTest::newRow("form removed with its controls")
        << QStringLiteral("a<form action=\"/x\"><input name=\"q\"><button>Go</button>"
                          "<select><option>1</select><textarea>t</textarea></form>b")
        << QStringLiteral("ab");
    QTest::newRow("stray form controls removed")
        << QStringLiteral("a<input value=\"v\"><button>Go</button><textarea>t</textarea>b")
        << QStringLiteral("ab");
    QTest::newRow("meta, base and link removed")
        << QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=x\"><base href=\"https://"
                          "evil.test/\"><link rel=\"stylesheet\" href=\"s.css\">text")
        << QStringLiteral("text");
    QTest::newRow("noscript and template removed with content")
        << QStringLiteral("a<noscript><img src=\"t.gif\"></noscript><template><p>t</p></template>b")
        << QStringLiteral("ab");
    QTest::newRow("svg drawing kept with its case-sensitive names")
        << QStringLiteral("a<svg viewbox=\"0 0 2 2\"><circle r=\"1\"/><text>s</text></svg>b")
        << QStringLiteral("a<svg viewBox=\"0 0 2 2\"><circle r=\"1\"/><text>s</text></svg>b");
    QTest::newRow("mathml formula kept")
        << QStringLiteral("<math display=\"block\"><mfrac><mi>x</mi><mn>2</mn></mfrac></math>")
        << QStringLiteral("<math display=\"block\"><mfrac><mi>x</mi><mn>2</mn></mfrac></math>");
    QTest::newRow("svg loses handlers, style, url() values, use, image and script")
        << QStringLiteral("<svg onload=\"x()\" style=\"a\"><use href=\"https://e.test/s#a\"/>"
                          "<image href=\"i.png\"/><rect fill=\"url(https://e.test/)\" x=\"1\"/>"
                          "<script>x()</script></svg>")
        << QStringLiteral("<svg><rect x=\"1\"/></svg>");
    QTest::newRow("a control character cannot hide url() in a value (found by fuzzing)")
        << QStringLiteral("<math><mi mathcolor=\"ur\x0El(https://e.test/)\">x</mi></math>")
        << QStringLiteral("<math><mi>x</mi></math>");
    QTest::newRow("svg foreignObject and html inside foreign content dropped")
        << QStringLiteral(
               "<svg><foreignObject><p>h</p></foreignObject><p>t<img src=\"x\"></p></svg>")
        << QStringLiteral("<svg>t</svg>");
    QTest::newRow("mathml loses href and annotation-xml")
        << QStringLiteral("<math href=\"javascript:x()\"><mi>a</mi><annotation-xml><a "
                          "href=\"javascript:y()\">l</a></annotation-xml></math>")
        << QStringLiteral("<math><mi>a</mi></math>");
    QTest::newRow("unclosed svg closed at the end")
        << QStringLiteral("<p>a<svg><g><path d=\"M0\">")
        << QStringLiteral("<p>a<svg><g><path d=\"M0\"></path></g></svg></p>");
    QTest::newRow("self-closing svg removes nothing else")
        << QStringLiteral("a<svg/>b") << QStringLiteral("ab");
    QTest::newRow("frameset and applet removed with content")
        << QStringLiteral("a<frameset><frame src=\"x\"></frameset><applet code=\"A\">j</applet>b")
        << QStringLiteral("ab");
    QTest::newRow("sectioning elements become div")
        << QStringLiteral("<section><article><header>h</header>body</article></section>")
        << QStringLiteral("<div><div><div>h</div>body</div></div>");
    QTest::newRow("center becomes div, strike s, tt code")
        << QStringLiteral("<center>c</center><strike>s</strike><tt>t</tt>")
        << QStringLiteral("<div>c</div><s>s</s><code>t</code>");
    QTest::newRow("font and span unwrapped")
        << QStringLiteral("<font color=\"red\">a</font><span class=\"x\">b</span><blink>c</blink>")
        << QStringLiteral("abc");
    QTest::newRow("html, head and body unwrapped")
        << QStringLiteral("<html><head><title>T</title></head><body><p>x</p></body></html>")
        << QStringLiteral("<p>x</p>");
    QTest::newRow("block element closes paragraph")
        << QStringLiteral("<p>a<div>b</div>c</p>") << QStringLiteral("<p>a</p><div>b</div>c");
    QTest::newRow("paragraph closes paragraph")
        << QStringLiteral("<p>a<p>b") << QStringLiteral("<p>a</p><p>b</p>");
    QTest::newRow("misnested formatting closed in order")
        << QStringLiteral("<b><i>x</b>y</i>") << QStringLiteral("<b><i>x</i></b>y");
    QTest::newRow("unclosed elements closed at the end")
        << QStringLiteral("<p><b>bold<i>both") << QStringLiteral("<p><b>bold<i>both</i></b></p>");
    QTest::newRow("stray end tags ignored")
        << QStringLiteral("</b>a</p></div></table>") << QStringLiteral("a");
    QTest::newRow("comments removed")
        << QStringLiteral("a<!-- note -->b<!---->c<!-->d") << QStringLiteral("abcd");
    QTest::newRow("doctype and processing instructions removed")
        << QStringLiteral("<!DOCTYPE html><?xml version=\"1.0\"?>x") << QStringLiteral("x");
    QTest::newRow("cdata outside foreign content removed")
        << QStringLiteral("a<![CDATA[b]]>c") << QStringLiteral("ac");
    QTest::newRow("void elements written without end tag")
        << QStringLiteral("a<br/>b<br></br>c<hr/>d") << QStringLiteral("a<br>b<br>c<hr>d");
    QTest::newRow("entities decoded then text re-escaped")
        << QStringLiteral("&eacute;&#233;&#xE9;&copy; &lt;b&gt; &amp;amp; &unknown; &")
        << QStringLiteral("ééé© &lt;b&gt; &amp;amp; &amp;unknown; &amp;");
    QTest::newRow("lone less-than is text")
        << QStringLiteral("a <3 b < c <") << QStringLiteral("a &lt;3 b &lt; c &lt;");
    QTest::newRow("control characters dropped")
        << QStringLiteral("a\u0001b\u0000c\u001Fd\te") << QStringLiteral("abcd\te");
    QTest::newRow("tag cut off by end of input dropped")
        << QStringLiteral("text<a href=\"/x\"") << QStringLiteral("text");
    QTest::newRow("uppercase tags normalised")
        << QStringLiteral("<P><B>x</B></P>") << QStringLiteral("<p><b>x</b></p>");
}

void TestSanitizer::elements()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Html::sanitize(html, kBase), expected);
}

void TestSanitizer::attributes_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("event handlers dropped")
        << QStringLiteral("<p onclick=\"x()\" OnMouseOver=y onfoo>t</p>")
        << QStringLiteral("<p>t</p>");
    QTest::newRow("style, class and id dropped")
        << QStringLiteral("<p style=\"color:red\" class=\"lead\" id=\"p1\">t</p>")
        << QStringLiteral("<p>t</p>");
    QTest::newRow("global lang, dir and title kept")
        << QStringLiteral("<p lang=\"de-AT\" dir=\"RTL\" title=\"T\">t</p>")
        << QStringLiteral("<p lang=\"de-AT\" dir=\"RTL\" title=\"T\">t</p>");
    QTest::newRow("invalid lang and dir dropped")
        << QStringLiteral("<p lang=\"a b\" dir=\"up\">t</p>") << QStringLiteral("<p>t</p>");
    QTest::newRow("attribute value escaped")
        << QStringLiteral("<img src=\"a.png\" alt='say \"hi\" & <bye>'>")
        << QStringLiteral("<img src=\"https://example.org/news/a.png\" alt=\"say &quot;hi&quot; "
                          "&amp; &lt;bye&gt;\">");
    QTest::newRow("unquoted and single-quoted values")
        << QStringLiteral("<img src=a.png alt='x y' title=z>")
        << QStringLiteral("<img src=\"https://example.org/news/a.png\" alt=\"x y\" title=\"z\">");
    QTest::newRow("first duplicate attribute wins")
        << QStringLiteral("<img src=\"a.png\" src=\"javascript:x\" alt=\"1\" alt=\"2\">")
        << QStringLiteral("<img src=\"https://example.org/news/a.png\" alt=\"1\">");
    QTest::newRow("numbers normalised")
        << QStringLiteral("<img src=a.png width=\"640px\" height=\" 480\"><table><tr>"
                          "<td colspan=\"0\" rowspan=\"99999\">x</td></tr></table>")
        << QStringLiteral("<img src=\"https://example.org/news/a.png\" width=\"640\" "
                          "height=\"480\"><table><tr><td colspan=\"1\" rowspan=\"1000\">x</td>"
                          "</tr></table>");
    QTest::newRow("non-numeric size dropped")
        << QStringLiteral("<img src=a.png width=\"auto\">")
        << QStringLiteral("<img src=\"https://example.org/news/a.png\">");
    QTest::newRow("attributes not allowed on that element dropped")
        << QStringLiteral("<p href=\"/x\" src=\"/y\" colspan=\"2\">t</p>")
        << QStringLiteral("<p>t</p>");
    QTest::newRow("class kept only for embed cards")
        << QStringLiteral("<p class=\"embed\">a</p><p class=\"other\">b</p>")
        << QStringLiteral("<p class=\"embed\">a</p><p>b</p>");
}

void TestSanitizer::attributes()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Html::sanitize(html, kBase), expected);
}

void TestSanitizer::urls_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    const QString rel = QStringLiteral(" rel=\"noopener noreferrer nofollow\"");
    QTest::newRow("relative path resolved")
        << QStringLiteral("<img src=\"img/p.png\">")
        << QStringLiteral("<img src=\"https://example.org/news/img/p.png\">");
    QTest::newRow("root-relative path resolved")
        << QStringLiteral("<img src=\"/p.png\">")
        << QStringLiteral("<img src=\"https://example.org/p.png\">");
    QTest::newRow("parent path resolved")
        << QStringLiteral("<img src=\"../p.png\">")
        << QStringLiteral("<img src=\"https://example.org/p.png\">");
    QTest::newRow("protocol-relative resolved")
        << QStringLiteral("<img src=\"//cdn.example.net/p.png\">")
        << QStringLiteral("<img src=\"https://cdn.example.net/p.png\">");
    QTest::newRow("fragment link resolved")
        << QStringLiteral("<a href=\"#notes\">n</a>")
        << QStringLiteral("<a href=\"https://example.org/news/today.html#notes\"") + rel +
               QStringLiteral(">n</a>");
    QTest::newRow("spaces percent-encoded, non-ASCII letters kept as written")
        << QStringLiteral("<a href=\" /a b/é.html \">x</a>")
        << QStringLiteral("<a href=\"https://example.org/a%20b/é.html\"") + rel +
               QStringLiteral(">x</a>");
    QTest::newRow("escapes written as QUrl writes them")
        << QStringLiteral("<a href=\"share?u=%4A%2f%7E%20\">x</a>")
        << QStringLiteral("<a href=\"https://example.org/news/share?u=J%2F~%20\"") + rel +
               QStringLiteral(">x</a>");
    QTest::newRow("non-ASCII controls and invisible characters stay percent-encoded")
        << QStringLiteral("<a href=\"/\u00e9\u200f\u0085.html\">x</a>")
        << QStringLiteral("<a href=\"https://example.org/\u00e9%E2%80%8F%C2%85.html\"") + rel +
               QStringLiteral(">x</a>");
    QTest::newRow("international host in ACE form")
        << QStringLiteral("<a href=\"https://bücher.example/\">x</a>")
        << QStringLiteral("<a href=\"https://xn--bcher-kva.example/\"") + rel +
               QStringLiteral(">x</a>");
    QTest::newRow("query ampersand escaped")
        << QStringLiteral("<a href=\"/s?a=1&amp;b=2\">x</a>")
        << QStringLiteral("<a href=\"https://example.org/s?a=1&amp;b=2\"") + rel +
               QStringLiteral(">x</a>");
    QTest::newRow("srcset candidates resolved")
        << QStringLiteral("<img src=\"a.png\" srcset=\"a.png 1x, /b.png 2x,c.png 640w\">")
        << QStringLiteral(
               "<img src=\"https://example.org/news/a.png\" srcset=\"https://example.org/"
               "news/a.png 1x, https://example.org/b.png 2x, https://example.org/news/"
               "c.png 640w\">");
    QTest::newRow("srcset unsafe candidate dropped")
        << QStringLiteral("<img src=\"a.png\" srcset=\"javascript:alert(1) 1x, ok.png 2x\">")
        << QStringLiteral("<img src=\"https://example.org/news/a.png\" "
                          "srcset=\"https://example.org/news/ok.png 2x\">");
    QTest::newRow("srcset bad descriptor dropped")
        << QStringLiteral("<img src=\"a.png\" srcset=\"b.png foo\">")
        << QStringLiteral("<img src=\"https://example.org/news/a.png\" "
                          "srcset=\"https://example.org/news/b.png\">");
    QTest::newRow("javascript link removed, text kept")
        << QStringLiteral("<a href=\"javascript:alert(1)\">click</a>") << QStringLiteral("click");
    QTest::newRow("mixed-case javascript removed")
        << QStringLiteral("<a href=\"JaVaScRiPt:alert(1)\">x</a>") << QStringLiteral("x");
    QTest::newRow("entity-encoded javascript removed")
        << QStringLiteral("<a href=\"&#106;&#97;vascript&#x3A;alert(1)\">x</a>")
        << QStringLiteral("x");
    QTest::newRow("tab inside javascript removed")
        << QStringLiteral("<a href=\"jav&#x09;ascript:alert(1)\">x</a>") << QStringLiteral("x");
    QTest::newRow("newline inside javascript removed")
        << QStringLiteral("<a href=\"java\nscript:alert(1)\">x</a>") << QStringLiteral("x");
    QTest::newRow("leading space and control before javascript removed")
        << QStringLiteral("<a href=\" &#1; javascript:alert(1)\">x</a>") << QStringLiteral("x");
    QTest::newRow("control character inside scheme removed")
        << QStringLiteral("<a href=\"java&#1;script:alert(1)\">x</a>") << QStringLiteral("x");
    QTest::newRow("named colon entity removed")
        << QStringLiteral("<a href=\"javascript&colon;alert(1)\">x</a>") << QStringLiteral("x");
    QTest::newRow("vbscript removed")
        << QStringLiteral("<a href=\"vbscript:msgbox(1)\">x</a>") << QStringLiteral("x");
    QTest::newRow("data text/html link removed")
        << QStringLiteral("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>")
        << QStringLiteral("x");
    QTest::newRow("file and ftp removed")
        << QStringLiteral("<a href=\"file:///etc/passwd\">f</a><a href=\"ftp://x.test/\">g</a>")
        << QStringLiteral("fg");
    QTest::newRow("data png image kept")
        << QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo=\">")
        << QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo=\">");
    QTest::newRow("data svg image removed")
        << QStringLiteral("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">") << QString();
    QTest::newRow("data image only for img src")
        << QStringLiteral("<a href=\"data:image/png;base64,iVBO\">x</a><video "
                          "poster=\"data:image/png;base64,iVBO\"></video>")
        << QStringLiteral("x<video controls=\"\" preload=\"none\"></video>");
    QTest::newRow("http without host removed")
        << QStringLiteral("<a href=\"http:///x\">x</a>") << QStringLiteral("x");
    QTest::newRow("empty href removed")
        << QStringLiteral("<a href=\"\">x</a><a href=\"  \">y</a>") << QStringLiteral("xy");
}

void TestSanitizer::urls()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Html::sanitize(html, kBase), expected);
}

void TestSanitizer::relativeUrlsWithoutBase_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("relative path kept relative")
        << QStringLiteral("<img src=\"a b.png\">") << QStringLiteral("<img src=\"a%20b.png\">");
    QTest::newRow("absolute URL unchanged")
        << QStringLiteral("<img src=\"https://example.org/a.png\">")
        << QStringLiteral("<img src=\"https://example.org/a.png\">");
    QTest::newRow("javascript still removed")
        << QStringLiteral("<a href=\"javascript:x\">x</a>") << QStringLiteral("x");
}

void TestSanitizer::relativeUrlsWithoutBase()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Html::sanitize(html), expected);
}

void TestSanitizer::trackingPixels_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1x1 image dropped")
        << QStringLiteral("a<img src=\"/t.gif\" width=\"1\" height=\"1\">b")
        << QStringLiteral("ab");
    QTest::newRow("0x0 image dropped")
        << QStringLiteral("a<img src=\"/t.gif\" width=\"0\" height=\"0\">b")
        << QStringLiteral("ab");
    QTest::newRow("only width 1 dropped")
        << QStringLiteral("a<img src=\"/t.gif\" width=\"1\">b") << QStringLiteral("ab");
    QTest::newRow("feedburner beacon dropped")
        << QStringLiteral("a<img src=\"http://feeds.feedburner.com/~r/Blog/~4/abc\">b")
        << QStringLiteral("ab");
    QTest::newRow("wordpress stats pixel dropped")
        << QStringLiteral("a<img src=\"https://pixel.wp.com/b.gif?x=1\">b") << QStringLiteral("ab");
    QTest::newRow("narrow but tall image kept")
        << QStringLiteral("<img src=\"/bar.png\" width=\"1\" height=\"300\">")
        << QStringLiteral("<img src=\"https://example.org/bar.png\" width=\"1\" height=\"300\">");
    QTest::newRow("image with only srcset kept")
        << QStringLiteral("<img srcset=\"/a.png 1x\">")
        << QStringLiteral("<img srcset=\"https://example.org/a.png 1x\">");
    QTest::newRow("image without source dropped")
        << QStringLiteral("a<img alt=\"x\">b") << QStringLiteral("ab");
}

void TestSanitizer::trackingPixels()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Html::sanitize(html, kBase), expected);
}

void TestSanitizer::videoEmbeds_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    const auto card = [](const QString &url, const QString &site) -> QString {
        return QStringLiteral("<p class=\"embed\"><a href=\"") + url +
               QStringLiteral("\" rel=\"noopener noreferrer nofollow\">▶ Video on ") + site +
               QStringLiteral("</a></p>");
    };
    const QString youTube = QStringLiteral("https://www.youtube.com/watch?v=aB3_x-9");
    QTest::newRow("youtube iframe")
        << QStringLiteral(
               "<iframe width=\"560\" src=\"https://www.youtube.com/embed/aB3_x-9?rel=0\" "
               "allowfullscreen>no frames</iframe>")
        << card(youTube, QStringLiteral("YouTube"));
    QTest::newRow("youtube-nocookie iframe")
        << QStringLiteral(
               "<iframe src=\"https://www.youtube-nocookie.com/embed/aB3_x-9\"></iframe>")
        << card(youTube, QStringLiteral("YouTube"));
    QTest::newRow("protocol-relative youtube iframe")
        << QStringLiteral("<iframe src=\"//www.youtube.com/embed/aB3_x-9\"></iframe>")
        << card(youTube, QStringLiteral("YouTube"));
    QTest::newRow("youtu.be iframe")
        << QStringLiteral("<iframe src=\"https://youtu.be/aB3_x-9\"></iframe>")
        << card(youTube, QStringLiteral("YouTube"));
    QTest::newRow("youtube object with param")
        << QStringLiteral(
               "<object width=\"425\"><param name=\"movie\" value=\"http://www.youtube.com"
               "/v/aB3_x-9&hl=en\"><embed src=\"http://www.youtube.com/v/aB3_x-9\" "
               "type=\"application/x-shockwave-flash\"></object>")
        << card(youTube, QStringLiteral("YouTube"));
    QTest::newRow("youtube embed element")
        << QStringLiteral("<embed src=\"https://www.youtube.com/v/aB3_x-9\">")
        << card(youTube, QStringLiteral("YouTube"));
    QTest::newRow("vimeo player iframe")
        << QStringLiteral(
               "<iframe src=\"https://player.vimeo.com/video/76979871?h=8272\"></iframe>")
        << card(QStringLiteral("https://vimeo.com/76979871"), QStringLiteral("Vimeo"));
    QTest::newRow("dailymotion iframe")
        << QStringLiteral(
               "<iframe src=\"https://www.dailymotion.com/embed/video/x8abc12\"></iframe>")
        << card(QStringLiteral("https://www.dailymotion.com/video/x8abc12"),
                QStringLiteral("Dailymotion"));
    QTest::newRow("card closes the open paragraph")
        << QStringLiteral("<p>Watch: <iframe src=\"https://youtu.be/aB3_x-9\"></iframe> now</p>")
        << QStringLiteral("<p>Watch: </p>") + card(youTube, QStringLiteral("YouTube")) +
               QStringLiteral(" now");
    QTest::newRow("youtube with invalid id dropped")
        << QStringLiteral("a<iframe src=\"https://www.youtube.com/embed/a%22b\"></iframe>b")
        << QStringLiteral("ab");
    QTest::newRow("look-alike host dropped")
        << QStringLiteral("a<iframe src=\"https://youtube.com.evil.test/embed/aB3_x-9\"></iframe>b")
        << QStringLiteral("ab");
    QTest::newRow("javascript iframe dropped")
        << QStringLiteral("a<iframe src=\"javascript:alert(1)\"></iframe>b")
        << QStringLiteral("ab");
}

void TestSanitizer::videoEmbeds()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Html::sanitize(html, kBase), expected);
}

void TestSanitizer::hostileCorpus_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(TIDINGS_TEST_DATA_DIR "/html/hostile"));
    const QStringList files = dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, "hostile corpus missing");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestSanitizer::hostileCorpus()
{
    QFETCH(QString, path);
    const QString html = readFixture(path);
    QVERIFY(!html.isEmpty());
    for (const QUrl &base : {kBase, QUrl()}) {
        const QString clean = Html::sanitize(html, base);
        const QString problem = TestSupport::unsafeMarkup(clean);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + clean));
        // Every corpus file carries this marker in harmless text that must survive.
        QVERIFY2(clean.contains(QLatin1String("SAFE")), qPrintable(clean));
    }
}

void TestSanitizer::wellFormedAndIdempotent_data()
{
    QTest::addColumn<QString>("html");
    const QDir dir(QStringLiteral(TIDINGS_TEST_DATA_DIR "/html/hostile"));
    const QStringList files = dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << readFixture(dir.filePath(file));
    QTest::newRow("article fixture")
        << readFixture(QStringLiteral(TIDINGS_TEST_DATA_DIR "/html/article.html"));
    QTest::newRow("misnested table and lists")
        << QStringLiteral("<table><li>x<td><ul><tr>y</table></li>z<dd>w");
    QTest::newRow("deep nesting") << QString(QStringLiteral("<b><i>")).repeated(500) +
                                         QStringLiteral("x");
    // Found by the fuzzer: a video card written just under the depth limit went past it, and
    // a second pass dropped its link.
    for (int depth : {197, 198, 199, 200}) {
        QTest::addRow("video card at depth %d", depth)
            << QString(QStringLiteral("<div>")).repeated(depth) +
                   QStringLiteral("<iframe src=\"https://www.youtube.com/embed/Fg7pQ2x_Lk0\">"
                                  "</iframe>");
    }
    QTest::newRow("embed card") << QStringLiteral(
        "<p>a<iframe src=\"https://youtu.be/abc\"></iframe>");
    // Found by make fuzz-long: a second '#' in a relative link's fragment was kept as written,
    // then encoded as %23 when the resolved link went through QUrl on a second pass.
    QTest::newRow("second # in a fragment")
        << QStringLiteral("<a href=\".sv#g#g)\">x</a><a href=\"x/.y#a#b\">y</a>");
    // Found by make fuzz-long: an escaped letter was kept as written by the fast path, then
    // decoded when the resolved link went through QUrl on a second pass.
    QTest::newRow("escaped letters and lower-case escapes")
        << QStringLiteral("<a href=\".example/share?u=https%4A%2F\">x</a>"
                          "<a href=\"x/.y?a=%2f%7e\">y</a><img src=\"/%41%2d.png\">");
}

void TestSanitizer::wellFormedAndIdempotent()
{
    QFETCH(QString, html);
    const QString once = Html::sanitize(html, kBase);
    const QString error = TestSupport::wellFormednessError(once);
    QVERIFY2(error.isEmpty(), qPrintable(error + QStringLiteral("\n") + once));
    QCOMPARE(Html::sanitize(once, kBase), once);
}

void TestSanitizer::articleFixture()
{
    const QString html = readFixture(QStringLiteral(TIDINGS_TEST_DATA_DIR "/html/article.html"));
    const QString expected =
        readFixture(QStringLiteral(TIDINGS_TEST_DATA_DIR "/html/article.sanitized.html"));
    QVERIFY(!html.isEmpty());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(Html::sanitize(html, QUrl(QStringLiteral("https://blog.example.com/2024/05/post/"))),
             expected.trimmed());
}

QTEST_APPLESS_MAIN(TestSanitizer)
#include "tst_sanitizer.moc"
