<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Ai::BuiltinProvider</name>
    <message>
        <source>The built-in summarizer cannot translate. Choose a language model server in the AI settings to translate articles.</source>
        <translation>Встроенное средство пересказа не умеет переводить. Чтобы переводить статьи, выберите сервер языковой модели в настройках ИИ.</translation>
    </message>
    <message>
        <source>The article has no text to summarize.</source>
        <translation>В статье нет текста для пересказа.</translation>
    </message>
    <message>
        <source>The article is too short to summarize.</source>
        <translation>Статья слишком короткая для пересказа.</translation>
    </message>
    <message>
        <source>Built-in summarizer (on this computer)</source>
        <translation>Встроенное средство пересказа (на этом компьютере)</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiErrors</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (Ответ сервера: %2)</translation>
    </message>
    <message>
        <source>The server at %1 sends requests to another address (HTTP %2). Enter that address in the AI settings: %3</source>
        <translation>Сервер %1 перенаправляет запросы на другой адрес (HTTP %2). Укажите этот адрес в настройках ИИ: %3</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key in the AI settings.</source>
        <translation>Сервер отклонил ключ API. Проверьте ключ в настройках ИИ.</translation>
    </message>
    <message>
        <source>The server at %1 does not know the model “%2”, or the address is not an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>Сервер %1 не знает модель «%2», или адрес не относится к API, совместимому с OpenAI (обычно он заканчивается на /v1).</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Сервер ограничивает запросы. Повторите попытку через %n секунду.</numerusform>
            <numerusform>Сервер ограничивает запросы. Повторите попытку через %n секунды.</numerusform>
            <numerusform>Сервер ограничивает запросы. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is limiting requests, or the account&apos;s quota is used up. Try again later.</source>
        <translation>Сервер ограничивает запросы, или квота учётной записи исчерпана. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server could not handle the request (HTTP %1). The article may be too long for the model; lower the text budget in the AI settings.</source>
        <translation>Сервер не смог обработать запрос (HTTP %1). Возможно, статья слишком длинная для модели; уменьшите лимит текста в настройках ИИ.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>На сервере %1 возникла проблема (HTTP %2). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Сервер ответил кодом состояния HTTP %1.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check that the server is running and the address and port are right.</source>
        <translation>По адресу %1 никто не отвечает (в соединении отказано). Проверьте, что сервер запущен, а адрес и порт указаны верно.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>Не удалось найти сервер %1. Проверьте адрес.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>Сервер %1 закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Время ожидания соединения с %1 истекло.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Не удалось установить защищённое соединение с %1.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Сеть недоступна.</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>Не удалось использовать прокси-сервер: %1</translation>
    </message>
    <message>
        <source>The address %1 is not an http or https address.</source>
        <translation>Адрес %1 не является адресом http или https.</translation>
    </message>
    <message>
        <source>Talking to the server at %1 failed: %2</source>
        <translation>Не удалось связаться с сервером %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent nothing for %n second(s) and was given up on. A large model may need a longer timeout in the AI settings.</source>
        <translation>
            <numerusform>Сервер ничего не присылал %n секунду, и ожидание прекращено. Большой модели может понадобиться более длительное время ожидания в настройках ИИ.</numerusform>
            <numerusform>Сервер ничего не присылал %n секунды, и ожидание прекращено. Большой модели может понадобиться более длительное время ожидания в настройках ИИ.</numerusform>
            <numerusform>Сервер ничего не присылал %n секунд, и ожидание прекращено. Большой модели может понадобиться более длительное время ожидания в настройках ИИ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not the JSON or event stream an OpenAI-compatible server sends.</source>
        <translation>Не удалось прочитать ответ сервера: это не JSON и не поток событий, которые отправляет сервер, совместимый с OpenAI.</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>Модель вернула пустой ответ.</translation>
    </message>
    <message>
        <source>The model declined to answer (its content filter stopped it).</source>
        <translation>Модель отказалась отвечать (её остановил фильтр содержимого).</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 Ответ модели: %2</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Сервер сообщил об ошибке: %1</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Сервер закрыл соединение, не завершив ответ.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is far longer than any summary; it was stopped.</source>
        <translation>Ответ сервера намного длиннее любого краткого содержания; он прерван.</translation>
    </message>
    <message>
        <source>No server address or model is set. Enter them in the AI settings.</source>
        <translation>Не указаны адрес сервера или модель. Введите их в настройках ИИ.</translation>
    </message>
    <message>
        <source>The article has no text to send.</source>
        <translation>В статье нет текста для отправки.</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiProvider</name>
    <message>
        <source>Language model server</source>
        <translation>Сервер языковой модели</translation>
    </message>
    <message>
        <source>Language model server at %1</source>
        <translation>Сервер языковой модели на %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s); choose one.</source>
        <translation>
            <numerusform>Подключено к %1. Сервер предлагает %n модель; выберите её.</numerusform>
            <numerusform>Подключено к %1. Сервер предлагает %n модели; выберите одну.</numerusform>
            <numerusform>Подключено к %1. Сервер предлагает %n моделей; выберите одну.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s), “%2” among them.</source>
        <translation>
            <numerusform>Подключено к %1. Сервер предлагает %n модель — «%2».</numerusform>
            <numerusform>Подключено к %1. Сервер предлагает %n модели, в том числе «%2».</numerusform>
            <numerusform>Подключено к %1. Сервер предлагает %n моделей, в том числе «%2».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1, but it does not offer the model “%2” (it offers %n model(s)).</source>
        <translation>
            <numerusform>Подключено к %1, но сервер не предлагает модель «%2» (он предлагает %n модель).</numerusform>
            <numerusform>Подключено к %1, но сервер не предлагает модель «%2» (он предлагает %n модели).</numerusform>
            <numerusform>Подключено к %1, но сервер не предлагает модель «%2» (он предлагает %n моделей).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ai::Reply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>Ai::ResultCache</name>
    <message>
        <source>The saved AI answers could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать сохранённые ответы ИИ: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AccountCommand</name>
    <message>
        <source>The user name on the server.</source>
        <translation>Имя пользователя на сервере.</translation>
    </message>
    <message>
        <source>A name for the account (default: the host).</source>
        <translation>Название учётной записи (по умолчанию — имя хоста).</translation>
    </message>
    <message>
        <source>tidings account: say add or remove</source>
        <translation>tidings account: укажите add или remove</translation>
    </message>
    <message>
        <source>tidings account add: give the password on standard input, e.g. `secret-tool lookup ... | tidings account add ...`, or in %1</source>
        <translation>tidings account add: передайте пароль через стандартный ввод, например `secret-tool lookup ... | tidings account add ...`, или в %1</translation>
    </message>
    <message>
        <source>the password could not be stored in the keyring: %1</source>
        <translation>не удалось сохранить пароль в связке ключей: %1</translation>
    </message>
    <message>
        <source>Added account %1; `tidings sync --account %1` fetches it.</source>
        <translation>Учётная запись %1 добавлена; `tidings sync --account %1` загрузит её.</translation>
    </message>
    <message>
        <source>tidings account remove: give one account id</source>
        <translation>tidings account remove: укажите один идентификатор учётной записи</translation>
    </message>
    <message>
        <source>Add a sync account (add TYPE URL --user NAME) or remove one (remove ID)</source>
        <translation>Добавить учётную запись синхронизации (add ТИП URL --user ИМЯ) или удалить её (remove ID)</translation>
    </message>
    <message>
        <source>add TYPE URL: a new account; TYPE is ttrss (Tiny Tiny RSS), greader (any Google Reader API server), freshrss, miniflux, or a hosted service whose URL may be left out: inoreader, theoldreader, bazqux. The password is read from standard input, or taken from TIDINGS_ACCOUNT_PASSWORD. remove ID: an account and its sources; its bookmarked articles stay.</source>
        <translation>add ТИП URL: новая учётная запись; ТИП — ttrss (Tiny Tiny RSS), greader (любой сервер с API Google Reader), freshrss, miniflux или размещённый сервис, URL которого можно не указывать: inoreader, theoldreader, bazqux. Пароль читается со стандартного ввода или берётся из TIDINGS_ACCOUNT_PASSWORD. remove ID: учётная запись и её источники; её статьи в закладках сохраняются.</translation>
    </message>
    <message>
        <source>tidings account add: give the server type (%1), the server&apos;s address and --user NAME</source>
        <translation>tidings account add: укажите тип сервера (%1), адрес сервера и --user ИМЯ</translation>
    </message>
</context>
<context>
    <name>Cli::AccountsCommand</name>
    <message>
        <source>List the accounts with their last sync and the changes waiting to be sent</source>
        <translation>Показать учётные записи с последней синхронизацией и изменениями, ожидающими отправки</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локальная</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ни разу не синхронизировалась</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>последняя ошибка: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AddCommand</name>
    <message>
        <source>Subscribe to a feed, or to the feed of a website</source>
        <translation>Подписаться на ленту или на ленту веб-сайта</translation>
    </message>
    <message>
        <source>A feed or website address, a feed: link or a local file.</source>
        <translation>Адрес ленты или веб-сайта, ссылка feed: или локальный файл.</translation>
    </message>
    <message>
        <source>Put the source in folder NAME (made if missing).</source>
        <translation>Поместить источник в папку NAME (будет создана, если её нет).</translation>
    </message>
    <message>
        <source>tidings add: give one address</source>
        <translation>tidings add: укажите один адрес</translation>
    </message>
    <message>
        <source>tidings: %1 offers %2 feeds; add one of them by its address:</source>
        <translation>tidings: %1 предлагает %2 лент; добавьте одну из них по её адресу:</translation>
    </message>
    <message>
        <source>Already subscribed to %1 (source %2)</source>
        <translation>Подписка на %1 уже есть (источник %2)</translation>
    </message>
    <message>
        <source>Added %1 (source %2)</source>
        <translation>Добавлено: %1 (источник %2)</translation>
    </message>
    <message>
        <source>the first fetch failed: %1</source>
        <translation>первая загрузка не удалась: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (source %2) with %n article(s)</source>
        <translation>
            <numerusform>Добавлено: %1 (источник %2), %n статья</numerusform>
            <numerusform>Добавлено: %1 (источник %2), %n статьи</numerusform>
            <numerusform>Добавлено: %1 (источник %2), %n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::ArticleStateCommand</name>
    <message>
        <source>Mark an article as read (or unread)</source>
        <translation>Отметить статью как прочитанную (или непрочитанную)</translation>
    </message>
    <message>
        <source>Bookmark an article (or remove the bookmark)</source>
        <translation>Добавить статью в закладки (или убрать закладку)</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>Идентификатор статьи, как его показывает `tidings articles`.</translation>
    </message>
    <message>
        <source>Mark it as unread instead.</source>
        <translation>Вместо этого отметить как непрочитанную.</translation>
    </message>
    <message>
        <source>Remove the bookmark instead.</source>
        <translation>Вместо этого убрать закладку.</translation>
    </message>
    <message>
        <source>tidings %1: give one article id</source>
        <translation>tidings %1: укажите один идентификатор статьи</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>статьи %1 нет</translation>
    </message>
</context>
<context>
    <name>Cli::ArticlesCommand</name>
    <message>
        <source>Search articles by title, author and text</source>
        <translation>Искать статьи по заголовку, автору и тексту</translation>
    </message>
    <message>
        <source>List articles, newest first</source>
        <translation>Показать статьи, сначала новые</translation>
    </message>
    <message>
        <source>Only articles of source ID.</source>
        <translation>Только статьи источника ID.</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>Только непрочитанные статьи.</translation>
    </message>
    <message>
        <source>Only bookmarked articles.</source>
        <translation>Только статьи в закладках.</translation>
    </message>
    <message>
        <source>At most N articles (default 50; 0: all).</source>
        <translation>Не более N статей (по умолчанию 50; 0 — все).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
    <message>
        <source>tidings search: give the words to search for</source>
        <translation>tidings search: укажите слова для поиска</translation>
    </message>
    <message>
        <source>tidings %1: --source takes a source id</source>
        <translation>tidings %1: --source ожидает идентификатор источника</translation>
    </message>
    <message>
        <source>tidings %1: --limit takes a number</source>
        <translation>tidings %1: --limit ожидает число</translation>
    </message>
    <message>
        <source>Words (prefix matched), &quot;exact phrases&quot;, -excluded, and operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE</source>
        <translation>Слова (совпадение по началу слова), &quot;точные фразы&quot;, -исключённые и операторы: title:, author:, source:, is:unread, is:read, is:bookmarked, before:ДАТА, after:ДАТА</translation>
    </message>
    <message>
        <source>Only articles matching QUERY: words, &quot;phrases&quot;, -excluded, and operators (title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE).</source>
        <translation>Только статьи, соответствующие ЗАПРОСУ: слова, &quot;фразы&quot;, -исключённые и операторы (title:, author:, source:, is:unread, is:read, is:bookmarked, before:ДАТА, after:ДАТА).</translation>
    </message>
    <message>
        <source>tidings %1: %2</source>
        <translation>tidings %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::BackupCommand</name>
    <message>
        <source>Back up the library (the newest three backups are kept)</source>
        <translation>Создать резервную копию библиотеки (хранятся три последние резервные копии)</translation>
    </message>
    <message>
        <source>Backed up the library to %1.</source>
        <translation>Резервная копия библиотеки сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>Cli::BriefingCommand</name>
    <message>
        <source>Show today&apos;s news as stories, each with a short summary</source>
        <translation>Показать сегодняшние новости в виде сюжетов, каждый с кратким содержанием</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; stories (default 10).</source>
        <translation>Показать не более &lt;n&gt; сюжетов (по умолчанию 10).</translation>
    </message>
    <message>
        <source>briefing takes no arguments</source>
        <translation>briefing не принимает аргументов</translation>
    </message>
    <message>
        <source>--max needs a number between 1 and 1000</source>
        <translation>--max требует число от 1 до 1000</translation>
    </message>
    <message>
        <source>No articles today.</source>
        <translation>Сегодня статей нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from %1, latest at %2</source>
        <translation>
            <numerusform>%n статья из %1, последняя в %2</numerusform>
            <numerusform>%n статьи из %1, последняя в %2</numerusform>
            <numerusform>%n статей из %1, последняя в %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::CheckCommand</name>
    <message>
        <source>Check the library for damage (exit 1 when damaged)</source>
        <translation>Проверить библиотеку на повреждения (код выхода 1, если она повреждена)</translation>
    </message>
    <message>
        <source>Repair a damaged library: keep a copy of it and recover what can be read.</source>
        <translation>Восстановить повреждённую библиотеку: сохранить её копию и восстановить всё, что удастся прочитать.</translation>
    </message>
    <message>
        <source>There is no library at %1 yet.</source>
        <translation>В %1 ещё нет библиотеки.</translation>
    </message>
    <message>
        <source>The library %1 is intact.</source>
        <translation>Библиотека %1 не повреждена.</translation>
    </message>
    <message>
        <source>The library %1 is damaged:</source>
        <translation>Библиотека %1 повреждена:</translation>
    </message>
    <message>
        <source>tidings: run `tidings check --repair` to keep a copy of the damaged file and recover what can be read.</source>
        <translation>tidings: выполните `tidings check --repair`, чтобы сохранить копию повреждённого файла и восстановить всё, что удастся прочитать.</translation>
    </message>
    <message>
        <source>The search index %1 was damaged; it is rebuilt the next time the library is opened.</source>
        <translation>Поисковый индекс %1 был повреждён; он будет перестроен при следующем открытии библиотеки.</translation>
    </message>
