<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ai::BuiltinProvider</name>
    <message>
        <source>The built-in summarizer cannot translate. Choose a language model server in the AI settings to translate articles.</source>
        <translation>内置摘要器无法翻译。要翻译文章，请在 AI 设置中选择一个语言模型服务器。</translation>
    </message>
    <message>
        <source>The article has no text to summarize.</source>
        <translation>这篇文章没有可供摘要的文本。</translation>
    </message>
    <message>
        <source>The article is too short to summarize.</source>
        <translation>这篇文章太短，无法生成摘要。</translation>
    </message>
    <message>
        <source>Built-in summarizer (on this computer)</source>
        <translation>内置摘要器（在本机运行）</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiErrors</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1（服务器返回：%2）</translation>
    </message>
    <message>
        <source>The server at %1 sends requests to another address (HTTP %2). Enter that address in the AI settings: %3</source>
        <translation>位于 %1 的服务器将请求转到了另一个地址（HTTP %2）。请在 AI 设置中输入该地址：%3</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key in the AI settings.</source>
        <translation>服务器拒绝了 API 密钥。请在 AI 设置中检查密钥。</translation>
    </message>
    <message>
        <source>The server at %1 does not know the model “%2”, or the address is not an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>位于 %1 的服务器不认识模型“%2”，或者该地址不是兼容 OpenAI 的 API（这类地址通常以 /v1 结尾）。</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>服务器正在限制请求。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is limiting requests, or the account&apos;s quota is used up. Try again later.</source>
        <translation>服务器正在限制请求，或账户配额已用完。请稍后重试。</translation>
    </message>
    <message>
        <source>The server could not handle the request (HTTP %1). The article may be too long for the model; lower the text budget in the AI settings.</source>
        <translation>服务器无法处理该请求（HTTP %1）。文章可能超出了模型能处理的长度；请在 AI 设置中降低文本上限。</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>位于 %1 的服务器出现问题（HTTP %2）。请稍后重试。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>服务器返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check that the server is running and the address and port are right.</source>
        <translation>%1 无人应答（连接被拒绝）。请检查服务器是否正在运行，以及地址和端口是否正确。</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>找不到服务器名称 %1。请检查地址。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>位于 %1 的服务器在应答前关闭了连接。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>与 %1 的连接超时。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>无法与 %1 建立安全连接。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>无法使用代理服务器：%1</translation>
    </message>
    <message>
        <source>The address %1 is not an http or https address.</source>
        <translation>地址 %1 不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>Talking to the server at %1 failed: %2</source>
        <translation>与位于 %1 的服务器通信失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent nothing for %n second(s) and was given up on. A large model may need a longer timeout in the AI settings.</source>
        <translation>
            <numerusform>服务器在 %n 秒内没有发送任何内容，已放弃等待。较大的模型可能需要在 AI 设置中设置更长的超时时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not the JSON or event stream an OpenAI-compatible server sends.</source>
        <translation>无法读取服务器的应答：它不是兼容 OpenAI 的服务器所发送的 JSON 或事件流。</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>模型返回了空的应答。</translation>
    </message>
    <message>
        <source>The model declined to answer (its content filter stopped it).</source>
        <translation>模型拒绝回答（被其内容过滤器阻止）。</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 模型表示：%2</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>服务器报告了错误：%1</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>服务器在应答完成前关闭了连接。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is far longer than any summary; it was stopped.</source>
        <translation>服务器的应答远远超出任何摘要应有的长度，已被中止。</translation>
    </message>
    <message>
        <source>No server address or model is set. Enter them in the AI settings.</source>
        <translation>尚未设置服务器地址或模型。请在 AI 设置中填写。</translation>
    </message>
    <message>
        <source>The article has no text to send.</source>
        <translation>这篇文章没有可发送的文本。</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiProvider</name>
    <message>
        <source>Language model server</source>
        <translation>语言模型服务器</translation>
    </message>
    <message>
        <source>Language model server at %1</source>
        <translation>位于 %1 的语言模型服务器</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>位于 %2 的 %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s); choose one.</source>
        <translation>
            <numerusform>已连接到 %1。它提供 %n 个模型，请选择一个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s), “%2” among them.</source>
        <translation>
            <numerusform>已连接到 %1。它提供 %n 个模型，其中包括“%2”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1, but it does not offer the model “%2” (it offers %n model(s)).</source>
        <translation>
            <numerusform>已连接到 %1，但它不提供模型“%2”（它提供 %n 个模型）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ai::Reply</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Ai::ResultCache</name>
    <message>
        <source>The saved AI answers could not be read or written: %1</source>
        <translation>无法读取或写入已保存的 AI 结果：%1</translation>
    </message>
</context>
<context>
    <name>Cli::AccountCommand</name>
    <message>
        <source>The user name on the server.</source>
        <translation>服务器上的用户名。</translation>
    </message>
    <message>
        <source>A name for the account (default: the host).</source>
        <translation>账户名称（默认：主机名）。</translation>
    </message>
    <message>
        <source>tidings account: say add or remove</source>
        <translation>tidings account：请指定 add 或 remove</translation>
    </message>
    <message>
        <source>tidings account add: give the password on standard input, e.g. `secret-tool lookup ... | tidings account add ...`, or in %1</source>
        <translation>tidings account add：请通过标准输入提供密码，例如 `secret-tool lookup ... | tidings account add ...`，或在 %1 中提供</translation>
    </message>
    <message>
        <source>the password could not be stored in the keyring: %1</source>
        <translation>无法将密码保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Added account %1; `tidings sync --account %1` fetches it.</source>
        <translation>已添加账户 %1；`tidings sync --account %1` 可获取其内容。</translation>
    </message>
    <message>
        <source>tidings account remove: give one account id</source>
        <translation>tidings account remove：请给出一个账户 ID</translation>
    </message>
    <message>
        <source>Add a sync account (add TYPE URL --user NAME) or remove one (remove ID)</source>
        <translation>添加同步账户（add 类型 URL --user 用户名）或删除账户（remove ID）</translation>
    </message>
    <message>
        <source>add TYPE URL: a new account; TYPE is ttrss (Tiny Tiny RSS), greader (any Google Reader API server), freshrss, miniflux, or a hosted service whose URL may be left out: inoreader, theoldreader, bazqux. The password is read from standard input, or taken from TIDINGS_ACCOUNT_PASSWORD. remove ID: an account and its sources; its bookmarked articles stay.</source>
        <translation>add 类型 URL：新账户；类型为 ttrss（Tiny Tiny RSS）、greader（任何 Google Reader API 服务器）、freshrss、miniflux，或可省略 URL 的托管服务：inoreader、theoldreader、bazqux。密码从标准输入读取，或取自 TIDINGS_ACCOUNT_PASSWORD。remove ID：账户及其来源；其已加书签的文章会保留。</translation>
    </message>
    <message>
        <source>tidings account add: give the server type (%1), the server&apos;s address and --user NAME</source>
        <translation>tidings account add：请指定服务器类型（%1）、服务器地址和 --user 用户名</translation>
    </message>
</context>
<context>
    <name>Cli::AccountsCommand</name>
    <message>
        <source>List the accounts with their last sync and the changes waiting to be sent</source>
        <translation>列出账户及其最近一次同步和等待发送的更改</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>最近同步：%1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
</context>
<context>
    <name>Cli::AddCommand</name>
    <message>
        <source>Subscribe to a feed, or to the feed of a website</source>
        <translation>订阅一个订阅源，或某个网站的订阅源</translation>
    </message>
    <message>
        <source>A feed or website address, a feed: link or a local file.</source>
        <translation>订阅源或网站地址、feed: 链接或本地文件。</translation>
    </message>
    <message>
        <source>Put the source in folder NAME (made if missing).</source>
        <translation>将来源放入文件夹 NAME（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>tidings add: give one address</source>
        <translation>tidings add：请给出一个地址</translation>
    </message>
    <message>
        <source>tidings: %1 offers %2 feeds; add one of them by its address:</source>
        <translation>tidings：%1 提供 %2 个订阅源；请通过地址添加其中一个：</translation>
    </message>
    <message>
        <source>Already subscribed to %1 (source %2)</source>
        <translation>已订阅 %1（来源 %2）</translation>
    </message>
    <message>
        <source>Added %1 (source %2)</source>
        <translation>已添加 %1（来源 %2）</translation>
    </message>
    <message>
        <source>the first fetch failed: %1</source>
        <translation>首次获取失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (source %2) with %n article(s)</source>
        <translation>
            <numerusform>已添加 %1（来源 %2），共 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::ArticleStateCommand</name>
    <message>
        <source>Mark an article as read (or unread)</source>
        <translation>将文章标记为已读（或未读）</translation>
    </message>
    <message>
        <source>Bookmark an article (or remove the bookmark)</source>
        <translation>为文章添加书签（或移除书签）</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>文章的 ID，即 `tidings articles` 所显示的。</translation>
    </message>
    <message>
        <source>Mark it as unread instead.</source>
        <translation>改为标记为未读。</translation>
    </message>
    <message>
        <source>Remove the bookmark instead.</source>
        <translation>改为移除书签。</translation>
    </message>
    <message>
        <source>tidings %1: give one article id</source>
        <translation>tidings %1：请给出一个文章 ID</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>不存在文章 %1</translation>
    </message>
</context>
<context>
    <name>Cli::ArticlesCommand</name>
    <message>
        <source>Search articles by title, author and text</source>
        <translation>按标题、作者和正文搜索文章</translation>
    </message>
    <message>
        <source>List articles, newest first</source>
        <translation>列出文章，最新的在前</translation>
    </message>
    <message>
        <source>Only articles of source ID.</source>
        <translation>仅显示来源 ID 的文章。</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>仅显示未读文章。</translation>
    </message>
    <message>
        <source>Only bookmarked articles.</source>
        <translation>仅显示已加书签的文章。</translation>
    </message>
    <message>
        <source>At most N articles (default 50; 0: all).</source>
        <translation>最多 N 篇文章（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>tidings search: give the words to search for</source>
        <translation>tidings search：请给出要搜索的词语</translation>
    </message>
    <message>
        <source>tidings %1: --source takes a source id</source>
        <translation>tidings %1：--source 需要一个来源 ID</translation>
    </message>
    <message>
        <source>tidings %1: --limit takes a number</source>
        <translation>tidings %1：--limit 需要一个数字</translation>
    </message>
    <message>
        <source>Words (prefix matched), &quot;exact phrases&quot;, -excluded, and operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE</source>
        <translation>词语（前缀匹配）、&quot;精确短语&quot;、-排除词，以及运算符：title:、author:、source:、is:unread、is:read、is:bookmarked、before:日期、after:日期</translation>
    </message>
    <message>
        <source>Only articles matching QUERY: words, &quot;phrases&quot;, -excluded, and operators (title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE).</source>
        <translation>仅显示匹配查询的文章：词语、&quot;短语&quot;、-排除词，以及运算符（title:、author:、source:、is:unread、is:read、is:bookmarked、before:日期、after:日期）。</translation>
    </message>
    <message>
        <source>tidings %1: %2</source>
        <translation>tidings %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli::BackupCommand</name>
    <message>
        <source>Back up the library (the newest three backups are kept)</source>
        <translation>备份资料库（保留最新的三个备份）</translation>
    </message>
    <message>
        <source>Backed up the library to %1.</source>
        <translation>已将资料库备份到 %1。</translation>
    </message>
</context>
<context>
    <name>Cli::BriefingCommand</name>
    <message>
        <source>Show today&apos;s news as stories, each with a short summary</source>
        <translation>按话题显示今天的新闻，每个话题附有简短摘要</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; stories (default 10).</source>
        <translation>最多显示 &lt;n&gt; 个话题（默认 10）。</translation>
    </message>
    <message>
        <source>briefing takes no arguments</source>
        <translation>briefing 不接受参数</translation>
    </message>
    <message>
        <source>--max needs a number between 1 and 1000</source>
        <translation>--max 需要 1 到 1000 之间的数字</translation>
    </message>
    <message>
        <source>No articles today.</source>
        <translation>今天没有文章。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from %1, latest at %2</source>
        <translation>
            <numerusform>来自 %1 的 %n 篇文章，最新一篇发布于 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::CheckCommand</name>
    <message>
        <source>Check the library for damage (exit 1 when damaged)</source>
        <translation>检查资料库是否损坏（损坏时退出码为 1）</translation>
    </message>
    <message>
        <source>Repair a damaged library: keep a copy of it and recover what can be read.</source>
        <translation>修复损坏的资料库：保留一份副本，并恢复可读取的内容。</translation>
    </message>
    <message>
        <source>There is no library at %1 yet.</source>
        <translation>%1 中还没有资料库。</translation>
    </message>
    <message>
        <source>The library %1 is intact.</source>
        <translation>资料库 %1 完好无损。</translation>
    </message>
    <message>
        <source>The library %1 is damaged:</source>
        <translation>资料库 %1 已损坏：</translation>
    </message>
    <message>
        <source>tidings: run `tidings check --repair` to keep a copy of the damaged file and recover what can be read.</source>
        <translation>tidings：请运行 `tidings check --repair` 以保留损坏文件的副本，并恢复可读取的内容。</translation>
    </message>
    <message>
        <source>The search index %1 was damaged; it is rebuilt the next time the library is opened.</source>
        <translation>搜索索引 %1 已损坏；下次打开资料库时将重新建立。</translation>
    </message>