</context>
<context>
    <name>Cli::Context</name>
    <message>
        <source>The search index could not be updated; it is tried again next time.</source>
        <translation>Не удалось обновить поисковый индекс; попытка будет повторена в следующий раз.</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index (%Ln changes)…</source>
        <translation>
            <numerusform>Обновление поискового индекса (%Ln изменение)…</numerusform>
            <numerusform>Обновление поискового индекса (%Ln изменения)…</numerusform>
            <numerusform>Обновление поискового индекса (%Ln изменений)…</numerusform>
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
Общие параметры (до или после команды):
  --profile DIR  Хранить все данные в DIR вместо стандартной папки данных
                 (переменная окружения TIDINGS_PROFILE делает то же самое)
  --verbose      Выводить отладочные сообщения категорий журнала tidings.*
  -h, --help     Показать эту справку; «tidings COMMAND --help» показывает параметры команды
  --version      Показать версию
</translation>
    </message>
    <message>
        <source>tidings: unknown command &apos;%1&apos;</source>
        <translation>tidings: неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Попробуйте «%1 --help».</translation>
    </message>
    <message>
        <source>Usage: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
       tidings [--profile DIR] [FILE | URL]...

Tidings is a news reader. Without a command it opens its window. Given
feed files or links, it offers to subscribe to them; given OPML files, to
import them.

Commands:
</source>
        <translation>Использование: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
                tidings [--profile DIR] [FILE | URL]...

Tidings — программа для чтения новостей. Без команды она открывает своё окно.
Если ей переданы файлы или ссылки на ленты, она предлагает подписаться на них,
а если файлы OPML — импортировать их.

Команды:
</translation>
    </message>
</context>
<context>
    <name>Cli::ExportBookmarksCommand</name>
    <message>
        <source>Write the bookmarked articles as a web page or JSON</source>
        <translation>Записать статьи из закладок как веб-страницу или JSON</translation>
    </message>
    <message>
        <source>html: a web page of links (the default); json: an array of objects with title, link, source and date.</source>
        <translation>html: веб-страница со ссылками (по умолчанию); json: массив объектов с заголовком, ссылкой, источником и датой.</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Куда записать (по умолчанию — в стандартный вывод).</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: give at most one file</source>
        <translation>tidings export-bookmarks: укажите не более одного файла</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: --format is html or json</source>
        <translation>tidings export-bookmarks: --format может быть html или json</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ExportOpmlCommand</name>
    <message>
        <source>Write the subscriptions as an OPML file</source>
        <translation>Записать подписки в файл OPML</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Куда записать (по умолчанию — в стандартный вывод).</translation>
    </message>
    <message>
        <source>tidings export-opml: give at most one file</source>
        <translation>tidings export-opml: укажите не более одного файла</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Подписки Tidings</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ExtractCommand</name>
    <message>
        <source>Print the article text of a web page (a file or an http(s) URL)</source>
        <translation>Вывести текст статьи с веб-страницы (файл или URL http(s))</translation>
    </message>
    <message>
        <source>Print the sanitized HTML instead of text.</source>
        <translation>Вывести очищенный HTML вместо текста.</translation>
    </message>
    <message>
        <source>The web page: a file, or an http(s) URL.</source>
        <translation>Веб-страница: файл или URL http(s).</translation>
    </message>
    <message>
        <source>extract needs exactly one FILE or URL</source>
        <translation>extract требует ровно один FILE или URL</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 больше %2 МБ</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ImportOpmlCommand</name>
    <message>
        <source>Subscribe to the feeds of an OPML file, keeping its folders</source>
        <translation>Подписаться на ленты из файла OPML с сохранением его папок</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>Файл OPML.</translation>
    </message>
    <message>
        <source>tidings import-opml: give one file</source>
        <translation>tidings import-opml: укажите один файл</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable OPML file: %2</source>
        <translation>%1 — непригодный файл OPML: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 skipped (already subscribed or listed twice), %4 failed</source>
        <translation>Импортировано из %1: добавлено — %2, пропущено — %3 (уже есть подписка или указано дважды), с ошибкой — %4</translation>
    </message>
</context>
<context>
    <name>Cli::InfoCommand</name>
    <message>
        <source>Show the version, the profile folder and the library</source>
        <translation>Показать версию, папку профиля и библиотеку</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>--profile needs a folder, as in --profile DIR</source>
        <translation>--profile требует папку, например --profile DIR</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor a feed link</source>
        <translation>«%1» — не файл и не ссылка на ленту</translation>
    </message>
</context>
<context>
    <name>Cli::MuteCommand</name>
    <message>
        <source>Hide articles with a word until a date; list or remove mute words</source>
        <translation>Скрывать статьи со словом до указанной даты; показать или удалить скрытые слова</translation>
    </message>
    <message>
        <source>The word or phrase; articles with it in the title or text are hidden.</source>
        <translation>Слово или фраза; статьи, содержащие его в заголовке или тексте, скрываются.</translation>
    </message>
    <message>
        <source>When the mute ends: a date (YYYY-MM-DD, to the end of that day), a date and time, or a number of days or hours (7d, 12h).</source>
        <translation>Когда скрытие заканчивается: дата (ГГГГ-ММ-ДД, до конца этого дня), дата и время или число дней или часов (7d, 12h).</translation>
    </message>
    <message>
        <source>List the mute words, expired ones too.</source>
        <translation>Показать скрытые слова, включая истёкшие.</translation>
    </message>
    <message>
        <source>Remove a mute word.</source>
        <translation>Удалить скрытое слово.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>С --list: вывести массив JSON.</translation>
    </message>
    <message>
        <source>tidings mute: give one word (quote a phrase)</source>
        <translation>tidings mute: укажите одно слово (фразу заключите в кавычки)</translation>
    </message>
    <message>
        <source>tidings mute: --until needs a date in the future, such as 2026-12-31 or 7d</source>
        <translation>tidings mute: для --until нужна дата в будущем, например 2026-12-31 или 7d</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>истекло %1</translation>
    </message>
    <message>
        <source>mute %1: &quot;%2&quot; until %3</source>
        <translation>скрытие %1: &quot;%2&quot; до %3</translation>
    </message>
</context>
<context>
    <name>Cli::ParseCommand</name>
    <message>
        <source>Parse a feed file (or - for standard input) and print it as JSON</source>
        <translation>Разобрать файл ленты (или - для стандартного ввода) и вывести его в формате JSON</translation>
    </message>
    <message>
        <source>Resolve relative links against &lt;url&gt; (the feed&apos;s address).</source>
        <translation>Разрешать относительные ссылки относительно &lt;url&gt; (адреса ленты).</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the document came with (for its charset).</source>
        <translation>HTTP Content-Type, с которым пришёл документ (для определения кодировки).</translation>
    </message>
    <message>
        <source>Refuse documents larger than &lt;mib&gt; MiB (default 32).</source>
        <translation>Отклонять документы больше &lt;mib&gt; МиБ (по умолчанию 32).</translation>
    </message>
    <message>
        <source>The feed document, or - for standard input.</source>
        <translation>Документ ленты или - для стандартного ввода.</translation>
    </message>
    <message>
        <source>parse needs exactly one FILE (or -)</source>
        <translation>parse требует ровно один FILE (или -)</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL</source>
        <translation>--base-url требует абсолютный URL</translation>
    </message>
    <message>
        <source>--max-size needs a number of MiB between 0 and 4096</source>
        <translation>--max-size требует число МиБ от 0 до 4096</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>не удаётся писать в стандартный вывод</translation>
    </message>