</context>
<context>
    <name>Cli::Context</name>
    <message>
        <source>The search index could not be updated; it is tried again next time.</source>
        <translation>无法更新搜索索引；下次将再次尝试。</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index (%Ln changes)…</source>
        <translation>
            <numerusform>正在更新搜索索引（%Ln 处更改）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::Dispatcher</name>
    <message>
        <source>
Global options (before or after the command):
  --profile DIR  Keep all data in DIR instead of the default data folder
                 (the TIDINGS_PROFILE environment variable does the same)
  --verbose      Print debug messages of the tidings.* logging categories
  -h, --help     Show this help; &apos;tidings COMMAND --help&apos; shows a command&apos;s options
  --version      Show the version
</source>
        <translation>
全局选项（可放在命令之前或之后）：
  --profile DIR  将所有数据保存在 DIR 中，而不是默认数据文件夹
                 （环境变量 TIDINGS_PROFILE 具有相同作用）
  --verbose      输出 tidings.* 日志类别的调试信息
  -h, --help     显示此帮助；“tidings COMMAND --help”显示某个命令的选项
  --version      显示版本
</translation>
    </message>
    <message>
        <source>tidings: unknown command &apos;%1&apos;</source>
        <translation>tidings：未知命令“%1”</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请尝试“%1 --help”。</translation>
    </message>
    <message>
        <source>Usage: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
       tidings [--profile DIR] [FILE | URL]...

Tidings is a news reader. Without a command it opens its window. Given
feed files or links, it offers to subscribe to them; given OPML files, to
import them.

Commands:
</source>
        <translation>用法：tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
      tidings [--profile DIR] [FILE | URL]...

Tidings 是一个新闻阅读器。不带命令时会打开其窗口。
若传入订阅源文件或链接，它会提示订阅；
若传入 OPML 文件，它会提示导入。

命令：
</translation>
    </message>
</context>
<context>
    <name>Cli::ExportBookmarksCommand</name>
    <message>
        <source>Write the bookmarked articles as a web page or JSON</source>
        <translation>将加了书签的文章写成网页或 JSON</translation>
    </message>
    <message>
        <source>html: a web page of links (the default); json: an array of objects with title, link, source and date.</source>
        <translation>html：由链接组成的网页（默认）；json：包含标题、链接、来源和日期的对象数组。</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>写入位置（默认：标准输出）。</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: give at most one file</source>
        <translation>tidings export-bookmarks：最多给出一个文件</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: --format is html or json</source>
        <translation>tidings export-bookmarks：--format 只能是 html 或 json</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli::ExportOpmlCommand</name>
    <message>
        <source>Write the subscriptions as an OPML file</source>
        <translation>将订阅写入 OPML 文件</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>写入位置（默认：标准输出）。</translation>
    </message>
    <message>
        <source>tidings export-opml: give at most one file</source>
        <translation>tidings export-opml：最多给出一个文件</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Tidings 订阅</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli::ExtractCommand</name>
    <message>
        <source>Print the article text of a web page (a file or an http(s) URL)</source>
        <translation>输出网页（文件或 http(s) URL）中的文章正文</translation>
    </message>
    <message>
        <source>Print the sanitized HTML instead of text.</source>
        <translation>输出经过清理的 HTML，而不是纯文本。</translation>
    </message>
    <message>
        <source>The web page: a file, or an http(s) URL.</source>
        <translation>网页：文件或 http(s) URL。</translation>
    </message>
    <message>
        <source>extract needs exactly one FILE or URL</source>
        <translation>extract 需要恰好一个 FILE 或 URL</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 大于 %2 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli::ImportOpmlCommand</name>
    <message>
        <source>Subscribe to the feeds of an OPML file, keeping its folders</source>
        <translation>订阅 OPML 文件中的订阅源，并保留其文件夹</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>OPML 文件。</translation>
    </message>
    <message>
        <source>tidings import-opml: give one file</source>
        <translation>tidings import-opml：请给出一个文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable OPML file: %2</source>
        <translation>%1 不是可用的 OPML 文件：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 skipped (already subscribed or listed twice), %4 failed</source>
        <translation>已导入 %1：添加 %2 个，跳过 %3 个（已订阅或重复列出），失败 %4 个</translation>
    </message>
</context>
<context>
    <name>Cli::InfoCommand</name>
    <message>
        <source>Show the version, the profile folder and the library</source>
        <translation>显示版本、配置文件夹和资料库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>--profile needs a folder, as in --profile DIR</source>
        <translation>--profile 需要一个文件夹，例如 --profile DIR</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor a feed link</source>
        <translation>“%1”既不是文件也不是订阅源链接</translation>
    </message>
</context>
<context>
    <name>Cli::MuteCommand</name>
    <message>
        <source>Hide articles with a word until a date; list or remove mute words</source>
        <translation>在指定日期前屏蔽含有某个词的文章；列出或移除屏蔽词</translation>
    </message>
    <message>
        <source>The word or phrase; articles with it in the title or text are hidden.</source>
        <translation>要屏蔽的词或短语；标题或正文中含有它的文章将被隐藏。</translation>
    </message>
    <message>
        <source>When the mute ends: a date (YYYY-MM-DD, to the end of that day), a date and time, or a number of days or hours (7d, 12h).</source>
        <translation>屏蔽的结束时间：日期（YYYY-MM-DD，到当天结束）、日期和时间，或天数、小时数（7d、12h）。</translation>
    </message>
    <message>
        <source>List the mute words, expired ones too.</source>
        <translation>列出屏蔽词，包括已过期的。</translation>
    </message>
    <message>
        <source>Remove a mute word.</source>
        <translation>移除一个屏蔽词。</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>与 --list 一起使用：输出 JSON 数组。</translation>
    </message>
    <message>
        <source>tidings mute: give one word (quote a phrase)</source>
        <translation>tidings mute：请给出一个词（短语请加引号）</translation>
    </message>
    <message>
        <source>tidings mute: --until needs a date in the future, such as 2026-12-31 or 7d</source>
        <translation>tidings mute：--until 需要一个将来的日期，例如 2026-12-31 或 7d</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>直到 %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>mute %1: &quot;%2&quot; until %3</source>
        <translation>屏蔽 %1：&quot;%2&quot; 直到 %3</translation>
    </message>
</context>
<context>
    <name>Cli::ParseCommand</name>
    <message>
        <source>Parse a feed file (or - for standard input) and print it as JSON</source>
        <translation>解析订阅源文件（或用 - 表示标准输入）并以 JSON 输出</translation>
    </message>
    <message>
        <source>Resolve relative links against &lt;url&gt; (the feed&apos;s address).</source>
        <translation>相对于 &lt;url&gt;（订阅源的地址）解析相对链接。</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the document came with (for its charset).</source>
        <translation>文档附带的 HTTP Content-Type（用于确定其字符集）。</translation>
    </message>
    <message>
        <source>Refuse documents larger than &lt;mib&gt; MiB (default 32).</source>
        <translation>拒绝大于 &lt;mib&gt; MiB 的文档（默认 32）。</translation>
    </message>
    <message>
        <source>The feed document, or - for standard input.</source>
        <translation>订阅源文档，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>parse needs exactly one FILE (or -)</source>
        <translation>parse 需要恰好一个 FILE（或 -）</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL</source>
        <translation>--base-url 需要一个绝对 URL</translation>
    </message>
    <message>
        <source>--max-size needs a number of MiB between 0 and 4096</source>
        <translation>--max-size 需要 0 到 4096 之间的 MiB 数</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
</context>
<context>
    <name>Cli::RefreshCommand</name>
    <message>
        <source>Fetch new articles from every source, or from the given ones</source>
        <translation>从所有来源或指定来源获取新文章</translation>
    </message>
    <message>
        <source>Refresh only source ID (repeatable).</source>
        <translation>仅刷新来源 ID（可重复）。</translation>
    </message>
    <message>
        <source>Download at most N feeds at once (default 12).</source>
        <translation>最多同时下载 N 个订阅源（默认 12）。</translation>
    </message>
    <message>
        <source>tidings refresh: &apos;%1&apos; is not a source id</source>
        <translation>tidings refresh：“%1”不是来源 ID</translation>
    </message>
    <message>
        <source>tidings refresh: --jobs takes a number from 1 to 64</source>
        <translation>tidings refresh：--jobs 需要 1 到 64 之间的数字</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>no source with that id</source>
        <translation>没有该 ID 的来源</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n source(s): %1 ok (%2 not modified), %3 failed; %4 new and %5 updated articles</source>
        <translation>
            <numerusform>已刷新 %n 个来源：成功 %1 个（未修改 %2 个），失败 %3 个；新文章 %4 篇，更新 %5 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old article(s) that the retention settings no longer keep</source>
        <translation>
            <numerusform>已删除 %n 篇按保留设置不再保留的旧文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RelatedCommand</name>
    <message>
        <source>List the articles most related to an article</source>
        <translation>列出与某篇文章最相关的文章</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>文章的 ID，即 `tidings articles` 所显示的。</translation>
    </message>
    <message>
        <source>At most N articles (default %1).</source>
        <translation>最多 N 篇文章（默认 %1）。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>tidings related: give one article id</source>
        <translation>tidings related：请给出一个文章 ID</translation>
    </message>
    <message>
        <source>tidings related: --limit takes a number above 0</source>
        <translation>tidings related：--limit 需要一个大于 0 的数字</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>不存在文章 %1</translation>
    </message>
</context>
<context>
    <name>Cli::RestoreCommand</name>
    <message>
        <source>List the backups, or restore the library from one</source>
        <translation>列出备份，或从某个备份恢复资料库</translation>
    </message>
    <message>
        <source>A backup&apos;s name as listed, or the path of a backup file; without it, the backups are listed.</source>
        <translation>列表中显示的备份名称，或备份文件的路径；不指定时列出所有备份。</translation>
    </message>
    <message>
        <source>tidings restore: give at most one backup</source>
        <translation>tidings restore：最多只能指定一个备份</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Restored the library from %1. The library as it was is kept in %2.</source>
        <translation>已从 %1 恢复资料库。原来的资料库保存在 %2。</translation>
    </message>
</context>
<context>
    <name>Cli::RuleCommand</name>
    <message>
        <source>Add, remove or test a rule</source>
        <translation>添加、删除或测试规则</translation>
    </message>
    <message>
        <source>add: a new rule from the options; remove ID; test ID: how many articles the rule matches, and which.</source>
        <translation>add：根据选项新建规则；remove ID；test ID：规则匹配多少篇文章，以及是哪些文章。</translation>
    </message>
    <message>
        <source>Condition: the %1 %2 TEXT (repeatable).</source>
        <extracomment>%1 is a part of an article (title, author, ...), %2 how it is matched.</extracomment>
        <translation>条件：%1 %2 文本（可重复）。</translation>
    </message>
    <message>
        <source>Every condition must hold (default: any one of them).</source>
        <translation>所有条件都必须满足（默认：满足任一条件即可）。</translation>
    </message>
    <message>
        <source>What to do: mark-read, bookmark, hide or notify (repeatable).</source>
        <translation>要执行的操作：mark-read、bookmark、hide 或 notify（可重复）。</translation>
    </message>
    <message>
        <source>Add this tag to matching articles.</source>
        <translation>为匹配的文章添加此标签。</translation>
    </message>
    <message>
        <source>Highlight matching articles in the list with this colour (#rrggbb).</source>
        <translation>在列表中用此颜色突出显示匹配的文章（#rrggbb）。</translation>
    </message>
    <message>
        <source>A name for the rule.</source>
        <translation>规则的名称。</translation>
    </message>
    <message>
        <source>Only for the articles of this source.</source>
        <translation>仅适用于此来源的文章。</translation>
    </message>
    <message>
        <source>Add: leave the articles already in the library alone.</source>
        <translation>添加时：不处理资料库中已有的文章。</translation>
    </message>
    <message>
        <source>Test: list at most N of the matches (default 20).</source>
        <translation>测试时：最多列出 N 个匹配项（默认 20）。</translation>
    </message>
    <message>
        <source>Test: print the matches as a JSON array.</source>
        <translation>测试时：以 JSON 数组输出匹配项。</translation>
    </message>
    <message>
        <source>tidings rule: say add, remove ID or test ID</source>
        <translation>tidings rule：请指定 add、remove ID 或 test ID</translation>
    </message>
    <message>
        <source>--%1 needs a text</source>
        <translation>--%1 需要一个文本</translation>
    </message>
    <message>
        <source>give at least one condition, such as --title-contains TEXT</source>
        <translation>请至少给出一个条件，例如 --title-contains 文本</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (mark-read, bookmark, hide or notify)</source>
        <translation>未知操作“%1”（可用：mark-read、bookmark、hide 或 notify）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation>“%1”不是 #rrggbb 形式的颜色</translation>
    </message>
    <message>
        <source>give an action: --action, --tag or --highlight</source>
        <translation>请给出一个操作：--action、--tag 或 --highlight</translation>
    </message>
    <message>
        <source>--source needs a source id, as `tidings sources` shows</source>
        <translation>--source 需要来源 ID，即 `tidings sources` 显示的 ID</translation>
    </message>
    <message>
        <source>tidings rule add: %1</source>
        <translation>tidings rule add：%1</translation>
    </message>
    <message>
        <source>rule %1 added</source>
        <translation>已添加规则 %1</translation>
    </message>
    <message>
        <source>applied to %1 of %2 articles</source>
        <translation>已应用于 %2 篇文章中的 %1 篇</translation>
    </message>
    <message>
        <source>tidings rule remove: give one rule id</source>
        <translation>tidings rule remove：请给出一个规则 ID</translation>
    </message>
    <message>
        <source>tidings rule test: give one rule id (and --limit N)</source>
        <translation>tidings rule test：请给出一个规则 ID（以及 --limit N）</translation>
    </message>
    <message>
        <source>there is no rule %1</source>
        <translation>不存在规则 %1</translation>
    </message>
    <message numerus="yes">
        <source>rule %1 matches %n article(s)</source>
        <translation>
            <numerusform>规则 %1 匹配 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RulesCommand</name>
    <message>
        <source>List the rules with their conditions and actions</source>
        <translation>列出规则及其条件和操作</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>如果 %1</translation>
    </message>
    <message>
        <source>in source %1</source>
        <translation>在来源 %1 中</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>则 %1</translation>
    </message>
</context>
<context>
    <name>Cli::SourcesCommand</name>
    <message>
        <source>List the sources with their unread counts and last errors</source>
        <translation>列出来源及其未读数和最近的错误</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeCommand</name>
    <message>
        <source>Summarize an article, or list its key points</source>
        <translation>为文章生成摘要，或列出其要点</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>文章的 ID，即 `tidings articles` 所显示的。</translation>
    </message>
    <message>
        <source>builtin: the summarizer on this computer; remote: the language model server in the AI settings (default: the provider chosen there).</source>
        <translation>builtin：在本机运行的摘要器；remote：AI 设置中的语言模型服务器（默认：使用 AI 设置中选择的提供方）。</translation>
    </message>
    <message>
        <source>List the key points instead of a summary.</source>
        <translation>列出要点，而不是摘要。</translation>
    </message>
    <message>
        <source>Ask again instead of showing the saved answer.</source>
        <translation>重新请求，而不是显示已保存的结果。</translation>
    </message>
    <message>
        <source>tidings summarize: give one article id</source>
        <translation>tidings summarize：请给出一个文章 ID</translation>
    </message>
    <message>
        <source>tidings summarize: --provider is builtin or remote</source>
        <translation>tidings summarize：--provider 只能是 builtin 或 remote</translation>
    </message>
    <message>
        <source>AI features are turned off. Turn them on in the AI settings (%1=true in %2), or use --provider builtin for the summarizer that runs on this computer.</source>
        <translation>AI 功能已关闭。请在 AI 设置中开启（在 %2 中设置 %1=true），或使用 --provider builtin 来调用在本机运行的摘要器。</translation>
    </message>
    <message>
        <source>Key points are turned off in the AI settings.</source>
        <translation>要点功能已在 AI 设置中关闭。</translation>
    </message>
    <message>
        <source>Summaries are turned off in the AI settings.</source>
        <translation>摘要功能已在 AI 设置中关闭。</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>不存在文章 %1</translation>
    </message>
    <message>
        <source>The API key could not be read from the keyring: %1</source>
        <translation>无法从密钥环读取 API 密钥：%1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeTextCommand</name>
    <message>
        <source>Summarize a plain-text file (or - for standard input) offline</source>
        <translation>离线为纯文本文件（或用 - 表示标准输入）生成摘要</translation>
    </message>
    <message>
        <source>Print the key points, most important first, instead of a summary.</source>
        <translation>输出要点（最重要的在前），而不是摘要。</translation>
    </message>
    <message>
        <source>Use at most &lt;n&gt; sentences (default 4, or 5 key points).</source>
        <translation>最多使用 &lt;n&gt; 个句子（默认 4 句，要点默认 5 条）。</translation>
    </message>
    <message>
        <source>A UTF-8 text file, or - for standard input.</source>
        <translation>UTF-8 文本文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>summarize-text needs exactly one FILE (or -)</source>
        <translation>summarize-text 需要恰好一个 FILE（或 -）</translation>
    </message>
    <message>
        <source>--sentences needs a number between 1 and 100</source>
        <translation>--sentences 需要 1 到 100 之间的数字</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli::SyncCommand</name>
    <message>
        <source>Send the changes waiting and fetch what is new on the sync servers</source>
        <translation>发送等待中的更改，并从同步服务器获取新内容</translation>
    </message>
    <message>
        <source>Sync only account ID, as `tidings accounts` shows (default: all).</source>
        <translation>仅同步账户 ID，即 `tidings accounts` 所显示的 ID（默认：全部）。</translation>
    </message>
    <message>
        <source>tidings sync: &apos;%1&apos; is not an account id</source>
        <translation>tidings sync：“%1”不是账户 ID</translation>
    </message>
    <message>
        <source>there is no sync account; add one with `tidings account add`</source>
        <translation>没有同步账户；请用 `tidings account add` 添加一个</translation>
    </message>
    <message>
        <source>there is no sync account %1</source>
        <translation>没有同步账户 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: sent %n change(s), %2 folders, %3 sources, %4 new and %5 updated articles</source>
        <translation>
            <numerusform>%1：已发送 %n 项更改，文件夹 %2 个，来源 %3 个，新文章 %4 篇，更新 %5 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Cli::TagCommand</name>
    <message>
        <source>Tag an article (or remove the tag); list the tags</source>
        <translation>为文章添加标签（或移除标签）；列出标签</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>文章的 ID，即 `tidings articles` 显示的 ID。</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>标签。</translation>
    </message>
    <message>
        <source>Remove the tag from the article instead.</source>
        <translation>改为从文章中移除该标签。</translation>
    </message>
    <message>
        <source>List the tags with their article counts.</source>
        <translation>列出标签及其文章数。</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>与 --list 一起使用：输出 JSON 数组。</translation>
    </message>
    <message>
        <source>tidings tag: give an article id and a tag name</source>
        <translation>tidings tag：请给出文章 ID 和标签名称</translation>
    </message>
</context>
<context>
    <name>Feeds::FeedParser</name>
    <message>
        <source>not a feed: an HTML page</source>
        <translation>不是订阅源：这是一个 HTML 页面</translation>
    </message>
    <message>
        <source>not a feed: the root element &lt;%1&gt; is not RSS, RDF or Atom</source>
        <translation>不是订阅源：根元素 &lt;%1&gt; 不是 RSS、RDF 或 Atom</translation>
    </message>
    <message>
        <source>not a feed: invalid JSON at offset %1: %2</source>
        <translation>不是订阅源：偏移 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>不是订阅源：JSON 文档中没有 JSON Feed 版本</translation>
    </message>
    <message>
        <source>document too large: %1 bytes, the limit is %2 bytes</source>
        <translation>文档过大：%1 字节，上限为 %2 字节</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>不是订阅源：文档为空</translation>
    </message>
    <message>
        <source>not a feed: binary data</source>
        <translation>不是订阅源：二进制数据</translation>
    </message>
    <message>
        <source>not a feed: neither XML nor JSON</source>
        <translation>不是订阅源：既不是 XML 也不是 JSON</translation>
    </message>
</context>
<context>
    <name>Feeds::JsonFeedReader</name>
    <message>
        <source>unreadable date &quot;%1&quot;</source>
        <translation>无法读取的日期“%1”</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>不是订阅源：JSON 文档中没有 JSON Feed 版本</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlReaderContext</name>
    <message>
        <source>unreadable date &quot;%1&quot; in &lt;%2&gt;</source>
        <translation>&lt;%2&gt; 中无法读取的日期“%1”</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlTreeBuilder</name>
    <message>
        <source>junk before the document</source>
        <translation>文档之前有无效内容</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>没有根元素</translation>
    </message>
    <message>
        <source>document truncated inside &lt;%1&gt;</source>
        <translation>文档在 &lt;%1&gt; 内被截断</translation>
    </message>
    <message>
        <source>%1 more problems not listed</source>
        <translation>另有 %1 个问题未列出</translation>
    </message>
    <message>
        <source>unescaped &apos;&lt;&apos;</source>
        <translation>未转义的“&lt;”</translation>
    </message>
    <message>
        <source>missing &apos;&gt;&apos; after &lt;%1</source>
        <translation>&lt;%1 之后缺少“&gt;”</translation>
    </message>
    <message>
        <source>malformed attribute in &lt;%1&gt;</source>
        <translation>&lt;%1&gt; 中的属性格式错误</translation>
    </message>
    <message>
        <source>attribute value without quotes</source>
        <translation>属性值没有引号</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>element name too long</source>
        <translation>元素名称过长</translation>
    </message>
    <message>
        <source>unexpected close tag &lt;/%1&gt;</source>
        <translation>意外的结束标签 &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>missing close tag &lt;/%1&gt;</source>
        <translation>缺少结束标签 &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>undeclared namespace prefix &apos;%1&apos;</source>
        <translation>未声明的命名空间前缀“%1”</translation>
    </message>
    <message>
        <source>unescaped &apos;&amp;&apos;</source>
        <translation>未转义的“&amp;”</translation>
    </message>
    <message>
        <source>entity expansion over the limit of %1 bytes</source>
        <translation>实体展开超过了 %1 字节的上限</translation>
    </message>
    <message>
        <source>external entity &apos;&amp;%1;&apos; not fetched</source>
        <translation>未获取外部实体“&amp;%1;”</translation>
    </message>
    <message>
        <source>undefined entity &apos;&amp;%1;&apos;</source>
        <translation>未定义的实体“&amp;%1;”</translation>
    </message>
    <message>
        <source>too many entity declarations</source>
        <translation>实体声明过多</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>not well-formed at %1: recovered (%2)</source>
        <translation>%1 处格式不正确：已恢复（%2）</translation>
    </message>
    <message>
        <source>not well-formed at %1: %2</source>
        <translation>%1 处格式不正确：%2</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>文档过大</translation>
    </message>
</context>
<context>
    <name>Html::ArticleExtractor</name>
    <message>
        <source>The page is larger than %1 MB.</source>
        <translation>页面大于 %1 MB。</translation>
    </message>
    <message>
        <source>The page is nested too deeply to be read.</source>
        <translation>页面嵌套层级过深，无法读取。</translation>
    </message>
    <message>
        <source>No article text found on this page.</source>
        <translation>此页面上没有找到文章正文。</translation>
    </message>
</context>
<context>
    <name>Html::Sanitizer</name>
    <message>
        <source>▶ Video on %1</source>
        <translation>▶ %1 上的视频</translation>
    </message>
</context>
<context>
    <name>Models::ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message numerus="yes">
        <source>and %n more sources</source>
        <translation>
            <numerusform>以及另外 %n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>标签：%1</translation>
    </message>
</context>
<context>
    <name>Models::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>Models::SourceTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>%1
Last refresh failed: %2</source>
        <translation>%1
上次刷新失败：%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 篇未读</numerusform>
        </translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation>上次刷新失败</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>每日简报</translation>
    </message>
    <message>
        <source>Today&apos;s main stories, grouped from all your sources</source>
        <translation>从您的所有来源中归纳出的今日要闻</translation>
    </message>
    <message>
        <source>%1, today&apos;s main stories</source>
        <translation>%1，今日要闻</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1
Saved search: %2</source>
        <translation>%1
已保存的搜索：%2</translation>
    </message>
    <message>
        <source>Articles hidden by your rules and mute words</source>
        <translation>被您的规则和屏蔽词隐藏的文章</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n article(s)</source>
        <translation>
            <numerusform>%1
%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1，%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet. New ones arrive when your sources are refreshed (F5).</source>
        <translation>还没有文章。刷新来源（F5）后，新文章会出现在这里。</translation>
    </message>
    <message>
        <source>All caught up: nothing is unread.</source>
        <translation>都读完了：没有未读文章。</translation>
    </message>
    <message>
        <source>Nothing new today yet.</source>
        <translation>今天还没有新内容。</translation>
    </message>
    <message>
        <source>No bookmarks yet. Bookmark an article (S) to keep it here; bookmarks are never removed.</source>
        <translation>还没有书签。给文章加书签（S）即可保存在这里；书签永远不会被删除。</translation>
    </message>
    <message>
        <source>No article is hidden. Articles that your rules and mute words hide are gathered here.</source>
        <translation>没有隐藏的文章。被你的规则和屏蔽词隐藏的文章会集中在这里。</translation>
    </message>
    <message>
        <source>This folder has no sources. Drag sources onto it in the tree.</source>
        <translation>此文件夹中没有来源。在树中把来源拖到它上面。</translation>
    </message>
    <message>
        <source>No articles in this folder yet.</source>
        <translation>此文件夹中还没有文章。</translation>
    </message>
    <message>
        <source>No articles from this source yet.</source>
        <translation>此来源还没有文章。</translation>
    </message>
    <message>
        <source>No articles from this source yet. Its last refresh failed: %1</source>
        <translation>此来源还没有文章。上次刷新失败：%1</translation>
    </message>
    <message>
        <source>No article matches this saved search (%1).</source>
        <translation>没有文章符合此已保存的搜索（%1）。</translation>
    </message>
    <message>
        <source>No article is tagged “%1”.</source>
        <translation>没有文章带有标签“%1”。</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>%1 is missing; looked in %2</source>
        <translation>缺少 %1；已查找：%2</translation>
    </message>
</context>
<context>
    <name>Net::FetchErrors</name>
    <message>
        <source>The server answered %1</source>
        <translation>服务器返回了 %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>服务器返回了 %1 %2</translation>
    </message>
    <message>
        <source>check the user name and password for this source</source>
        <translation>请检查此来源的用户名和密码</translation>
    </message>
    <message>
        <source>the feed may have moved</source>
        <translation>订阅源可能已迁移</translation>
    </message>
    <message>
        <source>the feed has been removed for good</source>
        <translation>订阅源已被永久移除</translation>
    </message>
    <message>
        <source>Tidings will try again later</source>
        <translation>Tidings 稍后会重试</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused</source>
        <translation>无法连接到 %1：连接被拒绝</translation>
    </message>
    <message>
        <source>Cannot find the server %1 — check the address and your connection</source>
        <translation>找不到服务器 %1——请检查地址和网络连接</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the feed</source>
        <translation>%1 在发送订阅源之前关闭了连接</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>无法使用代理服务器：%1</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <source>Cannot fetch the feed from %1: %2</source>
        <translation>无法从 %1 获取订阅源：%2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MiB; Tidings stopped downloading it</source>
        <translation>订阅源大于 %1 MiB，Tidings 已停止下载</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times</source>
        <translation>服务器重定向超过 %1 次</translation>
    </message>
    <message>
        <source>The server redirects in a loop (back to %1)</source>
        <translation>服务器循环重定向（回到 %1）</translation>
    </message>
    <message>
        <source>The server redirected to an address Tidings cannot use: %1</source>
        <translation>服务器重定向到了 Tidings 无法使用的地址：%1</translation>
    </message>
    <message>
        <source>Tidings cannot fetch %1 addresses</source>
        <translation>Tidings 无法获取 %1 地址</translation>
    </message>
    <message>
        <source>The user name or password was not accepted; check them in the source&apos;s settings</source>
        <translation>用户名或密码未被接受；请在此来源的设置中检查</translation>
    </message>
    <message>
        <source>The server asks for a user name and password; enter them in the source&apos;s settings</source>
        <translation>服务器要求提供用户名和密码；请在此来源的设置中填写</translation>
    </message>
    <message>
        <source>The server sent a compressed feed that is damaged or cut off</source>
        <translation>服务器发送的压缩订阅源已损坏或不完整</translation>
    </message>
</context>
<context>
    <name>Pages::AiCard</name>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Made by %1.</source>
        <translation>由 %1 生成。</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the article.</source>
        <translation>AI 生成的内容可能有误：重要信息请对照原文核实。</translation>
    </message>
    <message>
        <source>Summaries and key points, made on this computer.</source>
        <translation>摘要和要点，在本机生成。</translation>
    </message>
    <message>
        <source>Try AI features…</source>
        <translation>试用 AI 功能…</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>不再显示</translation>
    </message>
</context>
<context>
    <name>Pages::ArticlePage</name>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>正在加载完整文章…</translation>
    </message>
    <message>
        <source>Load full article</source>
        <translation>加载完整文章</translation>
    </message>
    <message>
        <source>Related Articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <source>More from this source</source>
        <translation>来自此来源的更多文章</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>来自 %1 的更多文章</translation>
    </message>
    <message>
        <source>Read the comments on the site</source>
        <translation>在网站上阅读评论</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条评论</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>暂无评论</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>显示评论</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>正在加载评论…</translation>
    </message>
    <message>
        <source>The comments could not be loaded: %1</source>
        <translation>无法加载评论：%1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>Pages::BriefingPage</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>每日简报</translation>
    </message>
    <message numerus="yes">
        <source>%n top stories</source>
        <translation>
            <numerusform>%n 个主要话题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough of today&apos;s articles yet to build a briefing — refresh or come back later.</source>
        <translation>今天的文章还不够生成简报——请刷新，或稍后再来看看。</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Stories grouped and summarized on this computer.</source>
        <translation>话题的归类和摘要均在本机完成。</translation>
    </message>
    <message>
        <source>Stories grouped and summarized by: %1.</source>
        <translation>话题的归类和摘要由 %1 完成。</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the articles.</source>
        <translation>AI 生成的内容可能有误：重要信息请对照原文核实。</translation>
    </message>
    <message>
        <source>Preparing today&apos;s briefing…</source>
        <translation>正在准备今天的简报…</translation>
    </message>
</context>
<context>
    <name>Reading::CommentThread</name>
    <message>
        <source>The comments could not be loaded.</source>
        <translation>无法加载评论。</translation>
    </message>
    <message>
        <source>Loading the comments was cancelled.</source>
        <translation>加载评论已取消。</translation>
    </message>
    <message>
        <source>The server sent no comments (HTTP %1).</source>
        <translation>服务器没有发送任何评论（HTTP %1）。</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>无法读取评论：%1</translation>
    </message>
</context>
<context>
    <name>Reading::FullArticleLoader</name>
    <message>
        <source>The article no longer exists.</source>
        <translation>该文章已不存在。</translation>
    </message>
    <message>
        <source>The article has no web page to load.</source>
        <translation>这篇文章没有可加载的网页。</translation>
    </message>
    <message>
        <source>The article&apos;s link leads to a file of type %1, not to a web page.</source>
        <translation>文章链接指向的是 %1 类型的文件，而不是网页。</translation>
    </message>
</context>
<context>
    <name>Refresh::IngestWorker</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>无法打开资料库</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>无法保存文章：%1</translation>
    </message>
    <message>
        <source>The disk that holds your library is full, or the library may grow no further (%1). The refresh stopped; nothing stored before was lost. Free some space, then refresh again.</source>
        <translation>存放资料库的磁盘已满，或资料库无法继续增大（%1）。刷新已停止；之前保存的内容均未丢失。请释放一些空间，然后重新刷新。</translation>
    </message>
</context>
<context>
    <name>Refresh::RefreshService</name>
    <message>
        <source>The server asks for a user name and password, and the password could not be read from the system keyring: %1</source>
        <translation>服务器要求提供用户名和密码，但无法从系统密钥环读取密码：%1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleApplier</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>无法应用规则：%1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleMatcher</name>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>“%1”不是有效的正则表达式：%2</translation>
    </message>
</context>
<context>
    <name>Rules::RuleText</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>has the word</source>
        <translation>含有词语</translation>
    </message>
    <message>
        <source>matches the expression</source>
        <translation>匹配表达式</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <extracomment>A rule&apos;s condition: field, match, pattern, e.g. title contains “election”.</extracomment>
        <translation>%1%2“%3”</translation>
    </message>
    <message>
        <source> and </source>
        <translation>且</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>加书签</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>标签“%1”</translation>
    </message>
    <message>
        <source>highlight %1</source>
        <translation>以 %1 突出显示</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无操作</translation>
    </message>
</context>
<context>
    <name>Secrets::Keyring</name>
    <message>
        <source>No keyring is available on this system, so passwords and keys cannot be stored safely. Install or start a keyring service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>此系统上没有可用的密钥环，因此无法安全地保存密码和密钥。请安装或启动密钥环服务（例如 GNOME Keyring 或 KWallet），然后重试。</translation>
    </message>
    <message>
        <source>Access to the keyring was denied.</source>
        <translation>访问密钥环被拒绝。</translation>
    </message>
    <message>
        <source>The keyring refused access (%1). Unlock it and try again.</source>
        <translation>密钥环拒绝了访问（%1）。请将其解锁后重试。</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry (%1).</source>
        <translation>密钥环无法删除该条目（%1）。</translation>
    </message>
    <message>
        <source>The keyring could not be used (%1). Check that a keyring service such as GNOME Keyring or KWallet is running and unlocked.</source>
        <translation>无法使用密钥环（%1）。请检查 GNOME Keyring 或 KWallet 等密钥环服务是否正在运行且已解锁。</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be locked or busy; unlock it and try again.</source>
        <translation>
            <numerusform>密钥环在 %n 秒内没有响应。它可能已锁定或正忙；请将其解锁后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage::AccountMirror</name>
    <message>
        <source>Cannot store the folders: %1</source>
        <translation>无法保存文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot store the sources: %1</source>
        <translation>无法保存来源：%1</translation>
    </message>
    <message>
        <source>Cannot store the source %1: %2</source>
        <translation>无法保存来源 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>无法保存文章：%1</translation>
    </message>
    <message>
        <source>Cannot store the article states: %1</source>
        <translation>无法保存文章状态：%1</translation>
    </message>
    <message>
        <source>Cannot read the article states: %1</source>
        <translation>无法读取文章状态：%1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
</context>
<context>
    <name>Storage::AccountRepository</name>
    <message>
        <source>There is only one local account.</source>
        <translation>只能有一个本地账户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (http:// or https://).</source>
        <translation>“%1”不是服务器地址（http:// 或 https://）。</translation>
    </message>
    <message>
        <source>An account needs a user name.</source>
        <translation>账户需要用户名。</translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation>无法添加账户：%1</translation>
    </message>
    <message>
        <source>The local account cannot be removed.</source>
        <translation>无法删除本地账户。</translation>
    </message>
    <message>
        <source>Cannot remove the account: %1</source>
        <translation>无法删除账户：%1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有账户 %1。</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>无法读取账户：%1</translation>
    </message>
    <message>
        <source>Cannot update the account: %1</source>
        <translation>无法更新账户：%1</translation>
    </message>
</context>
<context>
    <name>Storage::ArticleRepository</name>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>无法保存文章：%1</translation>
    </message>
    <message>
        <source>Cannot clean up old articles: %1</source>
        <translation>无法清理旧文章：%1</translation>
    </message>
    <message>
        <source>Cannot mark the article: %1</source>
        <translation>无法标记文章：%1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>该文章已不存在。</translation>
    </message>
    <message>
        <source>Cannot mark the articles: %1</source>
        <translation>无法标记这些文章：%1</translation>
    </message>
    <message>
        <source>Cannot change the bookmark: %1</source>
        <translation>无法更改书签：%1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
    <message>
        <source>Cannot read the article: %1</source>
        <translation>无法读取该文章：%1</translation>
    </message>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>无法统计文章数：%1</translation>
    </message>
    <message>
        <source>Cannot search the articles: %1</source>
        <translation>无法搜索文章：%1</translation>
    </message>
    <message>
        <source>Cannot store the full article: %1</source>
        <translation>无法保存完整文章：%1</translation>
    </message>
</context>
<context>
    <name>Storage::Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the file and its folder are readable and writable.</source>
        <translation>无法打开数据库 %1：%2。请检查该文件及其文件夹是否可读写。</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database (%2). Tidings has left it untouched. Move it aside or restore a backup, then start Tidings again to begin with an empty library.</source>
        <translation>数据库 %1 已损坏或不是 Tidings 数据库（%2）。Tidings 没有改动它。请将其移走或恢复备份，然后重新启动 Tidings，以空资料库开始。</translation>
    </message>
    <message>
        <source>Cannot open the database %1. %2</source>
        <translation>无法打开数据库 %1。%2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2. Your data has not been changed.</source>
        <translation>无法更新数据库 %1：%2。您的数据未被更改。</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2.</source>
        <translation>无法设置数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The database %1 needs updating, which cannot be done where it is (the folder cannot be written to).</source>
        <translation>数据库 %1 需要更新，但在其当前位置无法完成（该文件夹不可写入）。</translation>
    </message>
    <message>
        <source>Cannot open the search index of %1: %2.</source>
        <translation>无法打开 %1 的搜索索引：%2。</translation>
    </message>
</context>
<context>
    <name>Storage::FolderRepository</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>文件夹需要名称。</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>上级文件夹已不存在。</translation>
    </message>
    <message>
        <source>Cannot add the folder &quot;%1&quot;: %2</source>
        <translation>无法添加文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot rename the folder: %1</source>
        <translation>无法重命名文件夹：%1</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>该文件夹已不存在。</translation>
    </message>
    <message>
        <source>The target folder no longer exists.</source>
        <translation>目标文件夹已不存在。</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself or one of its subfolders.</source>
        <translation>文件夹不能移动到自身或其子文件夹中。</translation>
    </message>
    <message>
        <source>Cannot move the folder: %1</source>
        <translation>无法移动文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot remove the folder: %1</source>
        <translation>无法删除文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot read the folder: %1</source>
        <translation>无法读取文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot read the folders: %1</source>
        <translation>无法读取这些文件夹：%1</translation>
    </message>
</context>
<context>
    <name>Storage::Library</name>
    <message>
        <source>Tidings opened the library read-only: you can read it, but nothing can be changed or refreshed.</source>
        <translation>Tidings 以只读方式打开了资料库：您可以阅读，但无法更改或刷新任何内容。</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryBackups</name>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1: %2</source>
        <translation>无法将资料库备份到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1.</source>
        <translation>无法将资料库备份到 %1。</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>不存在备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); the library was not changed.</source>
        <translation>备份 %1 已损坏（%2）；资料库未被更改。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the library before restoring (%1); the library was not changed.</source>
        <translation>恢复前无法保留资料库的副本（%1）；资料库未被更改。</translation>
    </message>
    <message>
        <source>Cannot restore the backup %1: %2</source>
        <translation>无法恢复备份 %1：%2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRecovery</name>
    <message>
        <source>Cannot make a working copy of %1 next to %2.</source>
        <translation>无法在 %2 旁边创建 %1 的工作副本。</translation>
    </message>
    <message>
        <source>Cannot create the recovered library %1: %2</source>
        <translation>无法创建恢复的资料库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the recovered library %1: %2</source>
        <translation>无法写入恢复的资料库 %1：%2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRepair</name>
    <message>
        <source>Cannot create the folder %1 for a copy of the damaged library.</source>
        <translation>无法创建用于存放损坏资料库副本的文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy the damaged library to %1 (is the disk full?).</source>
        <translation>无法将损坏的资料库复制到 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database, and nothing in it could be recovered. Tidings has left it untouched. Move it aside or restore a backup (tidings restore), then start Tidings again.</source>
        <translation>数据库 %1 已损坏或不是 Tidings 数据库，且其中没有任何内容可以恢复。Tidings 未对其做任何改动。请将其移走或恢复备份（tidings restore），然后重新启动 Tidings。</translation>
    </message>
    <message>
        <source>Cannot put the recovered library in place of %1.</source>
        <translation>无法用恢复的资料库替换 %1。</translation>
    </message>
    <message>
        <source>Your library was damaged, and Tidings has repaired it. It recovered %1 sources, %2 articles and %3 bookmarks.</source>
        <translation>您的资料库曾损坏，Tidings 已将其修复。共恢复了 %1 个来源、%2 篇文章和 %3 个书签。</translation>
    </message>
    <message>
        <source>Some parts of the file could not be read; what they held is lost.</source>
        <translation>文件的某些部分无法读取；其中的内容已丢失。</translation>
    </message>
    <message>
        <source>A copy of the damaged file is in %1.</source>
        <translation>损坏文件的副本位于 %1。</translation>
    </message>
    <message>
        <source>Your library is damaged, and Tidings could not repair it: %1 The library was left as it was.</source>
        <translation>您的资料库已损坏，Tidings 无法修复：%1 资料库保持原样。</translation>
    </message>
</context>
<context>
    <name>Storage::MigrationRunner</name>
    <message>
        <source>The database was written by a newer version of Tidings (schema %1; this version knows up to %2). Update Tidings to open it.</source>
        <translation>该数据库由较新版本的 Tidings 写入（架构 %1；此版本最高支持 %2）。请更新 Tidings 后再打开。</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>无法读取迁移 %1。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>将数据库更新到架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>%1 中的一行引用了 %2 中不存在的行</translation>
    </message>
</context>
<context>
    <name>Storage::MuteRepository</name>
    <message>
        <source>Cannot read the mute words: %1</source>
        <translation>无法读取屏蔽词：%1</translation>
    </message>
    <message>
        <source>A mute needs a word.</source>
        <translation>屏蔽需要一个词。</translation>
    </message>
    <message>
        <source>A mute needs an end date.</source>
        <translation>屏蔽需要一个结束日期。</translation>
    </message>
    <message>
        <source>Cannot add the mute word: %1</source>
        <translation>无法添加屏蔽词：%1</translation>
    </message>
    <message>
        <source>Cannot remove the mute word: %1</source>
        <translation>无法移除屏蔽词：%1</translation>
    </message>
    <message>
        <source>There is no mute word %1.</source>
        <translation>不存在屏蔽词 %1。</translation>
    </message>
</context>
<context>
    <name>Storage::PendingChangeRepository</name>
    <message>
        <source>Article states are queued by the articles themselves.</source>
        <translation>文章状态由文章自身加入队列。</translation>
    </message>
    <message>
        <source>Cannot remember the change: %1</source>
        <translation>无法记录该更改：%1</translation>
    </message>
    <message>
        <source>Cannot read the changes to send: %1</source>
        <translation>无法读取待发送的更改：%1</translation>
    </message>
    <message>
        <source>Cannot count the changes to send: %1</source>
        <translation>无法统计待发送的更改：%1</translation>
    </message>
    <message>
        <source>Cannot record what the server took: %1</source>
        <translation>无法记录服务器已接受的内容：%1</translation>
    </message>
    <message>
        <source>Cannot record the failed send: %1</source>
        <translation>无法记录发送失败：%1</translation>
    </message>
</context>
<context>
    <name>Storage::Profile</name>
    <message>
        <source>The profile folder %1 is a file. Choose another folder with --profile or move the file away.</source>
        <translation>配置文件夹 %1 是一个文件。请用 --profile 选择其他文件夹，或将该文件移走。</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and that you may write to it, or choose another folder with --profile.</source>
        <translation>无法创建配置文件夹 %1。请检查其上级文件夹是否存在且您有写入权限，或用 --profile 选择其他文件夹。</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable. Give yourself write permission on it or choose another folder with --profile.</source>
        <translation>配置文件夹 %1 不可写。请为自己授予写入权限，或用 --profile 选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>Storage::RuleActionWriter</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>无法应用规则：%1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleRepository</name>
    <message>
        <source>Cannot read the rules: %1</source>
        <translation>无法读取规则：%1</translation>
    </message>
    <message>
        <source>Cannot save the rule: %1</source>
        <translation>无法保存规则：%1</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>不存在规则 %1。</translation>
    </message>
    <message>
        <source>Cannot remove the rule: %1</source>
        <translation>无法删除规则：%1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleSubjectReader</name>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>无法统计文章：%1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
</context>
<context>
    <name>Storage::SavedSearchRepository</name>
    <message>
        <source>A saved search needs a name and a search.</source>
        <translation>已保存的搜索需要名称和搜索内容。</translation>
    </message>
    <message>
        <source>Cannot save the search: %1</source>
        <translation>无法保存搜索：%1</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>已保存的搜索需要名称。</translation>
    </message>
    <message>
        <source>Cannot rename the saved search: %1</source>
        <translation>无法重命名已保存的搜索：%1</translation>
    </message>
    <message>
        <source>The saved search no longer exists.</source>
        <translation>该已保存的搜索已不存在。</translation>
    </message>
    <message>
        <source>Cannot delete the saved search: %1</source>
        <translation>无法删除已保存的搜索：%1</translation>
    </message>
    <message>
        <source>Cannot read the saved searches: %1</source>
        <translation>无法读取已保存的搜索：%1</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexFile</name>
    <message>
        <source>Cannot create the search index %1: %2</source>
        <translation>无法创建搜索索引 %1：%2</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexer</name>
    <message>
        <source>The search index %1 does not exist.</source>
        <translation>搜索索引 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>无法打开搜索索引 %1：%2</translation>
    </message>
    <message>
        <source>The search index belongs to another state of the library; it is rebuilt when the library is next opened.</source>
        <translation>搜索索引属于资料库的另一个状态；下次打开资料库时将重新建立。</translation>
    </message>
</context>
<context>
    <name>Storage::SearchOperators</name>
    <message>
        <source>“%1:” needs a value, as in %1:word or %1:&quot;two words&quot;.</source>
        <translation>“%1:”需要一个值，例如 %1:词语 或 %1:&quot;两个词&quot;。</translation>
    </message>
    <message>
        <source>“%1:” is not a search operator.</source>
        <translation>“%1:”不是搜索运算符。</translation>
    </message>
    <message>
        <source>“%1:%2” is not a search operator; use %3.</source>
        <translation>“%1:%2”不是搜索运算符；请使用 %3。</translation>
    </message>
    <message>
        <source>“%1:%2”: not a date. Use a date like 2026-12-31, or today, yesterday, 7d (days ago) or 2w (weeks ago).</source>
        <translation>“%1:%2”：不是日期。请使用 2026-12-31 这样的日期，或 today、yesterday、7d（几天前）或 2w（几周前）。</translation>
    </message>
</context>
<context>
    <name>Storage::SourceRepository</name>
    <message>
        <source>&quot;%1&quot; is not a feed address.</source>
        <translation>“%1”不是订阅源地址。</translation>
    </message>
    <message>
        <source>Cannot add the source: %1</source>
        <translation>无法添加来源：%1</translation>
    </message>
    <message>
        <source>Cannot add the source %1: %2</source>
        <translation>无法添加来源 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove the source: %1</source>
        <translation>无法删除来源：%1</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>该来源已不存在。</translation>
    </message>
    <message>
        <source>Another source already has the address %1.</source>
        <translation>另一个来源已使用地址 %1。</translation>
    </message>
    <message>
        <source>Cannot read the sources: %1</source>
        <translation>无法读取来源：%1</translation>
    </message>
    <message>
        <source>Cannot change the source: %1</source>
        <translation>无法更改来源：%1</translation>
    </message>
</context>
<context>
    <name>Storage::TagRepository</name>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>无法读取标签：%1</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>无法添加标签：%1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>不存在文章 %1。</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>无法移除标签：%1</translation>
    </message>
</context>
<context>
    <name>Subscriptions::FeedDiscoverer</name>
    <message>
        <source>Only web addresses (http or https) can be searched for feeds</source>
        <translation>只能在网址（http 或 https）中查找订阅源</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>服务器返回了 %1 %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>Cannot find the server %1</source>
        <translation>找不到服务器 %1</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 未作应答就关闭了连接</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed</source>
        <translation>与 %1 的安全连接失败</translation>
    </message>
    <message>
        <source>%1 redirects too many times</source>
        <translation>%1 重定向次数过多</translation>
    </message>
    <message>
        <source>%1 redirects to an unencrypted address</source>
        <translation>%1 重定向到了未加密的地址</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>This page offers no feed, and none was found at the usual addresses</source>
        <translation>此页面没有提供订阅源，常用地址上也没有找到</translation>
    </message>
</context>
<context>
    <name>Subscriptions::OpmlImporter</name>
    <message>
        <source>%1: not a feed address</source>
        <translation>%1：不是订阅源地址</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Subscriptions::OpmlReader</name>
    <message>
        <source>The file declares a document type (DTD); OPML files need none, so it is not read for safety.</source>
        <translation>该文件声明了文档类型（DTD）；OPML 文件不需要它，出于安全考虑不予读取。</translation>
    </message>
    <message>
        <source>The file holds no XML element; it is not an OPML file.</source>
        <translation>该文件不含任何 XML 元素，不是 OPML 文件。</translation>
    </message>
    <message>
        <source>This is not an OPML file: its root element is &lt;%1&gt;.</source>
        <translation>这不是 OPML 文件：其根元素为 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>OPML version %1 is unknown; the file is read as OPML 2.0.</source>
        <translation>OPML 版本 %1 未知，按 OPML 2.0 读取该文件。</translation>
    </message>
    <message>
        <source>The file has no &lt;body&gt;, so it lists no feeds.</source>
        <translation>该文件没有 &lt;body&gt;，因此不包含任何订阅源。</translation>
    </message>
    <message>
        <source>The creation date “%1” could not be read.</source>
        <translation>无法读取创建日期“%1”。</translation>
    </message>
    <message>
        <source>Line %1: the feed “%2” also holds outlines; they are kept in a folder of the same name.</source>
        <translation>第 %1 行：订阅源“%2”中还包含条目，它们被放入同名文件夹。</translation>
    </message>
    <message>
        <source>Line %1: a folder without a name; its feeds are kept in the enclosing folder.</source>
        <translation>第 %1 行：文件夹没有名称，其订阅源被放入外层文件夹。</translation>
    </message>
    <message>
        <source>Line %1: the outline “%2” has no feed address and holds nothing; it was skipped.</source>
        <translation>第 %1 行：条目“%2”没有订阅源地址，也不包含任何内容，已跳过。</translation>
    </message>
    <message>
        <source>Folders are nested more than %1 levels deep (line %2); the file is not read further.</source>
        <translation>文件夹嵌套超过 %1 层（第 %2 行），不再继续读取该文件。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>该文件不是格式正确的 XML：%1（第 %2 行，第 %3 列）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
</context>
<context>
    <name>Subscriptions::UrlParser</name>
    <message>
        <source>Enter the address of a feed or of a web site.</source>
        <translation>请输入订阅源或网站的地址。</translation>
    </message>
    <message>
        <source>“%1” is not a feed address that can be followed.</source>
        <translation>“%1”不是可以关注的订阅源地址。</translation>
    </message>
    <message>
        <source>“%1” is not a complete address: it lacks http:// or https://.</source>
        <translation>“%1”不是完整的地址：缺少 http:// 或 https://。</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”不是网址。</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” are not supported; use an http or https address.</source>
        <translation>不支持以“%1:”开头的地址；请使用 http 或 https 地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1”不是有效的网址。</translation>
    </message>
</context>
<context>
    <name>Sync::AccountPresets</name>
    <message>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>FreshRSS</source>
        <translation>FreshRSS</translation>
    </message>
    <message>
        <source>Miniflux</source>
        <translation>Miniflux</translation>
    </message>
    <message>
        <source>Inoreader</source>
        <translation>Inoreader</translation>
    </message>
    <message>
        <source>The Old Reader</source>
        <translation>The Old Reader</translation>
    </message>
    <message>
        <source>BazQux Reader</source>
        <translation>BazQux Reader</translation>
    </message>
    <message>
        <source>Other Google Reader API server</source>
        <translation>其他 Google Reader API 服务器</translation>
    </message>
    <message>
        <source>Google Reader API</source>
        <translation>Google Reader API</translation>
    </message>
</context>
<context>
    <name>Sync::GReaderClient</name>
    <message>
        <source>%1 did not answer like a Google Reader API server. Check the server address (FreshRSS: …/api/greader.php; Miniflux: its root address).</source>
        <translation>%1 的响应不像 Google Reader API 服务器。请检查服务器地址（FreshRSS：…/api/greader.php；Miniflux：其根地址）。</translation>
    </message>
    <message>
        <source>The server did not accept the login of %1 (%2). Check the user name and the API password (FreshRSS: Profile → API password; Miniflux: Settings → Integrations → Google Reader).</source>
        <translation>服务器不接受 %1 的登录（%2）。请检查用户名和 API 密码（FreshRSS：个人资料 → API 密码；Miniflux：设置 → 集成 → Google Reader）。</translation>
    </message>
    <message>
        <source>The server&apos;s API is turned off: allow API access in FreshRSS&apos;s Administration → Authentication.</source>
        <translation>服务器的 API 已关闭：请在 FreshRSS 的“管理 → 认证”中允许 API 访问。</translation>
    </message>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1（服务器返回：%2）</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings 正在关闭。</translation>
    </message>
    <message>
        <source>The server gave no T token.</source>
        <translation>服务器未提供 T 令牌。</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1%2.</source>
        <translation>服务器无法订阅 %1%2。</translation>
    </message>
    <message>
        <source>A Google Reader API server keeps every feed in a folder: move it into one.</source>
        <translation>Google Reader API 服务器将每个订阅源都放在文件夹中：请将它移入某个文件夹。</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <source>The library cannot be opened.</source>
        <translation>无法打开资料库。</translation>
    </message>
    <message>
        <source>The library could not be updated.</source>
        <translation>无法更新资料库。</translation>
    </message>
    <message>
        <source>There is no account %1 to sync.</source>
        <translation>没有可同步的账户 %1。</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>正在登录</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>正在发送 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading folders and sources</source>
        <translation>正在读取文件夹和来源</translation>
    </message>
    <message>
        <source>Fetching new articles (%1 so far)</source>
        <translation>正在获取新文章（目前 %1 篇）</translation>
    </message>
    <message>
        <source>Reading read and bookmark states</source>
        <translation>正在读取已读和书签状态</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>The local account has no server to sync with.</source>
        <translation>本地账户没有可同步的服务器。</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring: %2</source>
        <translation>无法从密钥环读取 %1 的密码：%2</translation>
    </message>
</context>
<context>
    <name>Sync::TtRssClient</name>
    <message>
        <source>The server did not start a session.</source>
        <translation>服务器未建立会话。</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings 正在退出。</translation>
    </message>
    <message>
        <source>%1 did not answer like Tiny Tiny RSS. Check the server address.</source>
        <translation>%1 的应答不像 Tiny Tiny RSS。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server does not allow API access for %1: enable API access in TT-RSS&apos;s Preferences.</source>
        <translation>服务器不允许 %1 访问 API：请在 TT-RSS 的偏好设置中启用 API 访问。</translation>
    </message>
    <message>
        <source>The server refused the user name or the password of %1.</source>
        <translation>服务器拒绝了 %1 的用户名或密码。</translation>
    </message>
    <message>
        <source>The server did not keep the session (it answered NOT_LOGGED_IN).</source>
        <translation>服务器未保持会话（应答为 NOT_LOGGED_IN）。</translation>
    </message>
    <message>
        <source>The server no longer has that feed.</source>
        <translation>服务器上已没有该订阅源。</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>服务器拒绝了该请求（%1）。</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1 (code %2%3).</source>
        <translation>服务器无法订阅 %1（代码 %2%3）。</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot move a feed through its API; move it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS 无法通过其 API 移动订阅源；请直接在 TT-RSS 中移动。</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot rename a feed through its API; rename it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS 无法通过其 API 重命名订阅源；请直接在 TT-RSS 中重命名。</translation>
    </message>
    <message>
        <source>This Tiny Tiny RSS speaks API level %1; subscribing and unsubscribing through its API need level %2 (TT-RSS 1.7.6) or later.</source>
        <translation>此 Tiny Tiny RSS 的 API 级别为 %1；通过其 API 订阅和退订需要级别 %2（TT-RSS 1.7.6）或更高。</translation>
    </message>
</context>
<context>
    <name>Text::Encoding</name>
    <message>
        <source>The document is not valid UTF-8; it was read as windows-1252.</source>
        <translation>文档不是有效的 UTF-8，已按 windows-1252 读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not valid UTF-8 were read as windows-1252.</source>
        <translation>
            <numerusform>%n 个不是有效 UTF-8 的字节已按 windows-1252 读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The document ends in the middle of a character.</source>
        <translation>文档在一个字符的中间结束。</translation>
    </message>
    <message>
        <source>Invalid characters were replaced by U+FFFD.</source>
        <translation>无效字符已替换为 U+FFFD。</translation>
    </message>
    <message>
        <source>This system cannot convert from %1.</source>
        <translation>此系统无法从 %1 转换。</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced by U+FFFD.</source>
        <translation>
            <numerusform>已将 %n 个无效字节序列替换为 U+FFFD。</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTTP header names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>HTTP 头指定了未知的字符编码“%1”，已忽略。</translation>
    </message>
    <message>
        <source>The XML declaration names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>XML 声明指定了未知的字符编码“%1”，已忽略。</translation>
    </message>
    <message>
        <source>The document is %1, not %2 as labelled.</source>
        <translation>文档实际为 %1，而非标注的 %2。</translation>
    </message>
    <message>
        <source>The document is not %1 as labelled.</source>
        <translation>文档并非标注的 %1。</translation>
    </message>
    <message>
        <source>The HTTP header says %1 and the XML declaration says %2; the header wins.</source>
        <translation>HTTP 头为 %1，XML 声明为 %2；以 HTTP 头为准。</translation>
    </message>
</context>
<context>
    <name>Text::Headline</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Tidings cannot start</source>
        <translation>Tidings 无法启动</translation>
    </message>
    <message>
        <source>Tidings cannot open your library.</source>
        <translation>Tidings 无法打开您的资料库。</translation>
    </message>
    <message>
        <source>Checking your library…</source>
        <translation>正在检查您的资料库…</translation>
    </message>
    <message>
        <source>Library Repaired</source>
        <translation>资料库已修复</translation>
    </message>
    <message>
        <source>Library Damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <source>Read-Only Library</source>
        <translation>只读资料库</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected. The server speaks API level %1.</source>
        <translation>已连接。服务器的 API 级别为 %1。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsSettingsPage</name>
    <message>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>每 15 分钟</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The account could not be added.</source>
        <translation>无法添加账户。</translation>
    </message>
    <message>
        <source>Account added; it syncs when Preferences close.</source>
        <translation>已添加账户；关闭首选项后将进行同步。</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>无法将密码保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>删除账户“%1”？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>无法删除账户。</translation>
    </message>
    <message>
        <source>Its folders, sources and articles leave Tidings. Changes not yet sent to the server are not sent.</source>
        <translation>它的文件夹、来源和文章将从 Tidings 中移除。尚未发送到服务器的更改将不再发送。</translation>
    </message>
    <message>
        <source>&amp;Copy its bookmarked articles into the local library</source>
        <translation>将其已加书签的文章复制到本地资料库(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Ui::AddSourceDialog</name>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Add a Source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>https://example.org or a feed address</source>
        <translation>https://example.org 或订阅源地址</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>找到的订阅源</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Looking for feeds at %1…</source>
        <translation>正在 %1 查找订阅源…</translation>
    </message>
    <message>
        <source>No feed found at this address.</source>
        <translation>此地址上没有找到订阅源。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>This site offers %n feeds. Choose one:</source>
        <translation>
            <numerusform>此网站提供 %n 个订阅源，请选择一个：</numerusform>
        </translation>
    </message>
    <message>
        <source>A website, whose feed Tidings finds, or the address of a feed</source>
        <translation>网站（Tidings 会找到它的订阅源）或订阅源的地址</translation>
    </message>
</context>
<context>
    <name>Ui::AiCardController</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>生成摘要</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
</context>
<context>
    <name>Ui::AiSettingsPage</name>
    <message>
        <source>Use AI features</source>
        <translation>使用 AI 功能</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Summary&lt;/b&gt; shortens an article to a few sentences, &lt;b&gt;Key points&lt;/b&gt; lists its main facts, &lt;b&gt;Translate&lt;/b&gt; puts it into another language and the &lt;b&gt;Daily briefing&lt;/b&gt; groups today&apos;s articles into stories and sums each up.&lt;/p&gt;&lt;p&gt;With &lt;b&gt;On this computer&lt;/b&gt; the work is done here and nothing is sent anywhere. With &lt;b&gt;OpenAI-compatible server&lt;/b&gt; the article&apos;s title and text (up to the text budget below) are sent to the server at the address you give, along with the API key. Nothing is sent until you ask for a summary, key points, a translation or a briefing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;摘要&lt;/b&gt;将文章浓缩为几句话，&lt;b&gt;要点&lt;/b&gt;列出其主要事实，&lt;b&gt;翻译&lt;/b&gt;将其译成另一种语言，&lt;b&gt;每日简报&lt;/b&gt;则把今天的文章归为若干话题并分别概括。&lt;/p&gt;&lt;p&gt;选择&lt;b&gt;在本机&lt;/b&gt;时，所有处理都在这台计算机上完成，不会向任何地方发送内容。选择&lt;b&gt;兼容 OpenAI 的服务器&lt;/b&gt;时，文章的标题和正文（不超过下方的文本上限）会连同 API 密钥一起发送到您所填地址上的服务器。在您请求摘要、要点、翻译或简报之前，不会发送任何内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>处理位置</translation>
    </message>
    <message>
        <source>On this computer (summary and key points only)</source>
        <translation>在本机（仅限摘要和要点）</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>兼容 OpenAI 的服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>刷新模型列表</translation>
    </message>
    <message>
        <source>Not needed by most local servers</source>
        <translation>大多数本地服务器不需要</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>保存在系统密钥环中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A server that sends nothing for this long is given up.</source>
        <translation>服务器在这段时间内没有发送任何内容时，将放弃等待。</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Longer articles are cut to this many characters before they are sent.</source>
        <translation>较长的文章在发送前会被截断为此字符数。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <source>Send at most</source>
        <translation>最多发送</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Translate to</source>
        <translation>翻译为</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>每日简报</translation>
    </message>
    <message>
        <source>AI Features</source>
        <translation>AI 功能</translation>
    </message>
    <message>
        <source>The API key cannot be kept: %1 It is not written anywhere else.</source>
        <translation>无法保存 API 密钥：%1 密钥不会写入其他任何地方。</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>正在向服务器获取模型列表…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>服务器提供 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>翻译语言</translation>
    </message>
</context>
<context>
    <name>Ui::AppearanceSettingsPage</name>
    <message>
        <source>Comfortable: title, source, excerpt and picture</source>
        <translation>宽松：标题、来源、摘要和图片</translation>
    </message>
    <message>
        <source>Compact: one line per article</source>
        <translation>紧凑：每篇文章一行</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>系统大小</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>强调色</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>文章列表</translation>
    </message>
    <message>
        <source>List font size</source>
        <translation>列表字号</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>Ui::ArticleCommands</name>
    <message>
        <source>Save Article as PDF</source>
        <translation>将文章另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>The article could not be saved as %1.</source>
        <translation>无法将文章保存为 %1。</translation>
    </message>
</context>
<context>
    <name>Ui::ArticleDelegate</name>
    <message>
        <source># %1</source>
        <extracomment>Before an article&apos;s tags in the list, e.g. &quot;# politics, local&quot;.</extracomment>
        <translation># %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more sources</source>
        <translation>
            <numerusform>+ 另外 %n 个来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ArticleListPane</name>
    <message>
        <source>Search (/)</source>
        <translation>搜索 (/)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Newest first; each article says whether it is unread or bookmarked</source>
        <translation>最新的在前；每篇文章都会说明是否未读或已加书签</translation>
    </message>
    <message>
        <source>Words match as prefixes; &quot;quoted words&quot; as a phrase; -word excludes.
Operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before: and after: a date (2026-12-31, today, yesterday, 7d).</source>
        <translation>词语按前缀匹配；&quot;加引号的词语&quot;按短语匹配；-词语 表示排除。
运算符：title:、author:、source:、is:unread、is:read、is:bookmarked、before: 和 after: 加日期（2026-12-31、today、yesterday、7d）。</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>保存此搜索</translation>
    </message>
    <message>
        <source>Save this search as a view in the source tree</source>
        <translation>将此搜索保存为来源树中的视图</translation>
    </message>
    <message>
        <source>No article here matches “%1”.
Words match as prefixes; fewer words find more.</source>
        <translation>此处没有与“%1”匹配的文章。
词语按前缀匹配；词越少，找到的越多。</translation>
    </message>
</context>
<context>
    <name>Ui::ArticlePane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>选择一篇文章以在此阅读。</translation>
    </message>
    <message>
        <source>Tidings cannot show articles: %1</source>
        <translation>Tidings 无法显示文章：%1</translation>
    </message>
</context>
<context>
    <name>Ui::CardsView</name>
    <message>
        <source>Article cards</source>
        <translation>文章卡片</translation>
    </message>
    <message>
        <source>Arrow keys move between the cards; Enter reads one on its own.</source>
        <translation>用方向键在卡片之间移动；按回车键单独阅读一篇。</translation>
    </message>
</context>
<context>
    <name>Ui::EmptyStateWidget</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>欢迎使用 Tidings</translation>
    </message>
    <message>
        <source>Add the news sites and feeds you follow, and their new articles will gather here. Give Tidings a website&apos;s address and it finds the feed for you.</source>
        <translation>添加您关注的新闻网站和订阅源，它们的新文章会汇集到这里。只要给 Tidings 一个网站地址，它就会为您找到订阅源。</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>导入 OPML…</translation>
    </message>
    <message>
        <source>World news</source>
        <translation>国际新闻</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>科技</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>科学</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商业</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Or start with some well-known feeds:</source>
        <translation>或者从一些知名订阅源开始：</translation>
    </message>
    <message>
        <source>Well-known feeds</source>
        <translation>知名订阅源</translation>
    </message>
    <message>
        <source>Subscribe to the ticked feeds</source>
        <translation>订阅勾选的订阅源</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>订阅订阅源或网站</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file from another reader</source>
        <translation>订阅其他阅读器导出的 OPML 文件中列出的订阅源</translation>
    </message>
    <message>
        <source>Topics and their feeds; Space ticks one, then subscribe to the ticked feeds</source>
        <translation>主题及其订阅源；按空格键勾选一个，然后订阅勾选的订阅源</translation>
    </message>
    <message>
        <source>Subscribe to the feeds ticked above</source>
        <translation>订阅上方勾选的订阅源</translation>
    </message>
</context>
<context>
    <name>Ui::GeneralSettingsPage</name>
    <message>
        <source>Refresh all sources when Tidings starts</source>
        <translation>Tidings 启动时刷新所有来源</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Check for new articles every</source>
        <translation>检查新文章的间隔</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>A new language takes effect when Tidings restarts.</source>
        <translation>新语言将在 Tidings 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> 篇文章</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Keep Tidings running in the tray when the window is closed</source>
        <translation>关闭窗口后让 Tidings 在托盘中继续运行</translation>
    </message>
    <message>
        <source>Notify about new articles found in the background</source>
        <translation>在后台发现新文章时发出通知</translation>
    </message>
    <message>
        <source>Mark the selected article as read</source>
        <translation>选中文章后多久标记为已读</translation>
    </message>
    <message>
        <source>Remove read articles after</source>
        <translation>已读文章的保留期限</translation>
    </message>
    <message>
        <source>Keep per source at most</source>
        <translation>每个来源最多保留</translation>
    </message>
    <message>
        <source>Bookmarked articles are always kept, whatever their age.</source>
        <translation>已加书签的文章无论多久都会一直保留。</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryMaintenance</name>
    <message>
        <source>Tidings found damage in your library (%1). Quit and start Tidings again: it then keeps a copy of the damaged file and recovers everything that can be read.</source>
        <translation>Tidings 在您的资料库中发现了损坏（%1）。请退出并重新启动 Tidings：它会保留损坏文件的副本，并恢复所有可读取的内容。</translation>
    </message>
</context>
<context>
    <name>Ui::LibrarySettingsPage</name>
    <message>
        <source>Tidings backs up your library once a day while you leave it alone, and keeps the newest %1 backups in %2. It also checks the library for damage once a week.</source>
        <translation>在您不使用资料库时，Tidings 每天备份一次，并在 %2 中保留最新的 %1 个备份。它还会每周检查一次资料库是否损坏。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check Library Now</source>
        <translation>立即检查资料库(&amp;C)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>资料库完好无损。</translation>
    </message>
    <message>
        <source>The library is damaged: %1. Start Tidings again to repair it.</source>
        <translation>资料库已损坏：%1。请重新启动 Tidings 进行修复。</translation>
    </message>
    <message>
        <source>The library was restored. Start Tidings again to see it everywhere.</source>
        <translation>资料库已恢复。请重新启动 Tidings，使其在各处生效。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Restore the Library</source>
        <translation>恢复资料库</translation>
    </message>
    <message>
        <source>Replace your library with the backup of %1?</source>
        <translation>要用 %1 的备份替换您的资料库吗？</translation>
    </message>
    <message>
        <source>The library as it is now is kept as before-restore.sqlite in the backups folder.</source>
        <translation>当前的资料库将以 before-restore.sqlite 保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;Add Source…</source>
        <translation>添加来源(&amp;A)…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>导入 OPML(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>导出 OPML(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Bookmarks…</source>
        <translation>导出书签(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>全部刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>显示工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compact List</source>
        <translation>紧凑列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>下一篇未读文章(&amp;U)</translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation>向下滚动或下一篇未读</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>标记为已读/未读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>全部标记为已读(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>关于 Tidings(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>Share by &amp;E-mail…</source>
        <translation>通过电子邮件分享(&amp;E)…</translation>
    </message>
    <message>
        <source>Load &amp;Full Article</source>
        <translation>加载完整文章(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>订阅订阅源或网站</translation>
    </message>
    <message>
        <source>Create a folder for sources</source>
        <translation>创建用于存放来源的文件夹</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file</source>
        <translation>订阅 OPML 文件中列出的订阅源</translation>
    </message>
    <message>
        <source>Save your subscriptions as an OPML file</source>
        <translation>将您的订阅保存为 OPML 文件</translation>
    </message>
    <message>
        <source>Save your bookmarked articles as a web page</source>
        <translation>将您加了书签的文章保存为网页</translation>
    </message>
    <message>
        <source>Fetch new articles from every source</source>
        <translation>从所有来源获取新文章</translation>
    </message>
    <message>
        <source>Close Tidings</source>
        <translation>关闭 Tidings</translation>
    </message>
    <message>
        <source>Show or hide the tool bar</source>
        <translation>显示或隐藏工具栏</translation>
    </message>
    <message>
        <source>Use the whole screen for the window</source>
        <translation>让窗口占满整个屏幕</translation>
    </message>
    <message>
        <source>Show more articles in the list, without excerpts</source>
        <translation>在列表中显示更多文章，不显示摘要</translation>
    </message>
    <message>
        <source>Search the articles of the current view</source>
        <translation>在当前视图的文章中搜索</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>将键盘焦点移到下一个窗格</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>将键盘焦点移到上一个窗格</translation>
    </message>
    <message>
        <source>Show the next article in the list</source>
        <translation>显示列表中的下一篇文章</translation>
    </message>
    <message>
        <source>Show the previous article in the list</source>
        <translation>显示列表中的上一篇文章</translation>
    </message>
    <message>
        <source>Show the next unread article</source>
        <translation>显示下一篇未读文章</translation>
    </message>
    <message>
        <source>Scroll the article down, or go to the next unread one at its end</source>
        <translation>向下滚动文章，到达末尾时转到下一篇未读文章</translation>
    </message>
    <message>
        <source>Mark the article as read or unread</source>
        <translation>将文章标记为已读或未读</translation>
    </message>
    <message>
        <source>Bookmark the article, or remove its bookmark</source>
        <translation>为文章添加书签，或移除其书签</translation>
    </message>
    <message>
        <source>Open the article&apos;s web page in your browser</source>
        <translation>在浏览器中打开文章的网页</translation>
    </message>
    <message>
        <source>Copy the address of the article&apos;s web page</source>
        <translation>复制文章网页的地址</translation>
    </message>
    <message>
        <source>Write an e-mail with a link to the article</source>
        <translation>撰写一封包含文章链接的电子邮件</translation>
    </message>
    <message>
        <source>Load the whole article from its web page</source>
        <translation>从文章的网页加载完整文章</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>打印文章</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>将文章保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Make the article&apos;s text larger</source>
        <translation>放大文章文字</translation>
    </message>
    <message>
        <source>Make the article&apos;s text smaller</source>
        <translation>缩小文章文字</translation>
    </message>
    <message>
        <source>Show the article&apos;s text at its normal size</source>
        <translation>以正常大小显示文章文字</translation>
    </message>
    <message>
        <source>Mark every article of the current view as read</source>
        <translation>将当前视图中的所有文章标记为已读</translation>
    </message>
    <message>
        <source>Undo the last change to read states</source>
        <translation>撤销对已读状态的最近一次更改</translation>
    </message>
    <message>
        <source>Change how Tidings refreshes, looks and reads</source>
        <translation>更改 Tidings 的刷新、外观和阅读方式</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>列出键盘快捷键</translation>
    </message>
    <message>
        <source>Show Tidings&apos; version</source>
        <translation>显示 Tidings 的版本</translation>
    </message>
    <message>
        <source>Show the version of Qt</source>
        <translation>显示 Qt 的版本</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>下一个窗格(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一个窗格(&amp;V)</translation>
    </message>
    <message>
        <source>Sources, the article list and the article side by side</source>
        <translation>来源、文章列表和文章并排显示</translation>
    </message>
    <message>
        <source>The articles as a grid of cards; Enter opens one</source>
        <translation>以卡片网格显示文章；按回车键打开一篇</translation>
    </message>
    <message>
        <source>The article list above the article</source>
        <translation>文章列表位于文章上方</translation>
    </message>
    <message>
        <source>Only the article; Esc or F11 returns</source>
        <translation>只显示文章；按 Esc 或 F11 返回</translation>
    </message>
    <message>
        <source>Show the sources and the articles again</source>
        <translation>重新显示来源和文章</translation>
    </message>
    <message>
        <source>&amp;Three Panes</source>
        <translation>三窗格(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>卡片(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>宽屏(&amp;W)</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>专注模式(&amp;O)</translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation>退出专注模式</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Mute Words…</source>
        <translation>屏蔽词(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>Ui::MainStatusBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>刷新进度</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>正在刷新 %1/%2</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2: %3</source>
        <translation>正在刷新 %1/%2：%3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refresh progress, results and errors</source>
        <translation>刷新进度、结果和错误</translation>
    </message>
    <message>
        <source>Undoes the last change</source>
        <translation>撤销最近一次更改</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>标记为已读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>关于 Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A news reader for people who read many sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;为阅读众多来源的人打造的新闻阅读器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Subscribe to “%1”?</source>
        <translation>订阅“%1”？</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>导入 OPML</translation>
    </message>
    <message numerus="yes">
        <source>Import %n source(s) from “%1”?</source>
        <translation>
            <numerusform>从“%1”导入 %n 个来源？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) as read.</source>
        <translation>
            <numerusform>已将 %n 篇文章标记为已读。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>这里没有未读内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); %1 source(s) failed</source>
        <translation>
            <numerusform>%n 篇新文章；%1 个来源失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>The articles of the chosen source or view</source>
        <translation>所选来源或视图中的文章</translation>
    </message>
    <message>
        <source>The article being read, with related articles; F6 and Shift+F6 leave it</source>
        <translation>正在阅读的文章及相关文章；按 F6 或 Shift+F6 离开</translation>
    </message>
    <message>
        <source>The Refresh Stopped</source>
        <translation>刷新已停止</translation>
    </message>
    <message>
        <source>Your Library Is Damaged</source>
        <translation>您的资料库已损坏</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index: %Ln article(s) to go</source>
        <translation>
            <numerusform>正在更新搜索索引：还剩 %Ln 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MuteDialog</name>
    <message>
        <source>Mute Words</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <source>Articles with this word or phrase in their title or text are hidden until the end of the day you choose.</source>
        <translation>标题或正文中含有此词或短语的文章将被隐藏，直到您所选日期的结束。</translation>
    </message>
    <message>
        <source>A word from the title, or your own</source>
        <translation>标题中的一个词，或您自己的词</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>屏蔽(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>词语(&amp;W)：</translation>
    </message>
    <message>
        <source>Hide &amp;until the end of:</source>
        <translation>隐藏至以下日期结束(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Ui::NetworkSettingsPage</name>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>手动设置 HTTP 代理</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A download that receives nothing for this long is given up.</source>
        <translation>下载在这段时间内没有收到任何数据时，将放弃下载。</translation>
    </message>
    <message>
        <source>Sent to every site as the name of the program. Leave empty for Tidings&apos; own.</source>
        <translation>作为程序名称发送给每个网站。留空则使用 Tidings 自己的名称。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Give up a silent download after</source>
        <translation>无响应下载的超时时间</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>Ui::OpenRequest</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>“%1” is too large to be a feed or a subscription list.</source>
        <translation>“%1”太大，不可能是订阅源或订阅列表。</translation>
    </message>
    <message>
        <source>“%1” is neither a feed nor an OPML subscription list.</source>
        <translation>“%1”既不是订阅源，也不是 OPML 订阅列表。</translation>
    </message>
</context>
<context>
    <name>Ui::ReadingSettingsPage</name>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Load images from the web in articles</source>
        <translation>在文章中加载网络图片</translation>
    </message>
    <message>
        <source>Images are fetched without cookies or referrer; turned off, a site cannot tell when an article is read.</source>
        <translation>获取图片时不发送 Cookie 或 Referrer；关闭此项后，网站无法得知文章何时被阅读。</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>文章字号</translation>
    </message>
    <message>
        <source>Show the same story from several sources as one row</source>
        <translation>将来自多个来源的同一新闻显示为一行</translation>
    </message>
    <message>
        <source>Reading one source&apos;s article marks the other sources&apos; read</source>
        <translation>阅读某个来源的文章时，将其他来源的同一文章标记为已读</translation>
    </message>
</context>
<context>
    <name>Ui::RuleApplyController</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Applying the rule to your articles…</source>
        <translation>正在将规则应用于您的文章…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Ui::RuleEditDialog</name>
    <message>
        <source>Edit Rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>e.g. Football results</source>
        <translation>例如：足球比分</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Any of these conditions holds</source>
        <translation>满足其中任一条件</translation>
    </message>
    <message>
        <source>All of these conditions hold</source>
        <translation>满足所有条件</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>添加条件(&amp;A)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>标记为已读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Hide (only the Hidden view shows it)</source>
        <translation>隐藏(&amp;H)（仅在“已隐藏”视图中显示）</translation>
    </message>
    <message>
        <source>Notify &amp;me</source>
        <translation>通知我(&amp;M)</translation>
    </message>
    <message>
        <source>Add the ta&amp;g</source>
        <translation>添加标签(&amp;G)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>High&amp;light in the list</source>
        <translation>在列表中突出显示(&amp;L)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>试一试(&amp;T)</translation>
    </message>
    <message>
        <source>Count the articles of your library this rule would match</source>
        <translation>统计资料库中此规则会匹配的文章数</translation>
    </message>
    <message>
        <source>Articles the rule would match</source>
        <translation>规则会匹配的文章</translation>
    </message>
    <message>
        <source>Looking at %1 of %2 articles…</source>
        <translation>正在查看 %2 篇文章中的 %1 篇…</translation>
    </message>
    <message numerus="yes">
        <source>Would match %n article(s)</source>
        <translation>
            <numerusform>会匹配 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Part of the article</source>
        <translation>文章的部分</translation>
    </message>
    <message>
        <source>How it matches</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>要查找的文本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>移除此条件</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>突出显示颜色</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Give a condition a text to look for.</source>
        <translation>请为条件填写要查找的文本。</translation>
    </message>
    <message>
        <source>Choose what the rule does.</source>
        <translation>请选择规则要执行的操作。</translation>
    </message>
</context>
<context>
    <name>Ui::RulesController</name>
    <message>
        <source>Tag Article</source>
        <translation>为文章添加标签</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Mute Words</source>
        <translation>屏蔽词</translation>
    </message>
</context>
<context>
    <name>Ui::RulesSettingsPage</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rules act on new articles as they arrive. A rule you save also runs once on the articles you already have.</source>
        <translation>规则会在新文章到达时对其生效。保存的规则还会对您已有的文章运行一次。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Mute words</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>A word or phrase to hide</source>
        <translation>要隐藏的词或短语</translation>
    </message>
    <message>
        <source>Word to mute</source>
        <translation>要屏蔽的词</translation>
    </message>
    <message>
        <source>Hide until</source>
        <translation>隐藏至</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>屏蔽(&amp;M)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>until the end of</source>
        <translation>隐藏至以下日期结束</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>直到 %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Remove the rule “%1”? What it already did to articles stays.</source>
        <translation>要删除规则“%1”吗？它已对文章所做的更改将保留。</translation>
    </message>
</context>
<context>
    <name>Ui::SavedSearchController</name>
    <message>
        <source>Save This Search</source>
        <translation>保存此搜索</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>已保存的搜索的名称：</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>无法保存搜索</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation>无法删除已保存的搜索</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Open in Browser (article list)</source>
        <translation>在浏览器中打开（文章列表）</translation>
    </message>
</context>
<context>
    <name>Ui::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Load the full article from the website</source>
        <translation>从网站加载完整文章</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Feed address:</source>
        <translation>订阅源地址(&amp;F)：</translation>
    </message>
    <message>
        <source>Only for feeds that ask for one</source>
        <translation>仅用于需要登录的订阅源</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the library or the settings file.</source>
        <translation>保存在系统密钥环中，绝不会写入资料库或设置文件。</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>使用默认值</translation>
    </message>
    <message>
        <source>&amp;Paused: not refreshed until resumed</source>
        <translation>已暂停(&amp;P)：恢复前不刷新</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>最近的错误：</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be saved. It is not written anywhere else; clear it to save the other changes.</source>
        <translation>没有可用的系统密钥环，因此无法保存密码。密码不会写入其他任何地方；请清空密码以保存其他更改。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>Ui::SourcePane</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>新文件夹的名称：</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>删除文件夹</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its sources move up a level.</source>
        <translation>删除文件夹“%1”？其中的来源会上移一级。</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are removed, except the bookmarked ones.</source>
        <translation>取消订阅“%1”？其文章将被删除，已加书签的除外。</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Mark All as &amp;Read</source>
        <translation>全部标记为已读(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open Website</source>
        <translation>打开网站(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notify About New Articles</source>
        <translation>新文章通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>取消订阅(&amp;U)…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>删除文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Views, folders and sources, each with its number of unread articles; the menu key opens a source&apos;s commands</source>
        <translation>视图、文件夹和来源，各自显示未读文章数；按菜单键可打开来源的命令</translation>
    </message>
    <message>
        <source>New Ru&amp;le for This Source…</source>
        <translation>为此来源新建规则(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>删除已保存的搜索(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Ui::SourcesSettingsPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Folders and sources</source>
        <translation>文件夹和来源</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Subscribe to a feed</source>
        <translation>订阅一个订阅源</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected source (Enter)</source>
        <translation>修改所选来源 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected source, or delete the selected folder (Delete)</source>
        <translation>取消订阅所选来源，或删除所选文件夹 (Delete)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Make a folder inside the selected one, or at the top</source>
        <translation>在所选文件夹中新建文件夹，或在顶层新建</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>导入 OPML(&amp;I)…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of a subscription list</source>
        <translation>订阅某个订阅列表中的订阅源</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>导出 OPML(&amp;X)…</translation>
    </message>
    <message>
        <source>Save your subscriptions as a subscription list</source>
        <translation>将您的订阅保存为订阅列表</translation>
    </message>
    <message>
        <source>Select a source to see its details.</source>
        <translation>选择一个来源以查看其详细信息。</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>订阅源：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Last fetched:</source>
        <translation>上次获取：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>最近的错误：</translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation>刷新：</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>已暂停：</translation>
    </message>
    <message>
        <source>Full article:</source>
        <translation>完整文章：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Changes on this page are made at once; Cancel does not undo them.</source>
        <translation>此页面上的更改会立即生效；点击“取消”不会撤销这些更改。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>新文件夹的名称：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>As set under General</source>
        <translation>按“常规”中的设置</translation>
    </message>
    <message>
        <source>Yes: not refreshed until resumed</source>
        <translation>是：恢复前不刷新</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Loaded from the website</source>
        <translation>从网站加载</translation>
    </message>
    <message>
        <source>As the feed gives it</source>
        <translation>使用订阅源提供的内容</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>Cannot subscribe</source>
        <translation>无法订阅</translation>
    </message>
    <message>
        <source>You are already subscribed to this feed.</source>
        <translation>您已订阅此订阅源。</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>导入 OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 文件 (*.opml *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 不是订阅列表：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>已导入 %n 个来源。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed or listed twice.</source>
        <translation>
            <numerusform>%n 个已订阅或重复列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n 个无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>导出 OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML 文件 (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Tidings 订阅</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Subscriptions exported to %1.</source>
        <translation>订阅已导出到 %1。</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation>网页 (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个书签导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be synced</source>
        <translation>
            <numerusform>%n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting — %1</source>
        <translation>
            <numerusform>%n 项更改等待发送——%1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be synced: %2</source>
        <translation>无法同步“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <source>Show Tidings</source>
        <translation>显示 Tidings</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread</source>
        <translation>
            <numerusform>Tidings：%n 篇未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more source(s)</source>
        <translation>
            <numerusform>以及另外 %n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n 篇新文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) matched your rules</source>
        <translation>
            <numerusform>%n 篇新文章匹配了您的规则</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::WebArticleView</name>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>阅读视图</translation>
    </message>
    <message>
        <source>Tab goes from link to link; F6 and Shift+F6 leave the page</source>
        <translation>Tab 键在链接间移动；按 F6 或 Shift+F6 离开页面</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>tidings: cannot open the window: %1</source>
        <translation>tidings：无法打开窗口：%1</translation>
    </message>
</context>
</TS>