</context>
<context>
    <name>Cli::RefreshCommand</name>
    <message>
        <source>Fetch new articles from every source, or from the given ones</source>
        <translation>Загрузить новые статьи из всех источников или из указанных</translation>
    </message>
    <message>
        <source>Refresh only source ID (repeatable).</source>
        <translation>Обновить только источник ID (можно повторять).</translation>
    </message>
    <message>
        <source>Download at most N feeds at once (default 12).</source>
        <translation>Загружать не более N лент одновременно (по умолчанию 12).</translation>
    </message>
    <message>
        <source>tidings refresh: &apos;%1&apos; is not a source id</source>
        <translation>tidings refresh: «%1» — не идентификатор источника</translation>
    </message>
    <message>
        <source>tidings refresh: --jobs takes a number from 1 to 64</source>
        <translation>tidings refresh: --jobs ожидает число от 1 до 64</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>no source with that id</source>
        <translation>нет источника с таким идентификатором</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n source(s): %1 ok (%2 not modified), %3 failed; %4 new and %5 updated articles</source>
        <translation>
            <numerusform>Обновлён %n источник: успешно — %1 (без изменений — %2), с ошибкой — %3; новых статей — %4, обновлённых — %5</numerusform>
            <numerusform>Обновлено %n источника: успешно — %1 (без изменений — %2), с ошибкой — %3; новых статей — %4, обновлённых — %5</numerusform>
            <numerusform>Обновлено %n источников: успешно — %1 (без изменений — %2), с ошибкой — %3; новых статей — %4, обновлённых — %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old article(s) that the retention settings no longer keep</source>
        <translation>
            <numerusform>Удалена %n старая статья согласно настройкам хранения</numerusform>
            <numerusform>Удалены %n старые статьи согласно настройкам хранения</numerusform>
            <numerusform>Удалено %n старых статей согласно настройкам хранения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RelatedCommand</name>
    <message>
        <source>List the articles most related to an article</source>
        <translation>Показать статьи, наиболее близкие к статье</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>Идентификатор статьи, как его показывает `tidings articles`.</translation>
    </message>
    <message>
        <source>At most N articles (default %1).</source>
        <translation>Не более N статей (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
    <message>
        <source>tidings related: give one article id</source>
        <translation>tidings related: укажите один идентификатор статьи</translation>
    </message>
    <message>
        <source>tidings related: --limit takes a number above 0</source>
        <translation>tidings related: --limit ожидает число больше 0</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>статьи %1 нет</translation>
    </message>
</context>
<context>
    <name>Cli::RestoreCommand</name>
    <message>
        <source>List the backups, or restore the library from one</source>
        <translation>Показать резервные копии или восстановить библиотеку из одной из них</translation>
    </message>
    <message>
        <source>A backup&apos;s name as listed, or the path of a backup file; without it, the backups are listed.</source>
        <translation>Имя резервной копии, как в списке, или путь к файлу резервной копии; без него выводится список резервных копий.</translation>
    </message>
    <message>
        <source>tidings restore: give at most one backup</source>
        <translation>tidings restore: укажите не более одной резервной копии</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>В %1 ещё нет резервных копий.</translation>
    </message>
    <message>
        <source>Restored the library from %1. The library as it was is kept in %2.</source>
        <translation>Библиотека восстановлена из %1. Прежняя библиотека сохранена в %2.</translation>
    </message>
</context>
<context>
    <name>Cli::RuleCommand</name>
    <message>
        <source>Add, remove or test a rule</source>
        <translation>Добавить, удалить или проверить правило</translation>
    </message>
    <message>
        <source>add: a new rule from the options; remove ID; test ID: how many articles the rule matches, and which.</source>
        <translation>add: новое правило из параметров; remove ID; test ID: сколько статей соответствует правилу и какие.</translation>
    </message>
    <message>
        <source>Condition: the %1 %2 TEXT (repeatable).</source>
        <extracomment>%1 is a part of an article (title, author, ...), %2 how it is matched.</extracomment>
        <translation>Условие: %1 %2 ТЕКСТ (можно повторять).</translation>
    </message>
    <message>
        <source>Every condition must hold (default: any one of them).</source>
        <translation>Должны выполняться все условия (по умолчанию — любое из них).</translation>
    </message>
    <message>
        <source>What to do: mark-read, bookmark, hide or notify (repeatable).</source>
        <translation>Что делать: mark-read, bookmark, hide или notify (можно повторять).</translation>
    </message>
    <message>
        <source>Add this tag to matching articles.</source>
        <translation>Добавлять эту метку к подходящим статьям.</translation>
    </message>
    <message>
        <source>Highlight matching articles in the list with this colour (#rrggbb).</source>
        <translation>Выделять подходящие статьи в списке этим цветом (#rrggbb).</translation>
    </message>
    <message>
        <source>A name for the rule.</source>
        <translation>Название правила.</translation>
    </message>
    <message>
        <source>Only for the articles of this source.</source>
        <translation>Только для статей этого источника.</translation>
    </message>
    <message>
        <source>Add: leave the articles already in the library alone.</source>
        <translation>При добавлении: не трогать статьи, уже находящиеся в библиотеке.</translation>
    </message>
    <message>
        <source>Test: list at most N of the matches (default 20).</source>
        <translation>При проверке: показать не более N совпадений (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Test: print the matches as a JSON array.</source>
        <translation>При проверке: вывести совпадения как массив JSON.</translation>
    </message>
    <message>
        <source>tidings rule: say add, remove ID or test ID</source>
        <translation>tidings rule: укажите add, remove ID или test ID</translation>
    </message>
    <message>
        <source>--%1 needs a text</source>
        <translation>для --%1 нужен текст</translation>
    </message>
    <message>
        <source>give at least one condition, such as --title-contains TEXT</source>
        <translation>укажите хотя бы одно условие, например --title-contains ТЕКСТ</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (mark-read, bookmark, hide or notify)</source>
        <translation>неизвестное действие &quot;%1&quot; (mark-read, bookmark, hide или notify)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation>&quot;%1&quot; — не цвет в формате #rrggbb</translation>
    </message>
    <message>
        <source>give an action: --action, --tag or --highlight</source>
        <translation>укажите действие: --action, --tag или --highlight</translation>
    </message>
    <message>
        <source>--source needs a source id, as `tidings sources` shows</source>
        <translation>для --source нужен идентификатор источника, как его показывает `tidings sources`</translation>
    </message>
    <message>
        <source>tidings rule add: %1</source>
        <translation>tidings rule add: %1</translation>
    </message>
    <message>
        <source>rule %1 added</source>
        <translation>правило %1 добавлено</translation>
    </message>
    <message>
        <source>applied to %1 of %2 articles</source>
        <translation>применено к %1 из %2 статей</translation>
    </message>
    <message>
        <source>tidings rule remove: give one rule id</source>
        <translation>tidings rule remove: укажите один идентификатор правила</translation>
    </message>
    <message>
        <source>tidings rule test: give one rule id (and --limit N)</source>
        <translation>tidings rule test: укажите один идентификатор правила (и --limit N)</translation>
    </message>
    <message>
        <source>there is no rule %1</source>
        <translation>правила %1 нет</translation>
    </message>
    <message numerus="yes">
        <source>rule %1 matches %n article(s)</source>
        <translation>
            <numerusform>правилу %1 соответствует %n статья</numerusform>
            <numerusform>правилу %1 соответствуют %n статьи</numerusform>
            <numerusform>правилу %1 соответствуют %n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RulesCommand</name>
    <message>
        <source>List the rules with their conditions and actions</source>
        <translation>Показать правила с их условиями и действиями</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (выключено)</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>если %1</translation>
    </message>
    <message>
        <source>in source %1</source>
        <translation>в источнике %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>то %1</translation>
    </message>
</context>
<context>
    <name>Cli::SourcesCommand</name>
    <message>
        <source>List the sources with their unread counts and last errors</source>
        <translation>Показать источники с числом непрочитанных статей и последними ошибками</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>последняя ошибка: %1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeCommand</name>
    <message>
        <source>Summarize an article, or list its key points</source>
        <translation>Кратко изложить статью или перечислить её ключевые моменты</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>Идентификатор статьи, как его показывает `tidings articles`.</translation>
    </message>
    <message>
        <source>builtin: the summarizer on this computer; remote: the language model server in the AI settings (default: the provider chosen there).</source>
        <translation>builtin — средство пересказа на этом компьютере; remote — сервер языковой модели из настроек ИИ (по умолчанию — поставщик, выбранный там).</translation>
    </message>
    <message>
        <source>List the key points instead of a summary.</source>
        <translation>Перечислить ключевые моменты вместо краткого содержания.</translation>
    </message>
    <message>
        <source>Ask again instead of showing the saved answer.</source>
        <translation>Запросить заново вместо показа сохранённого ответа.</translation>
    </message>
    <message>
        <source>tidings summarize: give one article id</source>
        <translation>tidings summarize: укажите один идентификатор статьи</translation>
    </message>
    <message>
        <source>tidings summarize: --provider is builtin or remote</source>
        <translation>tidings summarize: --provider может быть builtin или remote</translation>
    </message>
    <message>
        <source>AI features are turned off. Turn them on in the AI settings (%1=true in %2), or use --provider builtin for the summarizer that runs on this computer.</source>
        <translation>Функции ИИ отключены. Включите их в настройках ИИ (%1=true в %2) или используйте --provider builtin для средства пересказа, работающего на этом компьютере.</translation>
    </message>
    <message>
        <source>Key points are turned off in the AI settings.</source>
        <translation>Ключевые моменты отключены в настройках ИИ.</translation>
    </message>
    <message>
        <source>Summaries are turned off in the AI settings.</source>
        <translation>Краткое содержание отключено в настройках ИИ.</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>статьи %1 нет</translation>
    </message>
    <message>
        <source>The API key could not be read from the keyring: %1</source>
        <translation>Не удалось прочитать ключ API из связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeTextCommand</name>
    <message>
        <source>Summarize a plain-text file (or - for standard input) offline</source>
        <translation>Кратко изложить обычный текстовый файл (или - для стандартного ввода) без подключения к сети</translation>
    </message>
    <message>
        <source>Print the key points, most important first, instead of a summary.</source>
        <translation>Вывести ключевые моменты (сначала самые важные) вместо краткого содержания.</translation>
    </message>
    <message>
        <source>Use at most &lt;n&gt; sentences (default 4, or 5 key points).</source>
        <translation>Использовать не более &lt;n&gt; предложений (по умолчанию 4 или 5 ключевых моментов).</translation>
    </message>
    <message>
        <source>A UTF-8 text file, or - for standard input.</source>
        <translation>Текстовый файл в UTF-8 или - для стандартного ввода.</translation>
    </message>
    <message>
        <source>summarize-text needs exactly one FILE (or -)</source>
        <translation>summarize-text требует ровно один FILE (или -)</translation>
    </message>
    <message>
        <source>--sentences needs a number between 1 and 100</source>
        <translation>--sentences требует число от 1 до 100</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::SyncCommand</name>
    <message>
        <source>Send the changes waiting and fetch what is new on the sync servers</source>
        <translation>Отправить ожидающие изменения и загрузить новое с серверов синхронизации</translation>
    </message>
    <message>
        <source>Sync only account ID, as `tidings accounts` shows (default: all).</source>
        <translation>Синхронизировать только учётную запись ID, как её показывает `tidings accounts` (по умолчанию — все).</translation>
    </message>
    <message>
        <source>tidings sync: &apos;%1&apos; is not an account id</source>
        <translation>tidings sync: «%1» — не идентификатор учётной записи</translation>
    </message>
    <message>
        <source>there is no sync account; add one with `tidings account add`</source>
        <translation>нет ни одной учётной записи синхронизации; добавьте её командой `tidings account add`</translation>
    </message>
    <message>
        <source>there is no sync account %1</source>
        <translation>нет учётной записи синхронизации %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: sent %n change(s), %2 folders, %3 sources, %4 new and %5 updated articles</source>
        <translation>
            <numerusform>%1: отправлено изменений — %n; папок — %2, источников — %3; новых статей — %4, обновлённых — %5</numerusform>
            <numerusform>%1: отправлено изменений — %n; папок — %2, источников — %3; новых статей — %4, обновлённых — %5</numerusform>
            <numerusform>%1: отправлено изменений — %n; папок — %2, источников — %3; новых статей — %4, обновлённых — %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::TagCommand</name>
    <message>
        <source>Tag an article (or remove the tag); list the tags</source>
        <translation>Добавить метку к статье (или убрать её); показать метки</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>Идентификатор статьи, как его показывает `tidings articles`.</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>Метка.</translation>
    </message>
    <message>
        <source>Remove the tag from the article instead.</source>
        <translation>Вместо этого убрать метку со статьи.</translation>
    </message>
    <message>
        <source>List the tags with their article counts.</source>
        <translation>Показать метки с числом статей.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>С --list: вывести массив JSON.</translation>
    </message>
    <message>
        <source>tidings tag: give an article id and a tag name</source>
        <translation>tidings tag: укажите идентификатор статьи и название метки</translation>
    </message>
</context>
<context>
    <name>Feeds::FeedParser</name>
    <message>
        <source>not a feed: an HTML page</source>
        <translation>не лента: HTML-страница</translation>
    </message>
    <message>
        <source>not a feed: the root element &lt;%1&gt; is not RSS, RDF or Atom</source>
        <translation>не лента: корневой элемент &lt;%1&gt; — не RSS, RDF или Atom</translation>
    </message>
    <message>
        <source>not a feed: invalid JSON at offset %1: %2</source>
        <translation>не лента: некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>не лента: документ JSON без версии JSON Feed</translation>
    </message>
    <message>
        <source>document too large: %1 bytes, the limit is %2 bytes</source>
        <translation>документ слишком велик: %1 байт, предел — %2 байт</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>не лента: документ пуст</translation>
    </message>
    <message>
        <source>not a feed: binary data</source>
        <translation>не лента: двоичные данные</translation>
    </message>
    <message>
        <source>not a feed: neither XML nor JSON</source>
        <translation>не лента: ни XML, ни JSON</translation>
    </message>
</context>
<context>
    <name>Feeds::JsonFeedReader</name>
    <message>
        <source>unreadable date &quot;%1&quot;</source>
        <translation>нечитаемая дата «%1»</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>не лента: документ JSON без версии JSON Feed</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlReaderContext</name>
    <message>
        <source>unreadable date &quot;%1&quot; in &lt;%2&gt;</source>
        <translation>нечитаемая дата «%1» в &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlTreeBuilder</name>
    <message>
        <source>junk before the document</source>
        <translation>мусор перед документом</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>нет корневого элемента</translation>
    </message>
    <message>
        <source>document truncated inside &lt;%1&gt;</source>
        <translation>документ обрывается внутри &lt;%1&gt;</translation>
    </message>
    <message>
        <source>%1 more problems not listed</source>
        <translation>ещё проблем, не показанных здесь: %1</translation>
    </message>
    <message>
        <source>unescaped &apos;&lt;&apos;</source>
        <translation>неэкранированный «&lt;»</translation>
    </message>
    <message>
        <source>missing &apos;&gt;&apos; after &lt;%1</source>
        <translation>отсутствует «&gt;» после &lt;%1</translation>
    </message>
    <message>
        <source>malformed attribute in &lt;%1&gt;</source>
        <translation>некорректный атрибут в &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute value without quotes</source>
        <translation>значение атрибута без кавычек</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>элементы вложены глубже %1 уровней</translation>
    </message>
    <message>
        <source>element name too long</source>
        <translation>слишком длинное имя элемента</translation>
    </message>
    <message>
        <source>unexpected close tag &lt;/%1&gt;</source>
        <translation>неожиданный закрывающий тег &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>missing close tag &lt;/%1&gt;</source>
        <translation>отсутствует закрывающий тег &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>undeclared namespace prefix &apos;%1&apos;</source>
        <translation>необъявленный префикс пространства имён «%1»</translation>
    </message>
    <message>
        <source>unescaped &apos;&amp;&apos;</source>
        <translation>неэкранированный «&amp;»</translation>
    </message>
    <message>
        <source>entity expansion over the limit of %1 bytes</source>
        <translation>раскрытие сущностей превышает предел в %1 байт</translation>
    </message>
    <message>
        <source>external entity &apos;&amp;%1;&apos; not fetched</source>
        <translation>внешняя сущность «&amp;%1;» не загружена</translation>
    </message>
    <message>
        <source>undefined entity &apos;&amp;%1;&apos;</source>
        <translation>неопределённая сущность «&amp;%1;»</translation>
    </message>
    <message>
        <source>too many entity declarations</source>
        <translation>слишком много объявлений сущностей</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>not well-formed at %1: recovered (%2)</source>
        <translation>нарушена корректность в %1: восстановлено (%2)</translation>
    </message>
    <message>
        <source>not well-formed at %1: %2</source>
        <translation>нарушена корректность в %1: %2</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>документ слишком велик</translation>
    </message>
</context>
<context>
    <name>Html::ArticleExtractor</name>
    <message>
        <source>The page is larger than %1 MB.</source>
        <translation>Страница больше %1 МБ.</translation>
    </message>
    <message>
        <source>The page is nested too deeply to be read.</source>
        <translation>Страница имеет слишком глубокую вложенность, чтобы её прочитать.</translation>
    </message>
    <message>
        <source>No article text found on this page.</source>
        <translation>На этой странице не найден текст статьи.</translation>
    </message>
</context>
<context>
    <name>Html::Sanitizer</name>
    <message>
        <source>▶ Video on %1</source>
        <translation>▶ Видео на %1</translation>
    </message>
</context>
<context>
    <name>Models::ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>в закладках</translation>
    </message>
    <message numerus="yes">
        <source>and %n more sources</source>
        <translation>
            <numerusform>и ещё %n источник</numerusform>
            <numerusform>и ещё %n источника</numerusform>
            <numerusform>и ещё %n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>с меткой %1</translation>
    </message>
</context>
<context>
    <name>Models::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>минуту назад</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>час назад</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
</context>
<context>
    <name>Models::SourceTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>%1
Last refresh failed: %2</source>
        <translation>%1
Последнее обновление не удалось: %2</translation>
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
            <numerusform>%n непрочитанная</numerusform>
            <numerusform>%n непрочитанные</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation>последнее обновление не удалось</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Ежедневная сводка</translation>
    </message>
    <message>
        <source>Today&apos;s main stories, grouped from all your sources</source>
        <translation>Главные сюжеты дня, собранные из всех ваших источников</translation>
    </message>
    <message>
        <source>%1, today&apos;s main stories</source>
        <translation>%1, главные сюжеты дня</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Последнее обновление не удалось: %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрытые</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>%1
Saved search: %2</source>
        <translation>%1
Сохранённый поиск: %2</translation>
    </message>
    <message>
        <source>Articles hidden by your rules and mute words</source>
        <translation>Статьи, скрытые вашими правилами и скрытыми словами</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n article(s)</source>
        <translation>
            <numerusform>%1
%n статья</numerusform>
            <numerusform>%1
%n статьи</numerusform>
            <numerusform>%1
%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n статья</numerusform>
            <numerusform>%1, %n статьи</numerusform>
            <numerusform>%1, %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet. New ones arrive when your sources are refreshed (F5).</source>
        <translation>Статей пока нет. Новые появятся, когда источники обновятся (F5).</translation>
    </message>
    <message>
        <source>All caught up: nothing is unread.</source>
        <translation>Всё прочитано: непрочитанного нет.</translation>
    </message>
    <message>
        <source>Nothing new today yet.</source>
        <translation>Сегодня пока ничего нового.</translation>
    </message>
    <message>
        <source>No bookmarks yet. Bookmark an article (S) to keep it here; bookmarks are never removed.</source>
        <translation>Закладок пока нет. Добавьте статью в закладки (S), чтобы сохранить её здесь; закладки никогда не удаляются.</translation>
    </message>
    <message>
        <source>No article is hidden. Articles that your rules and mute words hide are gathered here.</source>
        <translation>Скрытых статей нет. Здесь собираются статьи, которые скрывают ваши правила и стоп-слова.</translation>
    </message>
    <message>
        <source>This folder has no sources. Drag sources onto it in the tree.</source>
        <translation>В этой папке нет источников. Перетащите на неё источники в дереве.</translation>
    </message>
    <message>
        <source>No articles in this folder yet.</source>
        <translation>В этой папке пока нет статей.</translation>
    </message>
    <message>
        <source>No articles from this source yet.</source>
        <translation>Статей из этого источника пока нет.</translation>
    </message>
    <message>
        <source>No articles from this source yet. Its last refresh failed: %1</source>
        <translation>Статей из этого источника пока нет. Последнее обновление не удалось: %1</translation>
    </message>
    <message>
        <source>No article matches this saved search (%1).</source>
        <translation>Нет статей, подходящих под этот сохранённый поиск (%1).</translation>
    </message>
    <message>
        <source>No article is tagged “%1”.</source>
        <translation>Ни у одной статьи нет метки «%1».</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>%1 is missing; looked in %2</source>
        <translation>%1 не найден; искали в %2</translation>
    </message>
</context>
<context>
    <name>Net::FetchErrors</name>
    <message>
        <source>The server answered %1</source>
        <translation>Сервер ответил: %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Сервер ответил: %1 %2</translation>
    </message>
    <message>
        <source>check the user name and password for this source</source>
        <translation>проверьте имя пользователя и пароль для этого источника</translation>
    </message>
    <message>
        <source>the feed may have moved</source>
        <translation>возможно, лента переехала</translation>
    </message>
    <message>
        <source>the feed has been removed for good</source>
        <translation>лента удалена навсегда</translation>
    </message>
    <message>
        <source>Tidings will try again later</source>
        <translation>Tidings попробует позже</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused</source>
        <translation>Не удаётся подключиться к %1: в соединении отказано</translation>
    </message>
    <message>
        <source>Cannot find the server %1 — check the address and your connection</source>
        <translation>Сервер %1 не найден — проверьте адрес и подключение</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the feed</source>
        <translation>%1 закрыл соединение, не отправив ленту</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>Не удалось использовать прокси-сервер: %1</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>Сеть недоступна</translation>
    </message>
    <message>
        <source>Cannot fetch the feed from %1: %2</source>
        <translation>Не удаётся загрузить ленту с %1: %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Нет ответа в течение %1 с</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MiB; Tidings stopped downloading it</source>
        <translation>Лента больше %1 МиБ; Tidings прекратил её загрузку</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times</source>
        <translation>Сервер перенаправил больше %1 раз</translation>
    </message>
    <message>
        <source>The server redirects in a loop (back to %1)</source>
        <translation>Сервер перенаправляет по кругу (обратно на %1)</translation>
    </message>
    <message>
        <source>The server redirected to an address Tidings cannot use: %1</source>
        <translation>Сервер перенаправил на адрес, который Tidings не может использовать: %1</translation>
    </message>
    <message>
        <source>Tidings cannot fetch %1 addresses</source>
        <translation>Tidings не может загружать адреса %1</translation>
    </message>
    <message>
        <source>The user name or password was not accepted; check them in the source&apos;s settings</source>
        <translation>Имя пользователя или пароль не приняты; проверьте их в настройках источника</translation>
    </message>
    <message>
        <source>The server asks for a user name and password; enter them in the source&apos;s settings</source>
        <translation>Сервер запрашивает имя пользователя и пароль; введите их в настройках источника</translation>
    </message>
    <message>
        <source>The server sent a compressed feed that is damaged or cut off</source>
        <translation>Сервер прислал сжатую ленту, которая повреждена или обрезана</translation>
    </message>
</context>
<context>
    <name>Pages::AiCard</name>
    <message>
        <source>AI</source>
        <translation>ИИ</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Пишется…</translation>
    </message>
    <message>
        <source>Made by %1.</source>
        <translation>Создано: %1.</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the article.</source>
        <translation>ИИ может ошибаться: сверяйте важное со статьёй.</translation>
    </message>
    <message>
        <source>Summaries and key points, made on this computer.</source>
        <translation>Краткое содержание и ключевые моменты — прямо на этом компьютере.</translation>
    </message>
    <message>
        <source>Try AI features…</source>
        <translation>Попробовать функции ИИ…</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Больше не показывать</translation>
    </message>
</context>
<context>
    <name>Pages::ArticlePage</name>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Скачать %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Загрузка полной статьи…</translation>
    </message>
    <message>
        <source>Load full article</source>
        <translation>Загрузить полную статью</translation>
    </message>
    <message>
        <source>Related Articles</source>
        <translation>Похожие статьи</translation>
    </message>
    <message>
        <source>More from this source</source>
        <translation>Ещё из этого источника</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>Ещё из %1</translation>
    </message>
    <message>
        <source>Read the comments on the site</source>
        <translation>Читать комментарии на сайте</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n комментарий</numerusform>
            <numerusform>%n комментария</numerusform>
            <numerusform>%n комментариев</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Комментариев пока нет</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Показать комментарии</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Загрузка комментариев…</translation>
    </message>
    <message>
        <source>The comments could not be loaded: %1</source>
        <translation>Не удалось загрузить комментарии: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Аноним</translation>
    </message>
</context>
<context>
    <name>Pages::BriefingPage</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Ежедневная сводка</translation>
    </message>
    <message numerus="yes">
        <source>%n top stories</source>
        <translation>
            <numerusform>%n главный сюжет</numerusform>
            <numerusform>%n главных сюжета</numerusform>
            <numerusform>%n главных сюжетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough of today&apos;s articles yet to build a briefing — refresh or come back later.</source>
        <translation>Сегодняшних статей пока недостаточно для сводки — обновите источники или загляните позже.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Stories grouped and summarized on this computer.</source>
        <translation>Сюжеты сгруппированы и кратко изложены на этом компьютере.</translation>
    </message>
    <message>
        <source>Stories grouped and summarized by: %1.</source>
        <translation>Группировка сюжетов и краткое содержание: %1.</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the articles.</source>
        <translation>ИИ может ошибаться: сверяйте важное с самими статьями.</translation>
    </message>
    <message>
        <source>Preparing today&apos;s briefing…</source>
        <translation>Подготовка сегодняшней сводки…</translation>
    </message>
</context>
<context>
    <name>Reading::CommentThread</name>
    <message>
        <source>The comments could not be loaded.</source>
        <translation>Не удалось загрузить комментарии.</translation>
    </message>
    <message>
        <source>Loading the comments was cancelled.</source>
        <translation>Загрузка комментариев отменена.</translation>
    </message>
    <message>
        <source>The server sent no comments (HTTP %1).</source>
        <translation>Сервер не прислал комментариев (HTTP %1).</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>Не удалось прочитать комментарии: %1</translation>
    </message>
</context>
<context>
    <name>Reading::FullArticleLoader</name>
    <message>
        <source>The article no longer exists.</source>
        <translation>Статьи больше нет.</translation>
    </message>
    <message>
        <source>The article has no web page to load.</source>
        <translation>У статьи нет веб-страницы для загрузки.</translation>
    </message>
    <message>
        <source>The article&apos;s link leads to a file of type %1, not to a web page.</source>
        <translation>Ссылка статьи ведёт на файл типа %1, а не на веб-страницу.</translation>
    </message>
</context>
<context>
    <name>Refresh::IngestWorker</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Не удаётся открыть библиотеку</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Не удаётся сохранить статьи: %1</translation>
    </message>
    <message>
        <source>The disk that holds your library is full, or the library may grow no further (%1). The refresh stopped; nothing stored before was lost. Free some space, then refresh again.</source>
        <translation>Диск с вашей библиотекой заполнен, или библиотека больше не может расти (%1). Обновление остановлено; ничего из сохранённого ранее не потеряно. Освободите место и обновите снова.</translation>
    </message>
</context>
<context>
    <name>Refresh::RefreshService</name>
    <message>
        <source>The server asks for a user name and password, and the password could not be read from the system keyring: %1</source>
        <translation>Сервер запрашивает имя пользователя и пароль, но пароль не удалось прочитать из системной связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleApplier</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>Не удаётся применить правило: %1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleMatcher</name>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>&quot;%1&quot; — недопустимое регулярное выражение: %2</translation>
    </message>
</context>
<context>
    <name>Rules::RuleText</name>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>has the word</source>
        <translation>содержит слово</translation>
    </message>
    <message>
        <source>matches the expression</source>
        <translation>соответствует выражению</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <extracomment>A rule&apos;s condition: field, match, pattern, e.g. title contains “election”.</extracomment>
        <translation>%1 %2 «%3»</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>отметить как прочитанное</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>добавить в закладки</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>скрыть</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>уведомить</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>метка «%1»</translation>
    </message>
    <message>
        <source>highlight %1</source>
        <translation>выделить цветом %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
</context>
<context>
    <name>Secrets::Keyring</name>
    <message>
        <source>No keyring is available on this system, so passwords and keys cannot be stored safely. Install or start a keyring service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>В этой системе нет связки ключей, поэтому пароли и ключи нельзя надёжно сохранить. Установите или запустите службу связки ключей (например, GNOME Keyring или KWallet) и повторите попытку.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied.</source>
        <translation>Доступ к связке ключей запрещён.</translation>
    </message>
    <message>
        <source>The keyring refused access (%1). Unlock it and try again.</source>
        <translation>Связка ключей отказала в доступе (%1). Разблокируйте её и повторите попытку.</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry (%1).</source>
        <translation>Связке ключей не удалось удалить запись (%1).</translation>
    </message>
    <message>
        <source>The keyring could not be used (%1). Check that a keyring service such as GNOME Keyring or KWallet is running and unlocked.</source>
        <translation>Не удалось воспользоваться связкой ключей (%1). Проверьте, что служба связки ключей, например GNOME Keyring или KWallet, запущена и разблокирована.</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be locked or busy; unlock it and try again.</source>
        <translation>
            <numerusform>Связка ключей не ответила в течение %n секунды. Возможно, она заблокирована или занята; разблокируйте её и повторите попытку.</numerusform>
            <numerusform>Связка ключей не ответила в течение %n секунд. Возможно, она заблокирована или занята; разблокируйте её и повторите попытку.</numerusform>
            <numerusform>Связка ключей не ответила в течение %n секунд. Возможно, она заблокирована или занята; разблокируйте её и повторите попытку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage::AccountMirror</name>
    <message>
        <source>Cannot store the folders: %1</source>
        <translation>Не удаётся сохранить папки: %1</translation>
    </message>
    <message>
        <source>Cannot store the sources: %1</source>
        <translation>Не удаётся сохранить источники: %1</translation>
    </message>
    <message>
        <source>Cannot store the source %1: %2</source>
        <translation>Не удаётся сохранить источник %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Не удаётся сохранить статьи: %1</translation>
    </message>
    <message>
        <source>Cannot store the article states: %1</source>
        <translation>Не удаётся сохранить состояния статей: %1</translation>
    </message>
    <message>
        <source>Cannot read the article states: %1</source>
        <translation>Не удаётся прочитать состояния статей: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Не удаётся прочитать статьи: %1</translation>
    </message>
</context>
<context>
    <name>Storage::AccountRepository</name>
    <message>
        <source>There is only one local account.</source>
        <translation>Локальная учётная запись может быть только одна.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (http:// or https://).</source>
        <translation>«%1» — не адрес сервера (http:// или https://).</translation>
    </message>
    <message>
        <source>An account needs a user name.</source>
        <translation>У учётной записи должно быть имя пользователя.</translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation>Не удаётся добавить учётную запись: %1</translation>
    </message>
    <message>
        <source>The local account cannot be removed.</source>
        <translation>Локальную учётную запись нельзя удалить.</translation>
    </message>
    <message>
        <source>Cannot remove the account: %1</source>
        <translation>Не удаётся удалить учётную запись: %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Учётной записи %1 нет.</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Не удаётся прочитать учётные записи: %1</translation>
    </message>
    <message>
        <source>Cannot update the account: %1</source>
        <translation>Не удаётся обновить учётную запись: %1</translation>
    </message>
</context>
<context>
    <name>Storage::ArticleRepository</name>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Не удаётся сохранить статьи: %1</translation>
    </message>
    <message>
        <source>Cannot clean up old articles: %1</source>
        <translation>Не удаётся удалить старые статьи: %1</translation>
    </message>
    <message>
        <source>Cannot mark the article: %1</source>
        <translation>Не удаётся отметить статью: %1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Статьи больше нет.</translation>
    </message>
    <message>
        <source>Cannot mark the articles: %1</source>
        <translation>Не удаётся отметить статьи: %1</translation>
    </message>
    <message>
        <source>Cannot change the bookmark: %1</source>
        <translation>Не удаётся изменить закладку: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Не удаётся прочитать статьи: %1</translation>
    </message>
    <message>
        <source>Cannot read the article: %1</source>
        <translation>Не удаётся прочитать статью: %1</translation>
    </message>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>Не удаётся подсчитать статьи: %1</translation>
    </message>
    <message>
        <source>Cannot search the articles: %1</source>
        <translation>Не удаётся выполнить поиск по статьям: %1</translation>
    </message>
    <message>
        <source>Cannot store the full article: %1</source>
        <translation>Не удаётся сохранить полную статью: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the file and its folder are readable and writable.</source>
        <translation>Не удаётся открыть базу данных %1: %2. Проверьте, что файл и его папка доступны для чтения и записи.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database (%2). Tidings has left it untouched. Move it aside or restore a backup, then start Tidings again to begin with an empty library.</source>
        <translation>База данных %1 повреждена или не является базой Tidings (%2). Tidings её не изменял. Переместите её в другое место или восстановите резервную копию, затем снова запустите Tidings, чтобы начать с пустой библиотеки.</translation>
    </message>
    <message>
        <source>Cannot open the database %1. %2</source>
        <translation>Не удаётся открыть базу данных %1. %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2. Your data has not been changed.</source>
        <translation>Не удаётся обновить базу данных %1: %2. Ваши данные не изменены.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2.</source>
        <translation>Не удаётся подготовить базу данных %1: %2.</translation>
    </message>
    <message>
        <source>The database %1 needs updating, which cannot be done where it is (the folder cannot be written to).</source>
        <translation>Базу данных %1 нужно обновить, но там, где она находится, это невозможно (в папку нельзя записывать).</translation>
    </message>
    <message>
        <source>Cannot open the search index of %1: %2.</source>
        <translation>Не удаётся открыть поисковый индекс %1: %2.</translation>
    </message>
</context>
<context>
    <name>Storage::FolderRepository</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>У папки должно быть имя.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>Родительской папки больше нет.</translation>
    </message>
    <message>
        <source>Cannot add the folder &quot;%1&quot;: %2</source>
        <translation>Не удаётся добавить папку «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot rename the folder: %1</source>
        <translation>Не удаётся переименовать папку: %1</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Папки больше нет.</translation>
    </message>
    <message>
        <source>The target folder no longer exists.</source>
        <translation>Целевой папки больше нет.</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself or one of its subfolders.</source>
        <translation>Папку нельзя переместить в саму себя или в одну из её подпапок.</translation>
    </message>
    <message>
        <source>Cannot move the folder: %1</source>
        <translation>Не удаётся переместить папку: %1</translation>
    </message>
    <message>
        <source>Cannot remove the folder: %1</source>
        <translation>Не удаётся удалить папку: %1</translation>
    </message>
    <message>
        <source>Cannot read the folder: %1</source>
        <translation>Не удаётся прочитать папку: %1</translation>
    </message>
    <message>
        <source>Cannot read the folders: %1</source>
        <translation>Не удаётся прочитать папки: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Library</name>
    <message>
        <source>Tidings opened the library read-only: you can read it, but nothing can be changed or refreshed.</source>
        <translation>Tidings открыл библиотеку только для чтения: её можно читать, но ничего нельзя изменить или обновить.</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryBackups</name>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>Не удаётся создать папку резервных копий %1.</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1: %2</source>
        <translation>Не удаётся создать резервную копию библиотеки в %1: %2</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1.</source>
        <translation>Не удаётся создать резервную копию библиотеки в %1.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Резервной копии %1 нет.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); the library was not changed.</source>
        <translation>Резервная копия %1 повреждена (%2); библиотека не изменена.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the library before restoring (%1); the library was not changed.</source>
        <translation>Не удаётся сохранить копию библиотеки перед восстановлением (%1); библиотека не изменена.</translation>
    </message>
    <message>
        <source>Cannot restore the backup %1: %2</source>
        <translation>Не удаётся восстановить резервную копию %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRecovery</name>
    <message>
        <source>Cannot make a working copy of %1 next to %2.</source>
        <translation>Не удаётся создать рабочую копию %1 рядом с %2.</translation>
    </message>
    <message>
        <source>Cannot create the recovered library %1: %2</source>
        <translation>Не удаётся создать восстановленную библиотеку %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the recovered library %1: %2</source>
        <translation>Не удаётся записать восстановленную библиотеку %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRepair</name>
    <message>
        <source>Cannot create the folder %1 for a copy of the damaged library.</source>
        <translation>Не удаётся создать папку %1 для копии повреждённой библиотеки.</translation>
    </message>
    <message>
        <source>Cannot copy the damaged library to %1 (is the disk full?).</source>
        <translation>Не удаётся скопировать повреждённую библиотеку в %1 (диск заполнен?).</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database, and nothing in it could be recovered. Tidings has left it untouched. Move it aside or restore a backup (tidings restore), then start Tidings again.</source>
        <translation>База данных %1 повреждена или не является базой данных Tidings, и из неё ничего не удалось восстановить. Tidings оставил её нетронутой. Переместите её в другое место или восстановите резервную копию (tidings restore), затем снова запустите Tidings.</translation>
    </message>
    <message>
        <source>Cannot put the recovered library in place of %1.</source>
        <translation>Не удаётся поместить восстановленную библиотеку на место %1.</translation>
    </message>
    <message>
        <source>Your library was damaged, and Tidings has repaired it. It recovered %1 sources, %2 articles and %3 bookmarks.</source>
        <translation>Ваша библиотека была повреждена, и Tidings её восстановил. Восстановлено источников: %1, статей: %2, закладок: %3.</translation>
    </message>
    <message>
        <source>Some parts of the file could not be read; what they held is lost.</source>
        <translation>Некоторые части файла не удалось прочитать; их содержимое потеряно.</translation>
    </message>
    <message>
        <source>A copy of the damaged file is in %1.</source>
        <translation>Копия повреждённого файла находится в %1.</translation>
    </message>
    <message>
        <source>Your library is damaged, and Tidings could not repair it: %1 The library was left as it was.</source>
        <translation>Ваша библиотека повреждена, и Tidings не смог её восстановить: %1 Библиотека оставлена как была.</translation>
    </message>
</context>
<context>
    <name>Storage::MigrationRunner</name>
    <message>
        <source>The database was written by a newer version of Tidings (schema %1; this version knows up to %2). Update Tidings to open it.</source>
        <translation>База данных записана более новой версией Tidings (схема %1; эта версия знает схемы до %2). Обновите Tidings, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Не удаётся прочитать миграцию %1.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до схемы %1: %2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>строка из %1 ссылается на отсутствующую строку из %2</translation>
    </message>
</context>
<context>
    <name>Storage::MuteRepository</name>
    <message>
        <source>Cannot read the mute words: %1</source>
        <translation>Не удаётся прочитать скрытые слова: %1</translation>
    </message>
    <message>
        <source>A mute needs a word.</source>
        <translation>Для скрытия нужно слово.</translation>
    </message>
    <message>
        <source>A mute needs an end date.</source>
        <translation>Для скрытия нужна дата окончания.</translation>
    </message>
    <message>
        <source>Cannot add the mute word: %1</source>
        <translation>Не удаётся добавить скрытое слово: %1</translation>
    </message>
    <message>
        <source>Cannot remove the mute word: %1</source>
        <translation>Не удаётся удалить скрытое слово: %1</translation>
    </message>
    <message>
        <source>There is no mute word %1.</source>
        <translation>Скрытого слова %1 нет.</translation>
    </message>
</context>
<context>
    <name>Storage::PendingChangeRepository</name>
    <message>
        <source>Article states are queued by the articles themselves.</source>
        <translation>Состояния статей ставятся в очередь самими статьями.</translation>
    </message>
    <message>
        <source>Cannot remember the change: %1</source>
        <translation>Не удаётся запомнить изменение: %1</translation>
    </message>
    <message>
        <source>Cannot read the changes to send: %1</source>
        <translation>Не удаётся прочитать изменения для отправки: %1</translation>
    </message>
    <message>
        <source>Cannot count the changes to send: %1</source>
        <translation>Не удаётся подсчитать изменения для отправки: %1</translation>
    </message>
    <message>
        <source>Cannot record what the server took: %1</source>
        <translation>Не удаётся записать, что принял сервер: %1</translation>
    </message>
    <message>
        <source>Cannot record the failed send: %1</source>
        <translation>Не удаётся записать неудачную отправку: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Profile</name>
    <message>
        <source>The profile folder %1 is a file. Choose another folder with --profile or move the file away.</source>
        <translation>Папка профиля %1 является файлом. Выберите другую папку с помощью --profile или переместите файл.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and that you may write to it, or choose another folder with --profile.</source>
        <translation>Не удаётся создать папку профиля %1. Проверьте, что родительская папка существует и у вас есть права на запись в неё, или выберите другую папку с помощью --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable. Give yourself write permission on it or choose another folder with --profile.</source>
        <translation>Папка профиля %1 недоступна для записи. Дайте себе право записи в неё или выберите другую папку с помощью --profile.</translation>
    </message>
</context>
<context>
    <name>Storage::RuleActionWriter</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>Не удаётся применить правило: %1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleRepository</name>
    <message>
        <source>Cannot read the rules: %1</source>
        <translation>Не удаётся прочитать правила: %1</translation>
    </message>
    <message>
        <source>Cannot save the rule: %1</source>
        <translation>Не удаётся сохранить правило: %1</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>Правила %1 нет.</translation>
    </message>
    <message>
        <source>Cannot remove the rule: %1</source>
        <translation>Не удаётся удалить правило: %1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleSubjectReader</name>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>Не удаётся подсчитать статьи: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Не удаётся прочитать статьи: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SavedSearchRepository</name>
    <message>
        <source>A saved search needs a name and a search.</source>
        <translation>Для сохранённого поиска нужны название и запрос.</translation>
    </message>
    <message>
        <source>Cannot save the search: %1</source>
        <translation>Не удаётся сохранить поиск: %1</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Для сохранённого поиска нужно название.</translation>
    </message>
    <message>
        <source>Cannot rename the saved search: %1</source>
        <translation>Не удаётся переименовать сохранённый поиск: %1</translation>
    </message>
    <message>
        <source>The saved search no longer exists.</source>
        <translation>Сохранённого поиска больше нет.</translation>
    </message>
    <message>
        <source>Cannot delete the saved search: %1</source>
        <translation>Не удаётся удалить сохранённый поиск: %1</translation>
    </message>
    <message>
        <source>Cannot read the saved searches: %1</source>
        <translation>Не удаётся прочитать сохранённые поиски: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexFile</name>
    <message>
        <source>Cannot create the search index %1: %2</source>
        <translation>Не удаётся создать поисковый индекс %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexer</name>
    <message>
        <source>The search index %1 does not exist.</source>
        <translation>Поисковый индекс %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>Не удаётся открыть поисковый индекс %1: %2</translation>
    </message>
    <message>
        <source>The search index belongs to another state of the library; it is rebuilt when the library is next opened.</source>
        <translation>Поисковый индекс относится к другому состоянию библиотеки; он будет перестроен при следующем открытии библиотеки.</translation>
    </message>
</context>
<context>
    <name>Storage::SearchOperators</name>
    <message>
        <source>“%1:” needs a value, as in %1:word or %1:&quot;two words&quot;.</source>
        <translation>Для «%1:» нужно значение, например %1:слово или %1:&quot;два слова&quot;.</translation>
    </message>
    <message>
        <source>“%1:” is not a search operator.</source>
        <translation>«%1:» — не оператор поиска.</translation>
    </message>
    <message>
        <source>“%1:%2” is not a search operator; use %3.</source>
        <translation>«%1:%2» — не оператор поиска; используйте %3.</translation>
    </message>
    <message>
        <source>“%1:%2”: not a date. Use a date like 2026-12-31, or today, yesterday, 7d (days ago) or 2w (weeks ago).</source>
        <translation>«%1:%2»: это не дата. Укажите дату, например 2026-12-31, или today, yesterday, 7d (дней назад) или 2w (недель назад).</translation>
    </message>
</context>
<context>
    <name>Storage::SourceRepository</name>
    <message>
        <source>&quot;%1&quot; is not a feed address.</source>
        <translation>«%1» — не адрес ленты.</translation>
    </message>
    <message>
        <source>Cannot add the source: %1</source>
        <translation>Не удаётся добавить источник: %1</translation>
    </message>
    <message>
        <source>Cannot add the source %1: %2</source>
        <translation>Не удаётся добавить источник %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove the source: %1</source>
        <translation>Не удаётся удалить источник: %1</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>Источника больше нет.</translation>
    </message>
    <message>
        <source>Another source already has the address %1.</source>
        <translation>Другой источник уже имеет адрес %1.</translation>
    </message>
    <message>
        <source>Cannot read the sources: %1</source>
        <translation>Не удаётся прочитать источники: %1</translation>
    </message>
    <message>
        <source>Cannot change the source: %1</source>
        <translation>Не удаётся изменить источник: %1</translation>
    </message>
</context>
<context>
    <name>Storage::TagRepository</name>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>Не удаётся прочитать метки: %1</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Для метки нужно название.</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>Не удаётся добавить метку: %1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Статьи %1 нет.</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>Не удаётся убрать метку: %1</translation>
    </message>
</context>
<context>
    <name>Subscriptions::FeedDiscoverer</name>
    <message>
        <source>Only web addresses (http or https) can be searched for feeds</source>
        <translation>Искать ленты можно только по веб-адресам (http или https)</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Сервер ответил: %1 %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Нет ответа в течение %1 с</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Не удаётся подключиться к %1</translation>
    </message>
    <message>
        <source>Cannot find the server %1</source>
        <translation>Сервер %1 не найден</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 закрыл соединение, не ответив</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed</source>
        <translation>Не удалось установить защищённое соединение с %1</translation>
    </message>
    <message>
        <source>%1 redirects too many times</source>
        <translation>%1 перенаправляет слишком много раз</translation>
    </message>
    <message>
        <source>%1 redirects to an unencrypted address</source>
        <translation>%1 перенаправляет на незашифрованный адрес</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>Не удаётся загрузить %1: %2</translation>
    </message>
    <message>
        <source>This page offers no feed, and none was found at the usual addresses</source>
        <translation>Эта страница не предлагает ленту, и по обычным адресам её тоже нет</translation>
    </message>
</context>
<context>
    <name>Subscriptions::OpmlImporter</name>
    <message>
        <source>%1: not a feed address</source>
        <translation>%1: не адрес ленты</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Subscriptions::OpmlReader</name>
    <message>
        <source>The file declares a document type (DTD); OPML files need none, so it is not read for safety.</source>
        <translation>Файл объявляет тип документа (DTD); файлам OPML он не нужен, поэтому из соображений безопасности файл не читается.</translation>
    </message>
    <message>
        <source>The file holds no XML element; it is not an OPML file.</source>
        <translation>Файл не содержит ни одного элемента XML; это не файл OPML.</translation>
    </message>
    <message>
        <source>This is not an OPML file: its root element is &lt;%1&gt;.</source>
        <translation>Это не файл OPML: его корневой элемент — &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>OPML version %1 is unknown; the file is read as OPML 2.0.</source>
        <translation>Версия OPML %1 неизвестна; файл читается как OPML 2.0.</translation>
    </message>
    <message>
        <source>The file has no &lt;body&gt;, so it lists no feeds.</source>
        <translation>В файле нет &lt;body&gt;, поэтому в нём нет лент.</translation>
    </message>
    <message>
        <source>The creation date “%1” could not be read.</source>
        <translation>Не удалось прочитать дату создания «%1».</translation>
    </message>
    <message>
        <source>Line %1: the feed “%2” also holds outlines; they are kept in a folder of the same name.</source>
        <translation>Строка %1: лента «%2» содержит и вложенные элементы; они помещены в папку с тем же именем.</translation>
    </message>
    <message>
        <source>Line %1: a folder without a name; its feeds are kept in the enclosing folder.</source>
        <translation>Строка %1: папка без имени; её ленты помещены в объемлющую папку.</translation>
    </message>
    <message>
        <source>Line %1: the outline “%2” has no feed address and holds nothing; it was skipped.</source>
        <translation>Строка %1: элемент «%2» не имеет адреса ленты и ничего не содержит; он пропущен.</translation>
    </message>
    <message>
        <source>Folders are nested more than %1 levels deep (line %2); the file is not read further.</source>
        <translation>Папки вложены глубже %1 уровней (строка %2); дальше файл не читается.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Файл не является корректным XML: %1 (строка %2, столбец %3).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
</context>
<context>
    <name>Subscriptions::UrlParser</name>
    <message>
        <source>Enter the address of a feed or of a web site.</source>
        <translation>Введите адрес ленты или веб-сайта.</translation>
    </message>
    <message>
        <source>“%1” is not a feed address that can be followed.</source>
        <translation>«%1» — не адрес ленты, на которую можно подписаться.</translation>
    </message>
    <message>
        <source>“%1” is not a complete address: it lacks http:// or https://.</source>
        <translation>«%1» — неполный адрес: не хватает http:// или https://.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» — не веб-адрес.</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” are not supported; use an http or https address.</source>
        <translation>Адреса, начинающиеся с «%1:», не поддерживаются; используйте адрес http или https.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>«%1» — недопустимый веб-адрес.</translation>
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
        <translation>Другой сервер с API Google Reader</translation>
    </message>
    <message>
        <source>Google Reader API</source>
        <translation>API Google Reader</translation>
    </message>
</context>
<context>
    <name>Sync::GReaderClient</name>
    <message>
        <source>%1 did not answer like a Google Reader API server. Check the server address (FreshRSS: …/api/greader.php; Miniflux: its root address).</source>
        <translation>%1 ответил не так, как сервер с API Google Reader. Проверьте адрес сервера (FreshRSS: …/api/greader.php; Miniflux: его корневой адрес).</translation>
    </message>
    <message>
        <source>The server did not accept the login of %1 (%2). Check the user name and the API password (FreshRSS: Profile → API password; Miniflux: Settings → Integrations → Google Reader).</source>
        <translation>Сервер не принял вход %1 (%2). Проверьте имя пользователя и пароль API (FreshRSS: Профиль → Пароль API; Miniflux: Настройки → Интеграции → Google Reader).</translation>
    </message>
    <message>
        <source>The server&apos;s API is turned off: allow API access in FreshRSS&apos;s Administration → Authentication.</source>
        <translation>API сервера отключён: разрешите доступ к API в FreshRSS в разделе Администрирование → Аутентификация.</translation>
    </message>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (ответ сервера: %2)</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings завершает работу.</translation>
    </message>
    <message>
        <source>The server gave no T token.</source>
        <translation>Сервер не выдал T-токен.</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1%2.</source>
        <translation>Серверу не удалось подписаться на %1%2.</translation>
    </message>
    <message>
        <source>A Google Reader API server keeps every feed in a folder: move it into one.</source>
        <translation>Сервер с API Google Reader хранит каждую ленту в папке: переместите её в какую-нибудь папку.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <source>The library cannot be opened.</source>
        <translation>Не удаётся открыть библиотеку.</translation>
    </message>
    <message>
        <source>The library could not be updated.</source>
        <translation>Не удалось обновить библиотеку.</translation>
    </message>
    <message>
        <source>There is no account %1 to sync.</source>
        <translation>Нет учётной записи %1 для синхронизации.</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Вход</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>Отправляется %n изменение</numerusform>
            <numerusform>Отправляются %n изменения</numerusform>
            <numerusform>Отправляется %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading folders and sources</source>
        <translation>Чтение папок и источников</translation>
    </message>
    <message>
        <source>Fetching new articles (%1 so far)</source>
        <translation>Загрузка новых статей (пока %1)</translation>
    </message>
    <message>
        <source>Reading read and bookmark states</source>
        <translation>Чтение отметок о прочтении и закладок</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>The local account has no server to sync with.</source>
        <translation>У локальной учётной записи нет сервера для синхронизации.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring: %2</source>
        <translation>Не удалось прочитать пароль %1 из связки ключей: %2</translation>
    </message>
</context>
<context>
    <name>Sync::TtRssClient</name>
    <message>
        <source>The server did not start a session.</source>
        <translation>Сервер не открыл сеанс.</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings завершает работу.</translation>
    </message>
    <message>
        <source>%1 did not answer like Tiny Tiny RSS. Check the server address.</source>
        <translation>%1 отвечает не как Tiny Tiny RSS. Проверьте адрес сервера.</translation>
    </message>
    <message>
        <source>The server does not allow API access for %1: enable API access in TT-RSS&apos;s Preferences.</source>
        <translation>Сервер не разрешает доступ к API для %1: включите доступ к API в настройках TT-RSS.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password of %1.</source>
        <translation>Сервер отклонил имя пользователя или пароль %1.</translation>
    </message>
    <message>
        <source>The server did not keep the session (it answered NOT_LOGGED_IN).</source>
        <translation>Сервер не сохранил сеанс (ответил NOT_LOGGED_IN).</translation>
    </message>
    <message>
        <source>The server no longer has that feed.</source>
        <translation>На сервере больше нет этой ленты.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Сервер отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1 (code %2%3).</source>
        <translation>Серверу не удалось подписаться на %1 (код %2%3).</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot move a feed through its API; move it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS не может перемещать ленты через свой API; переместите ленту в самом TT-RSS.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot rename a feed through its API; rename it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS не может переименовывать ленты через свой API; переименуйте ленту в самом TT-RSS.</translation>
    </message>
    <message>
        <source>This Tiny Tiny RSS speaks API level %1; subscribing and unsubscribing through its API need level %2 (TT-RSS 1.7.6) or later.</source>
        <translation>Этот Tiny Tiny RSS поддерживает API уровня %1; для подписки и отписки через его API нужен уровень %2 (TT-RSS 1.7.6) или выше.</translation>
    </message>
</context>
<context>
    <name>Text::Encoding</name>
    <message>
        <source>The document is not valid UTF-8; it was read as windows-1252.</source>
        <translation>Документ не является корректным UTF-8; он прочитан как windows-1252.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not valid UTF-8 were read as windows-1252.</source>
        <translation>
            <numerusform>%n байт, не являющийся корректным UTF-8, прочитан как windows-1252.</numerusform>
            <numerusform>%n байта, не являющихся корректным UTF-8, прочитаны как windows-1252.</numerusform>
            <numerusform>%n байтов, не являющихся корректным UTF-8, прочитаны как windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document ends in the middle of a character.</source>
        <translation>Документ обрывается посреди символа.</translation>
    </message>
    <message>
        <source>Invalid characters were replaced by U+FFFD.</source>
        <translation>Недопустимые символы заменены на U+FFFD.</translation>
    </message>
    <message>
        <source>This system cannot convert from %1.</source>
        <translation>Эта система не умеет преобразовывать из %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced by U+FFFD.</source>
        <translation>
            <numerusform>%n недопустимая последовательность байтов заменена на U+FFFD.</numerusform>
            <numerusform>%n недопустимые последовательности байтов заменены на U+FFFD.</numerusform>
            <numerusform>%n недопустимых последовательностей байтов заменено на U+FFFD.</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTTP header names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>В HTTP-заголовке указана неизвестная кодировка «%1»; она проигнорирована.</translation>
    </message>
    <message>
        <source>The XML declaration names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>В XML-объявлении указана неизвестная кодировка «%1»; она проигнорирована.</translation>
    </message>
    <message>
        <source>The document is %1, not %2 as labelled.</source>
        <translation>Документ в кодировке %1, а не %2, как указано.</translation>
    </message>
    <message>
        <source>The document is not %1 as labelled.</source>
        <translation>Документ не в кодировке %1, как указано.</translation>
    </message>
    <message>
        <source>The HTTP header says %1 and the XML declaration says %2; the header wins.</source>
        <translation>HTTP-заголовок указывает %1, а XML-объявление — %2; действует заголовок.</translation>
    </message>
</context>
<context>
    <name>Text::Headline</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Tidings cannot start</source>
        <translation>Tidings не может запуститься</translation>
    </message>
    <message>
        <source>Tidings cannot open your library.</source>
        <translation>Tidings не может открыть вашу библиотеку.</translation>
    </message>
    <message>
        <source>Checking your library…</source>
        <translation>Проверка вашей библиотеки…</translation>
    </message>
    <message>
        <source>Library Repaired</source>
        <translation>Библиотека восстановлена</translation>
    </message>
    <message>
        <source>Library Damaged</source>
        <translation>Библиотека повреждена</translation>
    </message>
    <message>
        <source>Read-Only Library</source>
        <translation>Библиотека только для чтения</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Добавление учётной записи</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Connected. The server speaks API level %1.</source>
        <translation>Подключено. Сервер поддерживает API уровня %1.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Подключено.</translation>
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
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Раз в 15 минут</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Синхронизировать каждые:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>The account could not be added.</source>
        <translation>Не удалось добавить учётную запись.</translation>
    </message>
    <message>
        <source>Account added; it syncs when Preferences close.</source>
        <translation>Учётная запись добавлена; она будет синхронизирована после закрытия окна «Параметры».</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>Не удалось сохранить пароль в связке ключей: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Удаление учётной записи</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Удалить учётную запись «%1»?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Не удалось удалить учётную запись.</translation>
    </message>
    <message>
        <source>Its folders, sources and articles leave Tidings. Changes not yet sent to the server are not sent.</source>
        <translation>Её папки, источники и статьи будут удалены из Tidings. Изменения, ещё не отправленные на сервер, отправлены не будут.</translation>
    </message>
    <message>
        <source>&amp;Copy its bookmarked articles into the local library</source>
        <translation>&amp;Скопировать её статьи из закладок в локальную библиотеку</translation>
    </message>
</context>
<context>
    <name>Ui::AddSourceDialog</name>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>Add a Source</source>
        <translation>Добавление источника</translation>
    </message>
    <message>
        <source>https://example.org or a feed address</source>
        <translation>https://example.org или адрес ленты</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Найденные ленты</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Подписаться</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Looking for feeds at %1…</source>
        <translation>Поиск лент на %1…</translation>
    </message>
    <message>
        <source>No feed found at this address.</source>
        <translation>По этому адресу лента не найдена.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>This site offers %n feeds. Choose one:</source>
        <translation>
            <numerusform>Этот сайт предлагает %n ленту. Выберите её:</numerusform>
            <numerusform>Этот сайт предлагает %n ленты. Выберите одну:</numerusform>
            <numerusform>Этот сайт предлагает %n лент. Выберите одну:</numerusform>
        </translation>
    </message>
    <message>
        <source>A website, whose feed Tidings finds, or the address of a feed</source>
        <translation>Сайт, ленту которого Tidings найдёт сам, или адрес ленты</translation>
    </message>
</context>
<context>
    <name>Ui::AiCardController</name>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Ключевые моменты</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Пересказать</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Перевести</translation>
    </message>
</context>
<context>
    <name>Ui::AiSettingsPage</name>
    <message>
        <source>Use AI features</source>
        <translation>Использовать функции ИИ</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Summary&lt;/b&gt; shortens an article to a few sentences, &lt;b&gt;Key points&lt;/b&gt; lists its main facts, &lt;b&gt;Translate&lt;/b&gt; puts it into another language and the &lt;b&gt;Daily briefing&lt;/b&gt; groups today&apos;s articles into stories and sums each up.&lt;/p&gt;&lt;p&gt;With &lt;b&gt;On this computer&lt;/b&gt; the work is done here and nothing is sent anywhere. With &lt;b&gt;OpenAI-compatible server&lt;/b&gt; the article&apos;s title and text (up to the text budget below) are sent to the server at the address you give, along with the API key. Nothing is sent until you ask for a summary, key points, a translation or a briefing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Краткое содержание&lt;/b&gt; сокращает статью до нескольких предложений, &lt;b&gt;Ключевые моменты&lt;/b&gt; перечисляют её главные факты, &lt;b&gt;Перевод&lt;/b&gt; переводит её на другой язык, а &lt;b&gt;Ежедневная сводка&lt;/b&gt; группирует сегодняшние статьи в сюжеты и кратко излагает каждый из них.&lt;/p&gt;&lt;p&gt;В режиме &lt;b&gt;На этом компьютере&lt;/b&gt; вся работа выполняется здесь и ничего никуда не отправляется. В режиме &lt;b&gt;Сервер, совместимый с OpenAI&lt;/b&gt; заголовок и текст статьи (в пределах указанного ниже лимита текста) отправляются на сервер по заданному вами адресу вместе с ключом API. Ничего не отправляется, пока вы не запросите краткое содержание, ключевые моменты, перевод или сводку.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>Где выполняется работа</translation>
    </message>
    <message>
        <source>On this computer (summary and key points only)</source>
        <translation>На этом компьютере (только краткое содержание и ключевые моменты)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Сервер, совместимый с OpenAI</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Обновить список моделей</translation>
    </message>
    <message>
        <source>Not needed by most local servers</source>
        <translation>Большинству локальных серверов не нужен</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Хранится в системной связке ключей, а не в файле настроек.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A server that sends nothing for this long is given up.</source>
        <translation>Если сервер ничего не присылает так долго, ожидание прекращается.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> символов</translation>
    </message>
    <message>
        <source>Longer articles are cut to this many characters before they are sent.</source>
        <translation>Более длинные статьи обрезаются до этого числа символов перед отправкой.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Прекращать ожидание через</translation>
    </message>
    <message>
        <source>Send at most</source>
        <translation>Отправлять не более</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Функции</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Ключевые моменты</translation>
    </message>
    <message>
        <source>Translate to</source>
        <translation>Переводить на</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Ежедневная сводка</translation>
    </message>
    <message>
        <source>AI Features</source>
        <translation>Функции ИИ</translation>
    </message>
    <message>
        <source>The API key cannot be kept: %1 It is not written anywhere else.</source>
        <translation>Не удаётся сохранить ключ API: %1 Больше он нигде не записывается.</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Запрос списка моделей у сервера…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Сервер предлагает %n модель.</numerusform>
            <numerusform>Сервер предлагает %n модели.</numerusform>
            <numerusform>Сервер предлагает %n моделей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Язык перевода</translation>
    </message>
</context>
<context>
    <name>Ui::AppearanceSettingsPage</name>
    <message>
        <source>Comfortable: title, source, excerpt and picture</source>
        <translation>Подробно: заголовок, источник, отрывок и изображение</translation>
    </message>
    <message>
        <source>Compact: one line per article</source>
        <translation>Компактно: одна строка на статью</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Цвет акцента</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>Список статей</translation>
    </message>
    <message>
        <source>List font size</source>
        <translation>Размер шрифта списка</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>Ui::ArticleCommands</name>
    <message>
        <source>Save Article as PDF</source>
        <translation>Сохранение статьи в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>The article could not be saved as %1.</source>
        <translation>Не удалось сохранить статью как %1.</translation>
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
            <numerusform>+ ещё %n источник</numerusform>
            <numerusform>+ ещё %n источника</numerusform>
            <numerusform>+ ещё %n источников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ArticleListPane</name>
    <message>
        <source>Search (/)</source>
        <translation>Поиск (/)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Поиск статей</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Newest first; each article says whether it is unread or bookmarked</source>
        <translation>Сначала новые; у каждой статьи указано, прочитана ли она и есть ли она в закладках</translation>
    </message>
    <message>
        <source>Words match as prefixes; &quot;quoted words&quot; as a phrase; -word excludes.
Operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before: and after: a date (2026-12-31, today, yesterday, 7d).</source>
        <translation>Слова совпадают по началу; &quot;слова в кавычках&quot; — как фраза; -слово исключает.
Операторы: title:, author:, source:, is:unread, is:read, is:bookmarked, before: и after: с датой (2026-12-31, today, yesterday, 7d).</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <source>Save this search as a view in the source tree</source>
        <translation>Сохранить этот поиск как представление в дереве источников</translation>
    </message>
    <message>
        <source>No article here matches “%1”.
Words match as prefixes; fewer words find more.</source>
        <translation>Здесь нет статей по запросу «%1».
Слова ищутся по началу; чем меньше слов, тем больше найдётся.</translation>
    </message>
</context>
<context>
    <name>Ui::ArticlePane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Выберите статью, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <source>Tidings cannot show articles: %1</source>
        <translation>Tidings не может показывать статьи: %1</translation>
    </message>
</context>
<context>
    <name>Ui::CardsView</name>
    <message>
        <source>Article cards</source>
        <translation>Карточки статей</translation>
    </message>
    <message>
        <source>Arrow keys move between the cards; Enter reads one on its own.</source>
        <translation>Клавиши со стрелками перемещают между карточками; Enter открывает карточку для чтения.</translation>
    </message>
</context>
<context>
    <name>Ui::EmptyStateWidget</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Добро пожаловать в Tidings</translation>
    </message>
    <message>
        <source>Add the news sites and feeds you follow, and their new articles will gather here. Give Tidings a website&apos;s address and it finds the feed for you.</source>
        <translation>Добавьте новостные сайты и ленты, за которыми вы следите, и их новые статьи будут собираться здесь. Дайте Tidings адрес сайта, и он сам найдёт ленту.</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Добавить источник…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Импортировать OPML…</translation>
    </message>
    <message>
        <source>World news</source>
        <translation>Мировые новости</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Технологии</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Наука</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Культура</translation>
    </message>
    <message>
        <source>Or start with some well-known feeds:</source>
        <translation>Или начните с нескольких известных лент:</translation>
    </message>
    <message>
        <source>Well-known feeds</source>
        <translation>Известные ленты</translation>
    </message>
    <message>
        <source>Subscribe to the ticked feeds</source>
        <translation>Подписаться на отмеченные ленты</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>Подписаться на ленту или сайт</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file from another reader</source>
        <translation>Подписаться на ленты, перечисленные в файле OPML из другой программы чтения новостей</translation>
    </message>
    <message>
        <source>Topics and their feeds; Space ticks one, then subscribe to the ticked feeds</source>
        <translation>Темы и их ленты; Пробел отмечает ленту, затем подпишитесь на отмеченные ленты</translation>
    </message>
    <message>
        <source>Subscribe to the feeds ticked above</source>
        <translation>Подписаться на ленты, отмеченные выше</translation>
    </message>
</context>
<context>
    <name>Ui::GeneralSettingsPage</name>
    <message>
        <source>Refresh all sources when Tidings starts</source>
        <translation>Обновлять все источники при запуске Tidings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Check for new articles every</source>
        <translation>Проверять новые статьи каждые</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A new language takes effect when Tidings restarts.</source>
        <translation>Новый язык вступит в силу после перезапуска Tidings.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Сразу</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> статей</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source>Keep Tidings running in the tray when the window is closed</source>
        <translation>Оставлять Tidings в системном лотке при закрытии окна</translation>
    </message>
    <message>
        <source>Notify about new articles found in the background</source>
        <translation>Уведомлять о новых статьях, найденных в фоне</translation>
    </message>
    <message>
        <source>Mark the selected article as read</source>
        <translation>Отмечать выбранную статью как прочитанную</translation>
    </message>
    <message>
        <source>Remove read articles after</source>
        <translation>Удалять прочитанные статьи через</translation>
    </message>
    <message>
        <source>Keep per source at most</source>
        <translation>Хранить для каждого источника не более</translation>
    </message>
    <message>
        <source>Bookmarked articles are always kept, whatever their age.</source>
        <translation>Статьи в закладках хранятся всегда, независимо от их возраста.</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryMaintenance</name>
    <message>
        <source>Tidings found damage in your library (%1). Quit and start Tidings again: it then keeps a copy of the damaged file and recovers everything that can be read.</source>
        <translation>Tidings обнаружил повреждения в вашей библиотеке (%1). Закройте Tidings и запустите его снова: тогда он сохранит копию повреждённого файла и восстановит всё, что удастся прочитать.</translation>
    </message>
</context>
<context>
    <name>Ui::LibrarySettingsPage</name>
    <message>
        <source>Tidings backs up your library once a day while you leave it alone, and keeps the newest %1 backups in %2. It also checks the library for damage once a week.</source>
        <translation>Tidings создаёт резервную копию библиотеки раз в день, пока вы ею не пользуетесь, и хранит %1 последних резервных копий в %2. Кроме того, раз в неделю он проверяет библиотеку на повреждения.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Создать резервную копию &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Check Library Now</source>
        <translation>&amp;Проверить библиотеку сейчас</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервная копия сохранена в %1.</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>Библиотека не повреждена.</translation>
    </message>
    <message>
        <source>The library is damaged: %1. Start Tidings again to repair it.</source>
        <translation>Библиотека повреждена: %1. Запустите Tidings снова, чтобы восстановить её.</translation>
    </message>
    <message>
        <source>The library was restored. Start Tidings again to see it everywhere.</source>
        <translation>Библиотека восстановлена. Запустите Tidings снова, чтобы изменения были видны везде.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Резервных копий пока нет</translation>
    </message>
    <message>
        <source>Restore the Library</source>
        <translation>Восстановление библиотеки</translation>
    </message>
    <message>
        <source>Replace your library with the backup of %1?</source>
        <translation>Заменить вашу библиотеку резервной копией от %1?</translation>
    </message>
    <message>
        <source>The library as it is now is kept as before-restore.sqlite in the backups folder.</source>
        <translation>Текущая библиотека сохраняется как before-restore.sqlite в папке резервных копий.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;Add Source…</source>
        <translation>&amp;Добавить источник…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Новая &amp;папка…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Импортировать OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Экспортировать OPML…</translation>
    </message>
    <message>
        <source>Export &amp;Bookmarks…</source>
        <translation>Экспортировать &amp;закладки…</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Обновить все</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Показать панель &amp;инструментов</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>&amp;Compact List</source>
        <translation>&amp;Компактный список</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Следующая статья</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Предыдущая статья</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>Следующая &amp;непрочитанная статья</translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation>Прокрутить вниз или к следующей непрочитанной</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Отметить как &amp;прочитанное/непрочитанное</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Закладка</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Открыть в браузере</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>Отметить &amp;все как прочитанные</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>&amp;О программе Tidings</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <source>Share by &amp;E-mail…</source>
        <translation>Отправить по &amp;эл. почте…</translation>
    </message>
    <message>
        <source>Load &amp;Full Article</source>
        <translation>Загрузить полную с&amp;татью</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Со&amp;хранить как PDF…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>Подписаться на ленту или сайт</translation>
    </message>
    <message>
        <source>Create a folder for sources</source>
        <translation>Создать папку для источников</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file</source>
        <translation>Подписаться на ленты, перечисленные в файле OPML</translation>
    </message>
    <message>
        <source>Save your subscriptions as an OPML file</source>
        <translation>Сохранить ваши подписки в файл OPML</translation>
    </message>
    <message>
        <source>Save your bookmarked articles as a web page</source>
        <translation>Сохранить ваши статьи из закладок как веб-страницу</translation>
    </message>
    <message>
        <source>Fetch new articles from every source</source>
        <translation>Загрузить новые статьи из всех источников</translation>
    </message>
    <message>
        <source>Close Tidings</source>
        <translation>Закрыть Tidings</translation>
    </message>
    <message>
        <source>Show or hide the tool bar</source>
        <translation>Показать или скрыть панель инструментов</translation>
    </message>
    <message>
        <source>Use the whole screen for the window</source>
        <translation>Развернуть окно на весь экран</translation>
    </message>
    <message>
        <source>Show more articles in the list, without excerpts</source>
        <translation>Показывать в списке больше статей, без отрывков</translation>
    </message>
    <message>
        <source>Search the articles of the current view</source>
        <translation>Искать в статьях текущего представления</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Переместить фокус клавиатуры в следующую область</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Переместить фокус клавиатуры в предыдущую область</translation>
    </message>
    <message>
        <source>Show the next article in the list</source>
        <translation>Показать следующую статью в списке</translation>
    </message>
    <message>
        <source>Show the previous article in the list</source>
        <translation>Показать предыдущую статью в списке</translation>
    </message>
    <message>
        <source>Show the next unread article</source>
        <translation>Показать следующую непрочитанную статью</translation>
    </message>
    <message>
        <source>Scroll the article down, or go to the next unread one at its end</source>
        <translation>Прокрутить статью вниз, а в её конце перейти к следующей непрочитанной</translation>
    </message>
    <message>
        <source>Mark the article as read or unread</source>
        <translation>Отметить статью как прочитанную или непрочитанную</translation>
    </message>
    <message>
        <source>Bookmark the article, or remove its bookmark</source>
        <translation>Добавить статью в закладки или убрать закладку</translation>
    </message>
    <message>
        <source>Open the article&apos;s web page in your browser</source>
        <translation>Открыть веб-страницу статьи в браузере</translation>
    </message>
    <message>
        <source>Copy the address of the article&apos;s web page</source>
        <translation>Скопировать адрес веб-страницы статьи</translation>
    </message>
    <message>
        <source>Write an e-mail with a link to the article</source>
        <translation>Написать письмо со ссылкой на статью</translation>
    </message>
    <message>
        <source>Load the whole article from its web page</source>
        <translation>Загрузить полную статью с её веб-страницы</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Напечатать статью</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>Сохранить статью в файл PDF</translation>
    </message>
    <message>
        <source>Make the article&apos;s text larger</source>
        <translation>Увеличить текст статьи</translation>
    </message>
    <message>
        <source>Make the article&apos;s text smaller</source>
        <translation>Уменьшить текст статьи</translation>
    </message>
    <message>
        <source>Show the article&apos;s text at its normal size</source>
        <translation>Показать текст статьи в обычном размере</translation>
    </message>
    <message>
        <source>Mark every article of the current view as read</source>
        <translation>Отметить все статьи текущего представления как прочитанные</translation>
    </message>
    <message>
        <source>Undo the last change to read states</source>
        <translation>Отменить последнее изменение отметок о прочтении</translation>
    </message>
    <message>
        <source>Change how Tidings refreshes, looks and reads</source>
        <translation>Изменить настройки обновления, внешнего вида и чтения в Tidings</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Показать сочетания клавиш</translation>
    </message>
    <message>
        <source>Show Tidings&apos; version</source>
        <translation>Показать версию Tidings</translation>
    </message>
    <message>
        <source>Show the version of Qt</source>
        <translation>Показать версию Qt</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>&amp;Следующая область</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Пр&amp;едыдущая область</translation>
    </message>
    <message>
        <source>Sources, the article list and the article side by side</source>
        <translation>Источники, список статей и статья рядом</translation>
    </message>
    <message>
        <source>The articles as a grid of cards; Enter opens one</source>
        <translation>Статьи в виде сетки карточек; Enter открывает статью</translation>
    </message>
    <message>
        <source>The article list above the article</source>
        <translation>Список статей над статьёй</translation>
    </message>
    <message>
        <source>Only the article; Esc or F11 returns</source>
        <translation>Только статья; Esc или F11 — возврат</translation>
    </message>
    <message>
        <source>Show the sources and the articles again</source>
        <translation>Снова показать источники и статьи</translation>
    </message>
    <message>
        <source>&amp;Three Panes</source>
        <translation>&amp;Три области</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>&amp;Карточки</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>&amp;Широкий</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>Режим &amp;фокусировки</translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation>Выйти из режима фокусировки</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Метка…</translation>
    </message>
    <message>
        <source>&amp;Mute Words…</source>
        <translation>С&amp;крытые слова…</translation>
    </message>
</context>
<context>
    <name>Ui::MainStatusBar</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Ход обновления</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>Обновление: %1 из %2</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2: %3</source>
        <translation>Обновление: %1 из %2: %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Refresh progress, results and errors</source>
        <translation>Ход, результаты и ошибки обновления</translation>
    </message>
    <message>
        <source>Undoes the last change</source>
        <translation>Отменяет последнее изменение</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Отметить как &amp;прочитанное</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Ст&amp;атья</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>О программе Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A news reader for people who read many sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;Программа для чтения новостей для тех, кто читает много источников.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <source>Subscribe to “%1”?</source>
        <translation>Подписаться на «%1»?</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Подписаться</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Импорт OPML</translation>
    </message>
    <message numerus="yes">
        <source>Import %n source(s) from “%1”?</source>
        <translation>
            <numerusform>Импортировать %n источник из «%1»?</numerusform>
            <numerusform>Импортировать %n источника из «%1»?</numerusform>
            <numerusform>Импортировать %n источников из «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) as read.</source>
        <translation>
            <numerusform>%n статья отмечена как прочитанная.</numerusform>
            <numerusform>%n статьи отмечены как прочитанные.</numerusform>
            <numerusform>%n статей отмечены как прочитанные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>Здесь нет непрочитанного.</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); %1 source(s) failed</source>
        <translation>
            <numerusform>%n новая статья; источников с ошибкой: %1</numerusform>
            <numerusform>%n новые статьи; источников с ошибкой: %1</numerusform>
            <numerusform>%n новых статей; источников с ошибкой: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n новая статья</numerusform>
            <numerusform>%n новые статьи</numerusform>
            <numerusform>%n новых статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Отметить как &amp;непрочитанное</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>The articles of the chosen source or view</source>
        <translation>Статьи выбранного источника или представления</translation>
    </message>
    <message>
        <source>The article being read, with related articles; F6 and Shift+F6 leave it</source>
        <translation>Читаемая статья и похожие статьи; F6 и Shift+F6 выводят из неё</translation>
    </message>
    <message>
        <source>The Refresh Stopped</source>
        <translation>Обновление остановлено</translation>
    </message>
    <message>
        <source>Your Library Is Damaged</source>
        <translation>Ваша библиотека повреждена</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index: %Ln article(s) to go</source>
        <translation>
            <numerusform>Обновление поискового индекса: осталась %Ln статья</numerusform>
            <numerusform>Обновление поискового индекса: осталось %Ln статьи</numerusform>
            <numerusform>Обновление поискового индекса: осталось %Ln статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MuteDialog</name>
    <message>
        <source>Mute Words</source>
        <translation>Скрытые слова</translation>
    </message>
    <message>
        <source>Articles with this word or phrase in their title or text are hidden until the end of the day you choose.</source>
        <translation>Статьи с этим словом или фразой в заголовке или тексте скрываются до конца выбранного дня.</translation>
    </message>
    <message>
        <source>A word from the title, or your own</source>
        <translation>Слово из заголовка или своё</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>С&amp;лово:</translation>
    </message>
    <message>
        <source>Hide &amp;until the end of:</source>
        <translation>Скрыть &amp;до конца дня:</translation>
    </message>
</context>
<context>
    <name>Ui::NetworkSettingsPage</name>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Использовать системные настройки прокси</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>HTTP-прокси вручную</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A download that receives nothing for this long is given up.</source>
        <translation>Если загрузка ничего не получает так долго, она прерывается.</translation>
    </message>
    <message>
        <source>Sent to every site as the name of the program. Leave empty for Tidings&apos; own.</source>
        <translation>Отправляется каждому сайту как название программы. Оставьте пустым, чтобы использовать название Tidings.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Узел прокси</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Порт прокси</translation>
    </message>
    <message>
        <source>Give up a silent download after</source>
        <translation>Прерывать молчащую загрузку через</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
</context>
<context>
    <name>Ui::OpenRequest</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Не удаётся прочитать «%1».</translation>
    </message>
    <message>
        <source>“%1” is too large to be a feed or a subscription list.</source>
        <translation>«%1» слишком велик для ленты или списка подписок.</translation>
    </message>
    <message>
        <source>“%1” is neither a feed nor an OPML subscription list.</source>
        <translation>«%1» — не лента и не список подписок OPML.</translation>
    </message>
</context>
<context>
    <name>Ui::ReadingSettingsPage</name>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Load images from the web in articles</source>
        <translation>Загружать изображения из интернета в статьях</translation>
    </message>
    <message>
        <source>Images are fetched without cookies or referrer; turned off, a site cannot tell when an article is read.</source>
        <translation>Изображения загружаются без cookie и referrer; если отключить загрузку, сайт не сможет узнать, когда статью читают.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Размер текста статьи</translation>
    </message>
    <message>
        <source>Show the same story from several sources as one row</source>
        <translation>Показывать одну и ту же новость из нескольких источников одной строкой</translation>
    </message>
    <message>
        <source>Reading one source&apos;s article marks the other sources&apos; read</source>
        <translation>Прочтение статьи одного источника отмечает прочитанными статьи других источников</translation>
    </message>
</context>
<context>
    <name>Ui::RuleApplyController</name>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Applying the rule to your articles…</source>
        <translation>Применение правила к вашим статьям…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Ui::RuleEditDialog</name>
    <message>
        <source>Edit Rule</source>
        <translation>Изменение правила</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>e.g. Football results</source>
        <translation>например, Футбольные результаты</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Включено</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Any of these conditions holds</source>
        <translation>Выполняется любое из условий</translation>
    </message>
    <message>
        <source>All of these conditions hold</source>
        <translation>Выполняются все условия</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>&amp;Добавить условие</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Отметить как &amp;прочитанное</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Закладка</translation>
    </message>
    <message>
        <source>&amp;Hide (only the Hidden view shows it)</source>
        <translation>С&amp;крыть (видно только в представлении «Скрытые»)</translation>
    </message>
    <message>
        <source>Notify &amp;me</source>
        <translation>&amp;Уведомить меня</translation>
    </message>
    <message>
        <source>Add the ta&amp;g</source>
        <translation>Добавить &amp;метку</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>High&amp;light in the list</source>
        <translation>В&amp;ыделить в списке</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>П&amp;опробовать</translation>
    </message>
    <message>
        <source>Count the articles of your library this rule would match</source>
        <translation>Подсчитать статьи вашей библиотеки, которым соответствовало бы это правило</translation>
    </message>
    <message>
        <source>Articles the rule would match</source>
        <translation>Статьи, которым соответствовало бы правило</translation>
    </message>
    <message>
        <source>Looking at %1 of %2 articles…</source>
        <translation>Просмотр %1 из %2 статей…</translation>
    </message>
    <message numerus="yes">
        <source>Would match %n article(s)</source>
        <translation>
            <numerusform>Соответствовала бы %n статья</numerusform>
            <numerusform>Соответствовали бы %n статьи</numerusform>
            <numerusform>Соответствовали бы %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Part of the article</source>
        <translation>Часть статьи</translation>
    </message>
    <message>
        <source>How it matches</source>
        <translation>Способ сравнения</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>Искомый текст</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить это условие</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Цвет выделения</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Give a condition a text to look for.</source>
        <translation>Укажите в условии искомый текст.</translation>
    </message>
    <message>
        <source>Choose what the rule does.</source>
        <translation>Выберите, что делает правило.</translation>
    </message>
</context>
<context>
    <name>Ui::RulesController</name>
    <message>
        <source>Tag Article</source>
        <translation>Метка статьи</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Mute Words</source>
        <translation>Скрытые слова</translation>
    </message>
</context>
<context>
    <name>Ui::RulesSettingsPage</name>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Rules act on new articles as they arrive. A rule you save also runs once on the articles you already have.</source>
        <translation>Правила применяются к новым статьям по мере их поступления. Сохранённое правило также однократно применяется к уже имеющимся статьям.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Тогда</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mute words</source>
        <translation>Скрытые слова</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>A word or phrase to hide</source>
        <translation>Слово или фраза, которые нужно скрыть</translation>
    </message>
    <message>
        <source>Word to mute</source>
        <translation>Скрываемое слово</translation>
    </message>
    <message>
        <source>Hide until</source>
        <translation>Скрыть до</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>until the end of</source>
        <translation>до конца дня</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>истекло %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Удаление правила</translation>
    </message>
    <message>
        <source>Remove the rule “%1”? What it already did to articles stays.</source>
        <translation>Удалить правило «%1»? То, что оно уже сделало со статьями, сохранится.</translation>
    </message>
</context>
<context>
    <name>Ui::SavedSearchController</name>
    <message>
        <source>Save This Search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Название сохранённого поиска:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Не удаётся сохранить поиск</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Не удаётся переименовать</translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation>Не удаётся удалить сохранённый поиск</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Open in Browser (article list)</source>
        <translation>Открыть в браузере (список статей)</translation>
    </message>
</context>
<context>
    <name>Ui::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Изменение источника</translation>
    </message>
    <message>
        <source>Load the full article from the website</source>
        <translation>Загружать полную статью с сайта</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Feed address:</source>
        <translation>Адрес &amp;ленты:</translation>
    </message>
    <message>
        <source>Only for feeds that ask for one</source>
        <translation>Только для лент, которые его требуют</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the library or the settings file.</source>
        <translation>Хранится в системной связке ключей, а не в библиотеке или файле настроек.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>&amp;Paused: not refreshed until resumed</source>
        <translation>Приос&amp;тановлен: не обновляется до возобновления</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Обновлять каждые:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Последняя ошибка:</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be saved. It is not written anywhere else; clear it to save the other changes.</source>
        <translation>Системная связка ключей недоступна, поэтому пароль нельзя сохранить. Больше он нигде не записывается; очистите поле пароля, чтобы сохранить остальные изменения.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
</context>
<context>
    <name>Ui::SourcePane</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Не удаётся переименовать</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Имя новой папки:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Удаление папки</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Отписаться</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its sources move up a level.</source>
        <translation>Удалить папку «%1»? Её источники переместятся на уровень выше.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are removed, except the bookmarked ones.</source>
        <translation>Отписаться от «%1»? Его статьи будут удалены, кроме тех, что в закладках.</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Не удаётся удалить</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>Добавить источник…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Новая папка…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Mark All as &amp;Read</source>
        <translation>Отметить все как &amp;прочитанные</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Пере&amp;именовать</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Open Website</source>
        <translation>&amp;Открыть сайт</translation>
    </message>
    <message>
        <source>&amp;Notify About New Articles</source>
        <translation>&amp;Уведомлять о новых статьях</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>От&amp;писаться…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Новая &amp;папка…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Удалить папку…</translation>
    </message>
    <message>
        <source>Views, folders and sources, each with its number of unread articles; the menu key opens a source&apos;s commands</source>
        <translation>Представления, папки и источники, у каждого — число непрочитанных статей; клавиша меню открывает команды источника</translation>
    </message>
    <message>
        <source>New Ru&amp;le for This Source…</source>
        <translation>Новое &amp;правило для этого источника…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>Удалить сохранённый &amp;поиск</translation>
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
        <translation>Папки и источники</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Subscribe to a feed</source>
        <translation>Подписаться на ленту</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the selected source (Enter)</source>
        <translation>Изменить выбранный источник (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected source, or delete the selected folder (Delete)</source>
        <translation>Отписаться от выбранного источника или удалить выбранную папку (Delete)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Новая &amp;папка…</translation>
    </message>
    <message>
        <source>Make a folder inside the selected one, or at the top</source>
        <translation>Создать папку внутри выбранной или на верхнем уровне</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>И&amp;мпортировать OPML…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of a subscription list</source>
        <translation>Подписаться на ленты из списка подписок</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>&amp;Экспортировать OPML…</translation>
    </message>
    <message>
        <source>Save your subscriptions as a subscription list</source>
        <translation>Сохранить ваши подписки в виде списка подписок</translation>
    </message>
    <message>
        <source>Select a source to see its details.</source>
        <translation>Выберите источник, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>Лента:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Last fetched:</source>
        <translation>Последняя загрузка:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Последняя ошибка:</translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation>Обновление:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Приостановлен:</translation>
    </message>
    <message>
        <source>Full article:</source>
        <translation>Полная статья:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Changes on this page are made at once; Cancel does not undo them.</source>
        <translation>Изменения на этой странице применяются сразу; кнопка «Отмена» их не отменяет.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Имя новой папки:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Раз в %n минуту</numerusform>
            <numerusform>Раз в %n минуты</numerusform>
            <numerusform>Раз в %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>As set under General</source>
        <translation>Как в разделе «Общие»</translation>
    </message>
    <message>
        <source>Yes: not refreshed until resumed</source>
        <translation>Да: не обновляется до возобновления</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Loaded from the website</source>
        <translation>Загружается с сайта</translation>
    </message>
    <message>
        <source>As the feed gives it</source>
        <translation>Как в ленте</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>Cannot subscribe</source>
        <translation>Не удаётся подписаться</translation>
    </message>
    <message>
        <source>You are already subscribed to this feed.</source>
        <translation>Вы уже подписаны на эту ленту.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Импорт OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Файлы OPML (*.opml *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 — не список подписок: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>Импортирован %n источник.</numerusform>
            <numerusform>Импортировано %n источника.</numerusform>
            <numerusform>Импортировано %n источников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed or listed twice.</source>
        <translation>
            <numerusform>%n — уже есть подписка или указан дважды.</numerusform>
            <numerusform>%n — уже есть подписка или указаны дважды.</numerusform>
            <numerusform>%n — уже есть подписка или указаны дважды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n не удалось импортировать.</numerusform>
            <numerusform>%n не удалось импортировать.</numerusform>
            <numerusform>%n не удалось импортировать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Экспорт OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Файлы OPML (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Подписки Tidings</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Subscriptions exported to %1.</source>
        <translation>Подписки экспортированы в %1.</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>Экспорт закладок</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation>Веб-страница (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) exported to %1.</source>
        <translation>
            <numerusform>%n закладка экспортирована в %1.</numerusform>
            <numerusform>%n закладки экспортированы в %1.</numerusform>
            <numerusform>%n закладок экспортировано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be synced</source>
        <translation>
            <numerusform>%n изменение ожидает синхронизации</numerusform>
            <numerusform>%n изменения ожидают синхронизации</numerusform>
            <numerusform>%n изменений ожидают синхронизации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting — %1</source>
        <translation>
            <numerusform>%n изменение ожидает отправки — %1</numerusform>
            <numerusform>%n изменения ожидают отправки — %1</numerusform>
            <numerusform>%n изменений ожидают отправки — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be synced: %2</source>
        <translation>Не удалось синхронизировать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <source>Show Tidings</source>
        <translation>Показать Tidings</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread</source>
        <translation>
            <numerusform>Tidings: %n непрочитанная</numerusform>
            <numerusform>Tidings: %n непрочитанные</numerusform>
            <numerusform>Tidings: %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more source(s)</source>
        <translation>
            <numerusform>и ещё %n источник</numerusform>
            <numerusform>и ещё %n источника</numerusform>
            <numerusform>и ещё %n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n новая статья</numerusform>
            <numerusform>%n новые статьи</numerusform>
            <numerusform>%n новых статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) matched your rules</source>
        <translation>
            <numerusform>%n новая статья соответствует вашим правилам</numerusform>
            <numerusform>%n новые статьи соответствуют вашим правилам</numerusform>
            <numerusform>%n новых статей соответствуют вашим правилам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::WebArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Область чтения</translation>
    </message>
    <message>
        <source>Tab goes from link to link; F6 and Shift+F6 leave the page</source>
        <translation>Tab переходит от ссылки к ссылке; F6 и Shift+F6 выводят со страницы</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>tidings: cannot open the window: %1</source>
        <translation>tidings: не удаётся открыть окно: %1</translation>
    </message>
</context>
</TS>
