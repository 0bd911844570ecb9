<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Ai::BuiltinProvider</name>
    <message>
        <source>The built-in summarizer cannot translate. Choose a language model server in the AI settings to translate articles.</source>
        <translation>El generador de resúmenes integrado no puede traducir. Para traducir artículos, elige un servidor de modelos de lenguaje en la configuración de IA.</translation>
    </message>
    <message>
        <source>The article has no text to summarize.</source>
        <translation>El artículo no tiene texto que resumir.</translation>
    </message>
    <message>
        <source>The article is too short to summarize.</source>
        <translation>El artículo es demasiado corto para resumirlo.</translation>
    </message>
    <message>
        <source>Built-in summarizer (on this computer)</source>
        <translation>Generador de resúmenes integrado (en este equipo)</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiErrors</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (El servidor dijo: %2)</translation>
    </message>
    <message>
        <source>The server at %1 sends requests to another address (HTTP %2). Enter that address in the AI settings: %3</source>
        <translation>El servidor de %1 redirige las solicitudes a otra dirección (HTTP %2). Escribe esa dirección en la configuración de IA: %3</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key in the AI settings.</source>
        <translation>El servidor rechazó la clave de API. Comprueba la clave en la configuración de IA.</translation>
    </message>
    <message>
        <source>The server at %1 does not know the model “%2”, or the address is not an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>El servidor de %1 no conoce el modelo «%2», o la dirección no es una API compatible con OpenAI (suele terminar en /v1).</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>El servidor está limitando las solicitudes. Vuelve a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El servidor está limitando las solicitudes. Vuelve a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is limiting requests, or the account&apos;s quota is used up. Try again later.</source>
        <translation>El servidor está limitando las solicitudes o se ha agotado la cuota de la cuenta. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server could not handle the request (HTTP %1). The article may be too long for the model; lower the text budget in the AI settings.</source>
        <translation>El servidor no pudo procesar la solicitud (HTTP %1). Puede que el artículo sea demasiado largo para el modelo; reduce el límite de texto en la configuración de IA.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>El servidor de %1 tiene un problema (HTTP %2). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check that the server is running and the address and port are right.</source>
        <translation>No responde nadie en %1 (conexión rechazada). Comprueba que el servidor está en marcha y que la dirección y el puerto son correctos.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>No se encuentra el servidor %1. Comprueba la dirección.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>El servidor de %1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión con %1.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>No se pudo establecer una conexión segura con %1.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>No se pudo usar el servidor proxy: %1</translation>
    </message>
    <message>
        <source>The address %1 is not an http or https address.</source>
        <translation>La dirección %1 no es una dirección http ni https.</translation>
    </message>
    <message>
        <source>Talking to the server at %1 failed: %2</source>
        <translation>Falló la comunicación con el servidor de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent nothing for %n second(s) and was given up on. A large model may need a longer timeout in the AI settings.</source>
        <translation>
            <numerusform>El servidor no envió nada durante %n segundo y se dejó de esperar. Un modelo grande puede necesitar un tiempo de espera mayor en la configuración de IA.</numerusform>
            <numerusform>El servidor no envió nada durante %n segundos y se dejó de esperar. Un modelo grande puede necesitar un tiempo de espera mayor en la configuración de IA.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not the JSON or event stream an OpenAI-compatible server sends.</source>
        <translation>No se pudo leer la respuesta del servidor: no es el JSON ni el flujo de eventos que envía un servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>El modelo devolvió una respuesta vacía.</translation>
    </message>
    <message>
        <source>The model declined to answer (its content filter stopped it).</source>
        <translation>El modelo se negó a responder (lo detuvo su filtro de contenido).</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 Dijo: %2</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>El servidor informó de un error: %1</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>El servidor cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is far longer than any summary; it was stopped.</source>
        <translation>La respuesta del servidor es mucho más larga que cualquier resumen; se ha detenido.</translation>
    </message>
    <message>
        <source>No server address or model is set. Enter them in the AI settings.</source>
        <translation>No se ha indicado la dirección del servidor o el modelo. Escríbelos en la configuración de IA.</translation>
    </message>
    <message>
        <source>The article has no text to send.</source>
        <translation>El artículo no tiene texto que enviar.</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiProvider</name>
    <message>
        <source>Language model server</source>
        <translation>Servidor de modelos de lenguaje</translation>
    </message>
    <message>
        <source>Language model server at %1</source>
        <translation>Servidor de modelos de lenguaje en %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s); choose one.</source>
        <translation>
            <numerusform>Conectado a %1. Ofrece %n modelo; elígelo.</numerusform>
            <numerusform>Conectado a %1. Ofrece %n modelos; elige uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s), “%2” among them.</source>
        <translation>
            <numerusform>Conectado a %1. Ofrece %n modelo: «%2».</numerusform>
            <numerusform>Conectado a %1. Ofrece %n modelos, entre ellos «%2».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1, but it does not offer the model “%2” (it offers %n model(s)).</source>
        <translation>
            <numerusform>Conectado a %1, pero no ofrece el modelo «%2» (ofrece %n modelo).</numerusform>
            <numerusform>Conectado a %1, pero no ofrece el modelo «%2» (ofrece %n modelos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ai::Reply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Ai::ResultCache</name>
    <message>
        <source>The saved AI answers could not be read or written: %1</source>
        <translation>No se pudieron leer ni escribir las respuestas de IA guardadas: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AccountCommand</name>
    <message>
        <source>The user name on the server.</source>
        <translation>El nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <source>A name for the account (default: the host).</source>
        <translation>Un nombre para la cuenta (por omisión: el nombre del servidor).</translation>
    </message>
    <message>
        <source>tidings account: say add or remove</source>
        <translation>tidings account: indica add o remove</translation>
    </message>
    <message>
        <source>tidings account add: give the password on standard input, e.g. `secret-tool lookup ... | tidings account add ...`, or in %1</source>
        <translation>tidings account add: indica la contraseña por la entrada estándar, p. ej. `secret-tool lookup ... | tidings account add ...`, o en %1</translation>
    </message>
    <message>
        <source>the password could not be stored in the keyring: %1</source>
        <translation>no se pudo guardar la contraseña en el depósito de claves: %1</translation>
    </message>
    <message>
        <source>Added account %1; `tidings sync --account %1` fetches it.</source>
        <translation>Se añadió la cuenta %1; `tidings sync --account %1` la sincroniza.</translation>
    </message>
    <message>
        <source>tidings account remove: give one account id</source>
        <translation>tidings account remove: indica un id de cuenta</translation>
    </message>
    <message>
        <source>Add a sync account (add TYPE URL --user NAME) or remove one (remove ID)</source>
        <translation>Añadir una cuenta de sincronización (add TIPO URL --user NOMBRE) o quitar una (remove ID)</translation>
    </message>
    <message>
        <source>add TYPE URL: a new account; TYPE is ttrss (Tiny Tiny RSS), greader (any Google Reader API server), freshrss, miniflux, or a hosted service whose URL may be left out: inoreader, theoldreader, bazqux. The password is read from standard input, or taken from TIDINGS_ACCOUNT_PASSWORD. remove ID: an account and its sources; its bookmarked articles stay.</source>
        <translation>add TIPO URL: una cuenta nueva; TIPO es ttrss (Tiny Tiny RSS), greader (cualquier servidor con la API de Google Reader), freshrss, miniflux o un servicio alojado cuya URL puede omitirse: inoreader, theoldreader, bazqux. La contraseña se lee de la entrada estándar o se toma de TIDINGS_ACCOUNT_PASSWORD. remove ID: una cuenta y sus fuentes; sus artículos con marcador se conservan.</translation>
    </message>
    <message>
        <source>tidings account add: give the server type (%1), the server&apos;s address and --user NAME</source>
        <translation>tidings account add: indica el tipo de servidor (%1), la dirección del servidor y --user NOMBRE</translation>
    </message>
</context>
<context>
    <name>Cli::AccountsCommand</name>
    <message>
        <source>List the accounts with their last sync and the changes waiting to be sent</source>
        <translation>Listar las cuentas con su última sincronización y los cambios pendientes de enviar</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>última sincronización: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizada</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>último error: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AddCommand</name>
    <message>
        <source>Subscribe to a feed, or to the feed of a website</source>
        <translation>Suscribirse a un feed o al feed de un sitio web</translation>
    </message>
    <message>
        <source>A feed or website address, a feed: link or a local file.</source>
        <translation>Una dirección de feed o de sitio web, un enlace feed: o un archivo local.</translation>
    </message>
    <message>
        <source>Put the source in folder NAME (made if missing).</source>
        <translation>Poner la fuente en la carpeta NAME (se crea si no existe).</translation>
    </message>
    <message>
        <source>tidings add: give one address</source>
        <translation>tidings add: indique una dirección</translation>
    </message>
    <message>
        <source>tidings: %1 offers %2 feeds; add one of them by its address:</source>
        <translation>tidings: %1 ofrece %2 feeds; añade uno de ellos por su dirección:</translation>
    </message>
    <message>
        <source>Already subscribed to %1 (source %2)</source>
        <translation>Ya estás suscrito a %1 (fuente %2)</translation>
    </message>
    <message>
        <source>Added %1 (source %2)</source>
        <translation>Se añadió %1 (fuente %2)</translation>
    </message>
    <message>
        <source>the first fetch failed: %1</source>
        <translation>la primera descarga falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (source %2) with %n article(s)</source>
        <translation>
            <numerusform>Se añadió %1 (fuente %2) con %n artículo</numerusform>
            <numerusform>Se añadió %1 (fuente %2) con %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::ArticleStateCommand</name>
    <message>
        <source>Mark an article as read (or unread)</source>
        <translation>Marcar un artículo como leído (o no leído)</translation>
    </message>
    <message>
        <source>Bookmark an article (or remove the bookmark)</source>
        <translation>Añadir un artículo a marcadores (o quitar el marcador)</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>El id del artículo, tal como lo muestra `tidings articles`.</translation>
    </message>
    <message>
        <source>Mark it as unread instead.</source>
        <translation>Marcarlo como no leído en su lugar.</translation>
    </message>
    <message>
        <source>Remove the bookmark instead.</source>
        <translation>Quitar el marcador en su lugar.</translation>
    </message>
    <message>
        <source>tidings %1: give one article id</source>
        <translation>tidings %1: indica un id de artículo</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>no existe el artículo %1</translation>
    </message>
</context>
<context>
    <name>Cli::ArticlesCommand</name>
    <message>
        <source>Search articles by title, author and text</source>
        <translation>Buscar artículos por título, autor y texto</translation>
    </message>
    <message>
        <source>List articles, newest first</source>
        <translation>Listar artículos, los más recientes primero</translation>
    </message>
    <message>
        <source>Only articles of source ID.</source>
        <translation>Solo los artículos de la fuente ID.</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>Solo los artículos no leídos.</translation>
    </message>
    <message>
        <source>Only bookmarked articles.</source>
        <translation>Solo los artículos con marcador.</translation>
    </message>
    <message>
        <source>At most N articles (default 50; 0: all).</source>
        <translation>Como máximo N artículos (por omisión 50; 0: todos).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>tidings search: give the words to search for</source>
        <translation>tidings search: indica las palabras que buscar</translation>
    </message>
    <message>
        <source>tidings %1: --source takes a source id</source>
        <translation>tidings %1: --source espera un id de fuente</translation>
    </message>
    <message>
        <source>tidings %1: --limit takes a number</source>
        <translation>tidings %1: --limit espera un número</translation>
    </message>
    <message>
        <source>Words (prefix matched), &quot;exact phrases&quot;, -excluded, and operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE</source>
        <translation>Palabras (coinciden por prefijo), &quot;frases exactas&quot;, -excluidas y operadores: title:, author:, source:, is:unread, is:read, is:bookmarked, before:FECHA, after:FECHA</translation>
    </message>
    <message>
        <source>Only articles matching QUERY: words, &quot;phrases&quot;, -excluded, and operators (title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE).</source>
        <translation>Solo los artículos que coinciden con CONSULTA: palabras, &quot;frases&quot;, -excluidas y operadores (title:, author:, source:, is:unread, is:read, is:bookmarked, before:FECHA, after:FECHA).</translation>
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
        <translation>Hacer una copia de seguridad de la biblioteca (se conservan las tres más recientes)</translation>
    </message>
    <message>
        <source>Backed up the library to %1.</source>
        <translation>Copia de seguridad de la biblioteca guardada en %1.</translation>
    </message>
</context>
<context>
    <name>Cli::BriefingCommand</name>
    <message>
        <source>Show today&apos;s news as stories, each with a short summary</source>
        <translation>Mostrar las noticias de hoy agrupadas por temas, cada uno con un breve resumen</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; stories (default 10).</source>
        <translation>Mostrar como máximo &lt;n&gt; temas (por omisión 10).</translation>
    </message>
    <message>
        <source>briefing takes no arguments</source>
        <translation>briefing no admite argumentos</translation>
    </message>
    <message>
        <source>--max needs a number between 1 and 1000</source>
        <translation>--max necesita un número entre 1 y 1000</translation>
    </message>
    <message>
        <source>No articles today.</source>
        <translation>Hoy no hay artículos.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from %1, latest at %2</source>
        <translation>
            <numerusform>%n artículo de %1, a las %2</numerusform>
            <numerusform>%n artículos de %1, el más reciente a las %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::CheckCommand</name>
    <message>
        <source>Check the library for damage (exit 1 when damaged)</source>
        <translation>Comprobar si la biblioteca está dañada (sale con 1 si lo está)</translation>
    </message>
    <message>
        <source>Repair a damaged library: keep a copy of it and recover what can be read.</source>
        <translation>Reparar una biblioteca dañada: guardar una copia y recuperar lo que se pueda leer.</translation>
    </message>
    <message>
        <source>There is no library at %1 yet.</source>
        <translation>Todavía no hay ninguna biblioteca en %1.</translation>
    </message>
    <message>
        <source>The library %1 is intact.</source>
        <translation>La biblioteca %1 está intacta.</translation>
    </message>
    <message>
        <source>The library %1 is damaged:</source>
        <translation>La biblioteca %1 está dañada:</translation>
    </message>
    <message>
        <source>tidings: run `tidings check --repair` to keep a copy of the damaged file and recover what can be read.</source>
        <translation>tidings: ejecuta `tidings check --repair` para guardar una copia del archivo dañado y recuperar lo que se pueda leer.</translation>
    </message>
    <message>
        <source>The search index %1 was damaged; it is rebuilt the next time the library is opened.</source>
        <translation>El índice de búsqueda %1 estaba dañado; se reconstruirá la próxima vez que se abra la biblioteca.</translation>
    </message>
</context>
<context>
    <name>Cli::Context</name>
    <message>
        <source>The search index could not be updated; it is tried again next time.</source>
        <translation>No se pudo actualizar el índice de búsqueda; se volverá a intentar la próxima vez.</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index (%Ln changes)…</source>
        <translation>
            <numerusform>Actualizando el índice de búsqueda (%Ln cambio)…</numerusform>
            <numerusform>Actualizando el índice de búsqueda (%Ln cambios)…</numerusform>
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
Opciones globales (antes o después de la orden):
  --profile DIR  Guardar todos los datos en DIR en lugar de la carpeta de datos predeterminada
                 (la variable de entorno TIDINGS_PROFILE hace lo mismo)
  --verbose      Mostrar los mensajes de depuración de las categorías de registro tidings.*
  -h, --help     Mostrar esta ayuda; &apos;tidings COMMAND --help&apos; muestra las opciones de una orden
  --version      Mostrar la versión
</translation>
    </message>
    <message>
        <source>tidings: unknown command &apos;%1&apos;</source>
        <translation>tidings: orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Pruebe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
       tidings [--profile DIR] [FILE | URL]...

Tidings is a news reader. Without a command it opens its window. Given
feed files or links, it offers to subscribe to them; given OPML files, to
import them.

Commands:
</source>
        <translation>Uso: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
     tidings [--profile DIR] [FILE | URL]...

Tidings es un lector de noticias. Sin una orden, abre su ventana. Si recibe
archivos o enlaces de feeds, ofrece suscribirse a ellos; si recibe archivos
OPML, ofrece importarlos.

Órdenes:
</translation>
    </message>
</context>
<context>
    <name>Cli::ExportBookmarksCommand</name>
    <message>
        <source>Write the bookmarked articles as a web page or JSON</source>
        <translation>Escribir los artículos marcados como página web o JSON</translation>
    </message>
    <message>
        <source>html: a web page of links (the default); json: an array of objects with title, link, source and date.</source>
        <translation>html: una página web de enlaces (predeterminado); json: una matriz de objetos con título, enlace, fuente y fecha.</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Dónde escribir (por omisión: la salida estándar).</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: give at most one file</source>
        <translation>tidings export-bookmarks: indica como máximo un archivo</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: --format is html or json</source>
        <translation>tidings export-bookmarks: --format debe ser html o json</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ExportOpmlCommand</name>
    <message>
        <source>Write the subscriptions as an OPML file</source>
        <translation>Escribir las suscripciones en un archivo OPML</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Dónde escribir (por omisión: la salida estándar).</translation>
    </message>
    <message>
        <source>tidings export-opml: give at most one file</source>
        <translation>tidings export-opml: indica como máximo un archivo</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Suscripciones de Tidings</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ExtractCommand</name>
    <message>
        <source>Print the article text of a web page (a file or an http(s) URL)</source>
        <translation>Imprimir el texto del artículo de una página web (un archivo o una URL http(s))</translation>
    </message>
    <message>
        <source>Print the sanitized HTML instead of text.</source>
        <translation>Imprimir el HTML saneado en lugar del texto.</translation>
    </message>
    <message>
        <source>The web page: a file, or an http(s) URL.</source>
        <translation>La página web: un archivo o una URL http(s).</translation>
    </message>
    <message>
        <source>extract needs exactly one FILE or URL</source>
        <translation>extract necesita exactamente un FILE o una URL</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ocupa más de %2 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ImportOpmlCommand</name>
    <message>
        <source>Subscribe to the feeds of an OPML file, keeping its folders</source>
        <translation>Suscribirse a los feeds de un archivo OPML, conservando sus carpetas</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>El archivo OPML.</translation>
    </message>
    <message>
        <source>tidings import-opml: give one file</source>
        <translation>tidings import-opml: indica un archivo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable OPML file: %2</source>
        <translation>%1 no es un archivo OPML utilizable: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 skipped (already subscribed or listed twice), %4 failed</source>
        <translation>Se importó %1: %2 añadidos, %3 omitidos (ya suscritos o repetidos), %4 fallidos</translation>
    </message>
</context>
<context>
    <name>Cli::InfoCommand</name>
    <message>
        <source>Show the version, the profile folder and the library</source>
        <translation>Mostrar la versión, la carpeta del perfil y la biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>--profile needs a folder, as in --profile DIR</source>
        <translation>--profile necesita una carpeta, como en --profile DIR</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor a feed link</source>
        <translation>&apos;%1&apos; no es ni un archivo ni un enlace a un feed</translation>
    </message>
</context>
<context>
    <name>Cli::MuteCommand</name>
    <message>
        <source>Hide articles with a word until a date; list or remove mute words</source>
        <translation>Ocultar los artículos con una palabra hasta una fecha; listar o quitar palabras silenciadas</translation>
    </message>
    <message>
        <source>The word or phrase; articles with it in the title or text are hidden.</source>
        <translation>La palabra o frase; se ocultan los artículos que la contienen en el título o el texto.</translation>
    </message>
    <message>
        <source>When the mute ends: a date (YYYY-MM-DD, to the end of that day), a date and time, or a number of days or hours (7d, 12h).</source>
        <translation>Cuándo termina el silencio: una fecha (AAAA-MM-DD, hasta el final de ese día), una fecha y hora, o un número de días u horas (7d, 12h).</translation>
    </message>
    <message>
        <source>List the mute words, expired ones too.</source>
        <translation>Listar las palabras silenciadas, también las caducadas.</translation>
    </message>
    <message>
        <source>Remove a mute word.</source>
        <translation>Quitar una palabra silenciada.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>Con --list: imprimir un array JSON.</translation>
    </message>
    <message>
        <source>tidings mute: give one word (quote a phrase)</source>
        <translation>tidings mute: indica una sola palabra (pon una frase entre comillas)</translation>
    </message>
    <message>
        <source>tidings mute: --until needs a date in the future, such as 2026-12-31 or 7d</source>
        <translation>tidings mute: --until necesita una fecha futura, como 2026-12-31 o 7d</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>mute %1: &quot;%2&quot; until %3</source>
        <translation>silenciar %1: &quot;%2&quot; hasta el %3</translation>
    </message>
</context>
<context>
    <name>Cli::ParseCommand</name>
    <message>
        <source>Parse a feed file (or - for standard input) and print it as JSON</source>
        <translation>Analizar un archivo de feed (o - para la entrada estándar) e imprimirlo como JSON</translation>
    </message>
    <message>
        <source>Resolve relative links against &lt;url&gt; (the feed&apos;s address).</source>
        <translation>Resolver los enlaces relativos respecto a &lt;url&gt; (la dirección del feed).</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the document came with (for its charset).</source>
        <translation>El Content-Type HTTP con el que llegó el documento (por su juego de caracteres).</translation>
    </message>
    <message>
        <source>Refuse documents larger than &lt;mib&gt; MiB (default 32).</source>
        <translation>Rechazar documentos de más de &lt;mib&gt; MiB (por omisión 32).</translation>
    </message>
    <message>
        <source>The feed document, or - for standard input.</source>
        <translation>El documento del feed, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>parse needs exactly one FILE (or -)</source>
        <translation>parse necesita exactamente un FILE (o -)</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL</source>
        <translation>--base-url necesita una URL absoluta</translation>
    </message>
    <message>
        <source>--max-size needs a number of MiB between 0 and 4096</source>
        <translation>--max-size necesita un número de MiB entre 0 y 4096</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
</context>
<context>
    <name>Cli::RefreshCommand</name>
    <message>
        <source>Fetch new articles from every source, or from the given ones</source>
        <translation>Descargar artículos nuevos de todas las fuentes o de las indicadas</translation>
    </message>
    <message>
        <source>Refresh only source ID (repeatable).</source>
        <translation>Actualizar solo la fuente ID (se puede repetir).</translation>
    </message>
    <message>
        <source>Download at most N feeds at once (default 12).</source>
        <translation>Descargar como máximo N feeds a la vez (por omisión 12).</translation>
    </message>
    <message>
        <source>tidings refresh: &apos;%1&apos; is not a source id</source>
        <translation>tidings refresh: &apos;%1&apos; no es un id de fuente</translation>
    </message>
    <message>
        <source>tidings refresh: --jobs takes a number from 1 to 64</source>
        <translation>tidings refresh: --jobs espera un número del 1 al 64</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>no source with that id</source>
        <translation>no hay ninguna fuente con ese id</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n source(s): %1 ok (%2 not modified), %3 failed; %4 new and %5 updated articles</source>
        <translation>
            <numerusform>Se actualizó %n fuente: %1 correctas (%2 sin cambios), %3 fallidas; %4 artículos nuevos y %5 actualizados</numerusform>
            <numerusform>Se actualizaron %n fuentes: %1 correctas (%2 sin cambios), %3 fallidas; %4 artículos nuevos y %5 actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old article(s) that the retention settings no longer keep</source>
        <translation>
            <numerusform>Se eliminó %n artículo antiguo que la configuración de conservación ya no guarda</numerusform>
            <numerusform>Se eliminaron %n artículos antiguos que la configuración de conservación ya no guarda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RelatedCommand</name>
    <message>
        <source>List the articles most related to an article</source>
        <translation>Listar los artículos más relacionados con un artículo</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>El id del artículo, tal como lo muestra `tidings articles`.</translation>
    </message>
    <message>
        <source>At most N articles (default %1).</source>
        <translation>Como máximo N artículos (por omisión %1).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>tidings related: give one article id</source>
        <translation>tidings related: indica un id de artículo</translation>
    </message>
    <message>
        <source>tidings related: --limit takes a number above 0</source>
        <translation>tidings related: --limit espera un número mayor que 0</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>no existe el artículo %1</translation>
    </message>
</context>
<context>
    <name>Cli::RestoreCommand</name>
    <message>
        <source>List the backups, or restore the library from one</source>
        <translation>Listar las copias de seguridad o restaurar la biblioteca desde una</translation>
    </message>
    <message>
        <source>A backup&apos;s name as listed, or the path of a backup file; without it, the backups are listed.</source>
        <translation>El nombre de una copia de seguridad tal como aparece en la lista, o la ruta de un archivo de copia; sin él, se listan las copias de seguridad.</translation>
    </message>
    <message>
        <source>tidings restore: give at most one backup</source>
        <translation>tidings restore: indica como máximo una copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>Todavía no hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>Restored the library from %1. The library as it was is kept in %2.</source>
        <translation>Biblioteca restaurada desde %1. La biblioteca tal como estaba se guarda en %2.</translation>
    </message>
</context>
<context>
    <name>Cli::RuleCommand</name>
    <message>
        <source>Add, remove or test a rule</source>
        <translation>Añadir, quitar o probar una regla</translation>
    </message>
    <message>
        <source>add: a new rule from the options; remove ID; test ID: how many articles the rule matches, and which.</source>
        <translation>add: una regla nueva a partir de las opciones; remove ID; test ID: cuántos artículos coinciden con la regla, y cuáles.</translation>
    </message>
    <message>
        <source>Condition: the %1 %2 TEXT (repeatable).</source>
        <extracomment>%1 is a part of an article (title, author, ...), %2 how it is matched.</extracomment>
        <translation>Condición: %1 %2 TEXTO (se puede repetir).</translation>
    </message>
    <message>
        <source>Every condition must hold (default: any one of them).</source>
        <translation>Todas las condiciones deben cumplirse (predeterminado: cualquiera de ellas).</translation>
    </message>
    <message>
        <source>What to do: mark-read, bookmark, hide or notify (repeatable).</source>
        <translation>Qué hacer: mark-read, bookmark, hide o notify (se puede repetir).</translation>
    </message>
    <message>
        <source>Add this tag to matching articles.</source>
        <translation>Añadir esta etiqueta a los artículos que coincidan.</translation>
    </message>
    <message>
        <source>Highlight matching articles in the list with this colour (#rrggbb).</source>
        <translation>Resaltar en la lista los artículos que coincidan con este color (#rrggbb).</translation>
    </message>
    <message>
        <source>A name for the rule.</source>
        <translation>Un nombre para la regla.</translation>
    </message>
    <message>
        <source>Only for the articles of this source.</source>
        <translation>Solo para los artículos de esta fuente.</translation>
    </message>
    <message>
        <source>Add: leave the articles already in the library alone.</source>
        <translation>Añadir: no tocar los artículos que ya están en la biblioteca.</translation>
    </message>
    <message>
        <source>Test: list at most N of the matches (default 20).</source>
        <translation>Probar: listar como máximo N coincidencias (predeterminado: 20).</translation>
    </message>
    <message>
        <source>Test: print the matches as a JSON array.</source>
        <translation>Probar: imprimir las coincidencias como un array JSON.</translation>
    </message>
    <message>
        <source>tidings rule: say add, remove ID or test ID</source>
        <translation>tidings rule: indica add, remove ID o test ID</translation>
    </message>
    <message>
        <source>--%1 needs a text</source>
        <translation>--%1 necesita un texto</translation>
    </message>
    <message>
        <source>give at least one condition, such as --title-contains TEXT</source>
        <translation>indica al menos una condición, como --title-contains TEXTO</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (mark-read, bookmark, hide or notify)</source>
        <translation>acción desconocida &quot;%1&quot; (mark-read, bookmark, hide o notify)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation>&quot;%1&quot; no es un color de la forma #rrggbb</translation>
    </message>
    <message>
        <source>give an action: --action, --tag or --highlight</source>
        <translation>indica una acción: --action, --tag o --highlight</translation>
    </message>
    <message>
        <source>--source needs a source id, as `tidings sources` shows</source>
        <translation>--source necesita el id de una fuente, tal como lo muestra `tidings sources`</translation>
    </message>
    <message>
        <source>tidings rule add: %1</source>
        <translation>tidings rule add: %1</translation>
    </message>
    <message>
        <source>rule %1 added</source>
        <translation>regla %1 añadida</translation>
    </message>
    <message>
        <source>applied to %1 of %2 articles</source>
        <translation>aplicada a %1 de %2 artículos</translation>
    </message>
    <message>
        <source>tidings rule remove: give one rule id</source>
        <translation>tidings rule remove: indica un id de regla</translation>
    </message>
    <message>
        <source>tidings rule test: give one rule id (and --limit N)</source>
        <translation>tidings rule test: indica un id de regla (y --limit N)</translation>
    </message>
    <message>
        <source>there is no rule %1</source>
        <translation>no existe la regla %1</translation>
    </message>
    <message numerus="yes">
        <source>rule %1 matches %n article(s)</source>
        <translation>
            <numerusform>la regla %1 coincide con %n artículo</numerusform>
            <numerusform>la regla %1 coincide con %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RulesCommand</name>
    <message>
        <source>List the rules with their conditions and actions</source>
        <translation>Listar las reglas con sus condiciones y acciones</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>si %1</translation>
    </message>
    <message>
        <source>in source %1</source>
        <translation>en la fuente %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>entonces %1</translation>
    </message>
</context>
<context>
    <name>Cli::SourcesCommand</name>
    <message>
        <source>List the sources with their unread counts and last errors</source>
        <translation>Listar las fuentes con sus artículos no leídos y sus últimos errores</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>último error: %1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeCommand</name>
    <message>
        <source>Summarize an article, or list its key points</source>
        <translation>Resumir un artículo o listar sus puntos clave</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>El id del artículo, tal como lo muestra `tidings articles`.</translation>
    </message>
    <message>
        <source>builtin: the summarizer on this computer; remote: the language model server in the AI settings (default: the provider chosen there).</source>
        <translation>builtin: el generador de resúmenes de este equipo; remote: el servidor de modelos de lenguaje de la configuración de IA (por omisión: el proveedor elegido allí).</translation>
    </message>
    <message>
        <source>List the key points instead of a summary.</source>
        <translation>Listar los puntos clave en lugar de un resumen.</translation>
    </message>
    <message>
        <source>Ask again instead of showing the saved answer.</source>
        <translation>Volver a preguntar en lugar de mostrar la respuesta guardada.</translation>
    </message>
    <message>
        <source>tidings summarize: give one article id</source>
        <translation>tidings summarize: indica un id de artículo</translation>
    </message>
    <message>
        <source>tidings summarize: --provider is builtin or remote</source>
        <translation>tidings summarize: --provider debe ser builtin o remote</translation>
    </message>
    <message>
        <source>AI features are turned off. Turn them on in the AI settings (%1=true in %2), or use --provider builtin for the summarizer that runs on this computer.</source>
        <translation>Las funciones de IA están desactivadas. Actívalas en la configuración de IA (%1=true en %2) o usa --provider builtin para el generador de resúmenes que funciona en este equipo.</translation>
    </message>
    <message>
        <source>Key points are turned off in the AI settings.</source>
        <translation>Los puntos clave están desactivados en la configuración de IA.</translation>
    </message>
    <message>
        <source>Summaries are turned off in the AI settings.</source>
        <translation>Los resúmenes están desactivados en la configuración de IA.</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>no existe el artículo %1</translation>
    </message>
    <message>
        <source>The API key could not be read from the keyring: %1</source>
        <translation>No se pudo leer la clave de API del depósito de claves: %1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeTextCommand</name>
    <message>
        <source>Summarize a plain-text file (or - for standard input) offline</source>
        <translation>Resumir sin conexión un archivo de texto sin formato (o - para la entrada estándar)</translation>
    </message>
    <message>
        <source>Print the key points, most important first, instead of a summary.</source>
        <translation>Imprimir los puntos clave, los más importantes primero, en lugar de un resumen.</translation>
    </message>
    <message>
        <source>Use at most &lt;n&gt; sentences (default 4, or 5 key points).</source>
        <translation>Usar como máximo &lt;n&gt; frases (por omisión 4, o 5 puntos clave).</translation>
    </message>
    <message>
        <source>A UTF-8 text file, or - for standard input.</source>
        <translation>Un archivo de texto UTF-8, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>summarize-text needs exactly one FILE (or -)</source>
        <translation>summarize-text necesita exactamente un FILE (o -)</translation>
    </message>
    <message>
        <source>--sentences needs a number between 1 and 100</source>
        <translation>--sentences necesita un número entre 1 y 100</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli::SyncCommand</name>
    <message>
        <source>Send the changes waiting and fetch what is new on the sync servers</source>
        <translation>Enviar los cambios pendientes y descargar las novedades de los servidores de sincronización</translation>
    </message>
    <message>
        <source>Sync only account ID, as `tidings accounts` shows (default: all).</source>
        <translation>Sincronizar solo la cuenta ID, tal como la muestra `tidings accounts` (por omisión: todas).</translation>
    </message>
    <message>
        <source>tidings sync: &apos;%1&apos; is not an account id</source>
        <translation>tidings sync: &apos;%1&apos; no es un id de cuenta</translation>
    </message>
    <message>
        <source>there is no sync account; add one with `tidings account add`</source>
        <translation>no hay ninguna cuenta de sincronización; añade una con `tidings account add`</translation>
    </message>
    <message>
        <source>there is no sync account %1</source>
        <translation>no hay ninguna cuenta de sincronización %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: sent %n change(s), %2 folders, %3 sources, %4 new and %5 updated articles</source>
        <translation>
            <numerusform>%1: se envió %n cambio, %2 carpetas, %3 fuentes, %4 artículos nuevos y %5 actualizados</numerusform>
            <numerusform>%1: se enviaron %n cambios, %2 carpetas, %3 fuentes, %4 artículos nuevos y %5 actualizados</numerusform>
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
        <translation>Etiquetar un artículo (o quitarle la etiqueta); listar las etiquetas</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>El id del artículo, tal como lo muestra `tidings articles`.</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>La etiqueta.</translation>
    </message>
    <message>
        <source>Remove the tag from the article instead.</source>
        <translation>Quitar la etiqueta del artículo en su lugar.</translation>
    </message>
    <message>
        <source>List the tags with their article counts.</source>
        <translation>Listar las etiquetas con su número de artículos.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>Con --list: imprimir un array JSON.</translation>
    </message>
    <message>
        <source>tidings tag: give an article id and a tag name</source>
        <translation>tidings tag: indica un id de artículo y un nombre de etiqueta</translation>
    </message>
</context>
<context>
    <name>Feeds::FeedParser</name>
    <message>
        <source>not a feed: an HTML page</source>
        <translation>no es un feed: es una página HTML</translation>
    </message>
    <message>
        <source>not a feed: the root element &lt;%1&gt; is not RSS, RDF or Atom</source>
        <translation>no es un feed: el elemento raíz &lt;%1&gt; no es RSS, RDF ni Atom</translation>
    </message>
    <message>
        <source>not a feed: invalid JSON at offset %1: %2</source>
        <translation>no es un feed: JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>no es un feed: un documento JSON sin versión de JSON Feed</translation>
    </message>
    <message>
        <source>document too large: %1 bytes, the limit is %2 bytes</source>
        <translation>documento demasiado grande: %1 bytes, el límite es %2 bytes</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>no es un feed: el documento está vacío</translation>
    </message>
    <message>
        <source>not a feed: binary data</source>
        <translation>no es un feed: datos binarios</translation>
    </message>
    <message>
        <source>not a feed: neither XML nor JSON</source>
        <translation>no es un feed: ni XML ni JSON</translation>
    </message>
</context>
<context>
    <name>Feeds::JsonFeedReader</name>
    <message>
        <source>unreadable date &quot;%1&quot;</source>
        <translation>fecha ilegible «%1»</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>no es un feed: un documento JSON sin versión de JSON Feed</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlReaderContext</name>
    <message>
        <source>unreadable date &quot;%1&quot; in &lt;%2&gt;</source>
        <translation>fecha ilegible «%1» en &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlTreeBuilder</name>
    <message>
        <source>junk before the document</source>
        <translation>basura antes del documento</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>no hay elemento raíz</translation>
    </message>
    <message>
        <source>document truncated inside &lt;%1&gt;</source>
        <translation>documento truncado dentro de &lt;%1&gt;</translation>
    </message>
    <message>
        <source>%1 more problems not listed</source>
        <translation>otros %1 problemas no listados</translation>
    </message>
    <message>
        <source>unescaped &apos;&lt;&apos;</source>
        <translation>&apos;&lt;&apos; sin escapar</translation>
    </message>
    <message>
        <source>missing &apos;&gt;&apos; after &lt;%1</source>
        <translation>falta &apos;&gt;&apos; después de &lt;%1</translation>
    </message>
    <message>
        <source>malformed attribute in &lt;%1&gt;</source>
        <translation>atributo mal formado en &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute value without quotes</source>
        <translation>valor de atributo sin comillas</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>elementos anidados a más de %1 niveles</translation>
    </message>
    <message>
        <source>element name too long</source>
        <translation>nombre de elemento demasiado largo</translation>
    </message>
    <message>
        <source>unexpected close tag &lt;/%1&gt;</source>
        <translation>etiqueta de cierre inesperada &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>missing close tag &lt;/%1&gt;</source>
        <translation>falta la etiqueta de cierre &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>undeclared namespace prefix &apos;%1&apos;</source>
        <translation>prefijo de espacio de nombres no declarado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unescaped &apos;&amp;&apos;</source>
        <translation>&apos;&amp;&apos; sin escapar</translation>
    </message>
    <message>
        <source>entity expansion over the limit of %1 bytes</source>
        <translation>expansión de entidades por encima del límite de %1 bytes</translation>
    </message>
    <message>
        <source>external entity &apos;&amp;%1;&apos; not fetched</source>
        <translation>entidad externa &apos;&amp;%1;&apos; no descargada</translation>
    </message>
    <message>
        <source>undefined entity &apos;&amp;%1;&apos;</source>
        <translation>entidad no definida &apos;&amp;%1;&apos;</translation>
    </message>
    <message>
        <source>too many entity declarations</source>
        <translation>demasiadas declaraciones de entidades</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>not well-formed at %1: recovered (%2)</source>
        <translation>mal formado en %1: recuperado (%2)</translation>
    </message>
    <message>
        <source>not well-formed at %1: %2</source>
        <translation>mal formado en %1: %2</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>documento demasiado grande</translation>
    </message>
</context>
<context>
    <name>Html::ArticleExtractor</name>
    <message>
        <source>The page is larger than %1 MB.</source>
        <translation>La página ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>The page is nested too deeply to be read.</source>
        <translation>La página tiene demasiados niveles de anidamiento para leerla.</translation>
    </message>
    <message>
        <source>No article text found on this page.</source>
        <translation>No se encontró texto de ningún artículo en esta página.</translation>
    </message>
</context>
<context>
    <name>Html::Sanitizer</name>
    <message>
        <source>▶ Video on %1</source>
        <translation>▶ Vídeo en %1</translation>
    </message>
</context>
<context>
    <name>Models::ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>con marcador</translation>
    </message>
    <message numerus="yes">
        <source>and %n more sources</source>
        <translation>
            <numerusform>y %n fuente más</numerusform>
            <numerusform>y %n fuentes más</numerusform>
        </translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>con la etiqueta %1</translation>
    </message>
</context>
<context>
    <name>Models::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
</context>
<context>
    <name>Models::SourceTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>%1
Last refresh failed: %2</source>
        <translation>%1
La última actualización falló: %2</translation>
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
            <numerusform>%n no leído</numerusform>
            <numerusform>%n no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation>la última actualización falló</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Boletín diario</translation>
    </message>
    <message>
        <source>Today&apos;s main stories, grouped from all your sources</source>
        <translation>Los temas principales de hoy, reunidos a partir de todas tus fuentes</translation>
    </message>
    <message>
        <source>%1, today&apos;s main stories</source>
        <translation>%1, los temas principales de hoy</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>La última actualización falló: %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ocultos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1
Saved search: %2</source>
        <translation>%1
Búsqueda guardada: %2</translation>
    </message>
    <message>
        <source>Articles hidden by your rules and mute words</source>
        <translation>Artículos ocultos por tus reglas y palabras silenciadas</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n article(s)</source>
        <translation>
            <numerusform>%1
%n artículo</numerusform>
            <numerusform>%1
%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n artículo</numerusform>
            <numerusform>%1, %n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet. New ones arrive when your sources are refreshed (F5).</source>
        <translation>Todavía no hay artículos. Los nuevos llegan cuando se actualizan tus fuentes (F5).</translation>
    </message>
    <message>
        <source>All caught up: nothing is unread.</source>
        <translation>Estás al día: no hay nada sin leer.</translation>
    </message>
    <message>
        <source>Nothing new today yet.</source>
        <translation>Todavía no hay nada nuevo hoy.</translation>
    </message>
    <message>
        <source>No bookmarks yet. Bookmark an article (S) to keep it here; bookmarks are never removed.</source>
        <translation>Todavía no hay marcadores. Marca un artículo (S) para guardarlo aquí; los marcadores nunca se eliminan.</translation>
    </message>
    <message>
        <source>No article is hidden. Articles that your rules and mute words hide are gathered here.</source>
        <translation>No hay ningún artículo oculto. Aquí se reúnen los artículos que ocultan tus reglas y palabras silenciadas.</translation>
    </message>
    <message>
        <source>This folder has no sources. Drag sources onto it in the tree.</source>
        <translation>Esta carpeta no tiene fuentes. Arrastra fuentes sobre ella en el árbol.</translation>
    </message>
    <message>
        <source>No articles in this folder yet.</source>
        <translation>Todavía no hay artículos en esta carpeta.</translation>
    </message>
    <message>
        <source>No articles from this source yet.</source>
        <translation>Todavía no hay artículos de esta fuente.</translation>
    </message>
    <message>
        <source>No articles from this source yet. Its last refresh failed: %1</source>
        <translation>Todavía no hay artículos de esta fuente. Su última actualización falló: %1</translation>
    </message>
    <message>
        <source>No article matches this saved search (%1).</source>
        <translation>Ningún artículo coincide con esta búsqueda guardada (%1).</translation>
    </message>
    <message>
        <source>No article is tagged “%1”.</source>
        <translation>Ningún artículo tiene la etiqueta «%1».</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>%1 is missing; looked in %2</source>
        <translation>falta %1; se ha buscado en %2</translation>
    </message>
</context>
<context>
    <name>Net::FetchErrors</name>
    <message>
        <source>The server answered %1</source>
        <translation>El servidor respondió %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>El servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>check the user name and password for this source</source>
        <translation>comprueba el usuario y la contraseña de esta fuente</translation>
    </message>
    <message>
        <source>the feed may have moved</source>
        <translation>puede que el feed se haya trasladado</translation>
    </message>
    <message>
        <source>the feed has been removed for good</source>
        <translation>el feed se ha eliminado definitivamente</translation>
    </message>
    <message>
        <source>Tidings will try again later</source>
        <translation>Tidings lo intentará de nuevo más tarde</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused</source>
        <translation>No se puede conectar con %1: se rechazó la conexión</translation>
    </message>
    <message>
        <source>Cannot find the server %1 — check the address and your connection</source>
        <translation>No se encuentra el servidor %1: comprueba la dirección y tu conexión</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the feed</source>
        <translation>%1 cerró la conexión antes de enviar el feed</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>No se pudo usar el servidor proxy: %1</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>La red no está disponible</translation>
    </message>
    <message>
        <source>Cannot fetch the feed from %1: %2</source>
        <translation>No se puede descargar el feed de %1: %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MiB; Tidings stopped downloading it</source>
        <translation>El feed ocupa más de %1 MiB; Tidings dejó de descargarlo</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times</source>
        <translation>El servidor redirigió más de %1 veces</translation>
    </message>
    <message>
        <source>The server redirects in a loop (back to %1)</source>
        <translation>El servidor redirige en bucle (de vuelta a %1)</translation>
    </message>
    <message>
        <source>The server redirected to an address Tidings cannot use: %1</source>
        <translation>El servidor redirigió a una dirección que Tidings no puede usar: %1</translation>
    </message>
    <message>
        <source>Tidings cannot fetch %1 addresses</source>
        <translation>Tidings no puede descargar direcciones %1</translation>
    </message>
    <message>
        <source>The user name or password was not accepted; check them in the source&apos;s settings</source>
        <translation>No se aceptaron el usuario o la contraseña; compruébalos en la configuración de la fuente</translation>
    </message>
    <message>
        <source>The server asks for a user name and password; enter them in the source&apos;s settings</source>
        <translation>El servidor pide usuario y contraseña; escríbelos en la configuración de la fuente</translation>
    </message>
    <message>
        <source>The server sent a compressed feed that is damaged or cut off</source>
        <translation>El servidor envió un feed comprimido que está dañado o cortado</translation>
    </message>
</context>
<context>
    <name>Pages::AiCard</name>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Made by %1.</source>
        <translation>Generado por %1.</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the article.</source>
        <translation>La IA puede equivocarse: contrasta lo importante con el artículo.</translation>
    </message>
    <message>
        <source>Summaries and key points, made on this computer.</source>
        <translation>Resúmenes y puntos clave, generados en este equipo.</translation>
    </message>
    <message>
        <source>Try AI features…</source>
        <translation>Probar las funciones de IA…</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>No volver a mostrar</translation>
    </message>
</context>
<context>
    <name>Pages::ArticlePage</name>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Cargando el artículo completo…</translation>
    </message>
    <message>
        <source>Load full article</source>
        <translation>Cargar el artículo completo</translation>
    </message>
    <message>
        <source>Related Articles</source>
        <translation>Artículos relacionados</translation>
    </message>
    <message>
        <source>More from this source</source>
        <translation>Más de esta fuente</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>Más de %1</translation>
    </message>
    <message>
        <source>Read the comments on the site</source>
        <translation>Leer los comentarios en el sitio</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Aún no hay comentarios</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Mostrar los comentarios</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Cargando los comentarios…</translation>
    </message>
    <message>
        <source>The comments could not be loaded: %1</source>
        <translation>No se pudieron cargar los comentarios: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
</context>
<context>
    <name>Pages::BriefingPage</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Boletín diario</translation>
    </message>
    <message numerus="yes">
        <source>%n top stories</source>
        <translation>
            <numerusform>%n tema principal</numerusform>
            <numerusform>%n temas principales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough of today&apos;s articles yet to build a briefing — refresh or come back later.</source>
        <translation>Aún no hay suficientes artículos de hoy para preparar un boletín: actualiza o vuelve más tarde.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Stories grouped and summarized on this computer.</source>
        <translation>Temas agrupados y resumidos en este equipo.</translation>
    </message>
    <message>
        <source>Stories grouped and summarized by: %1.</source>
        <translation>Temas agrupados y resumidos por: %1.</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the articles.</source>
        <translation>La IA puede equivocarse: contrasta lo importante con los artículos.</translation>
    </message>
    <message>
        <source>Preparing today&apos;s briefing…</source>
        <translation>Preparando el boletín de hoy…</translation>
    </message>
</context>
<context>
    <name>Reading::CommentThread</name>
    <message>
        <source>The comments could not be loaded.</source>
        <translation>No se pudieron cargar los comentarios.</translation>
    </message>
    <message>
        <source>Loading the comments was cancelled.</source>
        <translation>Se canceló la carga de los comentarios.</translation>
    </message>
    <message>
        <source>The server sent no comments (HTTP %1).</source>
        <translation>El servidor no envió comentarios (HTTP %1).</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>No se pudieron leer los comentarios: %1</translation>
    </message>
</context>
<context>
    <name>Reading::FullArticleLoader</name>
    <message>
        <source>The article no longer exists.</source>
        <translation>El artículo ya no existe.</translation>
    </message>
    <message>
        <source>The article has no web page to load.</source>
        <translation>El artículo no tiene ninguna página web que cargar.</translation>
    </message>
    <message>
        <source>The article&apos;s link leads to a file of type %1, not to a web page.</source>
        <translation>El enlace del artículo lleva a un archivo de tipo %1, no a una página web.</translation>
    </message>
</context>
<context>
    <name>Refresh::IngestWorker</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>No se pueden guardar los artículos: %1</translation>
    </message>
    <message>
        <source>The disk that holds your library is full, or the library may grow no further (%1). The refresh stopped; nothing stored before was lost. Free some space, then refresh again.</source>
        <translation>El disco que contiene tu biblioteca está lleno, o la biblioteca no puede crecer más (%1). La actualización se detuvo; no se ha perdido nada de lo guardado antes. Libera algo de espacio y vuelve a actualizar.</translation>
    </message>
</context>
<context>
    <name>Refresh::RefreshService</name>
    <message>
        <source>The server asks for a user name and password, and the password could not be read from the system keyring: %1</source>
        <translation>El servidor pide usuario y contraseña, y no se pudo leer la contraseña del depósito de claves del sistema: %1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleApplier</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>No se puede aplicar la regla: %1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleMatcher</name>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>&quot;%1&quot; no es una expresión regular válida: %2</translation>
    </message>
</context>
<context>
    <name>Rules::RuleText</name>
    <message>
        <source>title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>author</source>
        <translation>el autor</translation>
    </message>
    <message>
        <source>text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>link</source>
        <translation>el enlace</translation>
    </message>
    <message>
        <source>category</source>
        <translation>la categoría</translation>
    </message>
    <message>
        <source>source</source>
        <translation>la fuente</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>la carpeta</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>has the word</source>
        <translation>tiene la palabra</translation>
    </message>
    <message>
        <source>matches the expression</source>
        <translation>coincide con la expresión</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <extracomment>A rule&apos;s condition: field, match, pattern, e.g. title contains “election”.</extracomment>
        <translation>%1 %2 «%3»</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>marcar como leído</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>añadir marcador</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ocultar</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>notificar</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>etiqueta «%1»</translation>
    </message>
    <message>
        <source>highlight %1</source>
        <translation>resaltar %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>Secrets::Keyring</name>
    <message>
        <source>No keyring is available on this system, so passwords and keys cannot be stored safely. Install or start a keyring service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún depósito de claves disponible en este sistema, así que las contraseñas y las claves no se pueden guardar de forma segura. Instala o inicia un servicio de depósito de claves (como GNOME Keyring o KWallet) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied.</source>
        <translation>Se denegó el acceso al depósito de claves.</translation>
    </message>
    <message>
        <source>The keyring refused access (%1). Unlock it and try again.</source>
        <translation>El depósito de claves denegó el acceso (%1). Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry (%1).</source>
        <translation>El depósito de claves no pudo eliminar la entrada (%1).</translation>
    </message>
    <message>
        <source>The keyring could not be used (%1). Check that a keyring service such as GNOME Keyring or KWallet is running and unlocked.</source>
        <translation>No se pudo usar el depósito de claves (%1). Comprueba que un servicio de depósito de claves, como GNOME Keyring o KWallet, está en marcha y desbloqueado.</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be locked or busy; unlock it and try again.</source>
        <translation>
            <numerusform>El depósito de claves no respondió en %n segundo. Puede que esté bloqueado u ocupado; desbloquéalo y vuelve a intentarlo.</numerusform>
            <numerusform>El depósito de claves no respondió en %n segundos. Puede que esté bloqueado u ocupado; desbloquéalo y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage::AccountMirror</name>
    <message>
        <source>Cannot store the folders: %1</source>
        <translation>No se pueden guardar las carpetas: %1</translation>
    </message>
    <message>
        <source>Cannot store the sources: %1</source>
        <translation>No se pueden guardar las fuentes: %1</translation>
    </message>
    <message>
        <source>Cannot store the source %1: %2</source>
        <translation>No se puede guardar la fuente %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>No se pueden guardar los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot store the article states: %1</source>
        <translation>No se pueden guardar los estados de los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot read the article states: %1</source>
        <translation>No se pueden leer los estados de los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>No se pueden leer los artículos: %1</translation>
    </message>
</context>
<context>
    <name>Storage::AccountRepository</name>
    <message>
        <source>There is only one local account.</source>
        <translation>Solo hay una cuenta local.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (http:// or https://).</source>
        <translation>«%1» no es una dirección de servidor (http:// o https://).</translation>
    </message>
    <message>
        <source>An account needs a user name.</source>
        <translation>Una cuenta necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation>No se puede añadir la cuenta: %1</translation>
    </message>
    <message>
        <source>The local account cannot be removed.</source>
        <translation>La cuenta local no se puede quitar.</translation>
    </message>
    <message>
        <source>Cannot remove the account: %1</source>
        <translation>No se puede quitar la cuenta: %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No hay ninguna cuenta %1.</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>No se pueden leer las cuentas: %1</translation>
    </message>
    <message>
        <source>Cannot update the account: %1</source>
        <translation>No se puede actualizar la cuenta: %1</translation>
    </message>
</context>
<context>
    <name>Storage::ArticleRepository</name>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>No se pueden guardar los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot clean up old articles: %1</source>
        <translation>No se pueden limpiar los artículos antiguos: %1</translation>
    </message>
    <message>
        <source>Cannot mark the article: %1</source>
        <translation>No se puede marcar el artículo: %1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>El artículo ya no existe.</translation>
    </message>
    <message>
        <source>Cannot mark the articles: %1</source>
        <translation>No se pueden marcar los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot change the bookmark: %1</source>
        <translation>No se puede cambiar el marcador: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>No se pueden leer los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot read the article: %1</source>
        <translation>No se puede leer el artículo: %1</translation>
    </message>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>No se pueden contar los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot search the articles: %1</source>
        <translation>No se pueden buscar los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot store the full article: %1</source>
        <translation>No se puede guardar el artículo completo: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the file and its folder are readable and writable.</source>
        <translation>No se puede abrir la base de datos %1: %2. Comprueba que el archivo y su carpeta se pueden leer y escribir.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database (%2). Tidings has left it untouched. Move it aside or restore a backup, then start Tidings again to begin with an empty library.</source>
        <translation>La base de datos %1 está dañada o no es una base de datos de Tidings (%2). Tidings no la ha tocado. Apártala o restaura una copia de seguridad y vuelve a iniciar Tidings para empezar con una biblioteca vacía.</translation>
    </message>
    <message>
        <source>Cannot open the database %1. %2</source>
        <translation>No se puede abrir la base de datos %1. %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2. Your data has not been changed.</source>
        <translation>No se puede actualizar la base de datos %1: %2. Tus datos no se han modificado.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2.</source>
        <translation>No se puede preparar la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The database %1 needs updating, which cannot be done where it is (the folder cannot be written to).</source>
        <translation>La base de datos %1 necesita actualizarse, y no se puede hacer donde está (no se puede escribir en la carpeta).</translation>
    </message>
    <message>
        <source>Cannot open the search index of %1: %2.</source>
        <translation>No se puede abrir el índice de búsqueda de %1: %2.</translation>
    </message>
</context>
<context>
    <name>Storage::FolderRepository</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Una carpeta necesita un nombre.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>La carpeta superior ya no existe.</translation>
    </message>
    <message>
        <source>Cannot add the folder &quot;%1&quot;: %2</source>
        <translation>No se puede añadir la carpeta «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot rename the folder: %1</source>
        <translation>No se puede cambiar el nombre de la carpeta: %1</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>La carpeta ya no existe.</translation>
    </message>
    <message>
        <source>The target folder no longer exists.</source>
        <translation>La carpeta de destino ya no existe.</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself or one of its subfolders.</source>
        <translation>Una carpeta no se puede mover dentro de sí misma ni de una de sus subcarpetas.</translation>
    </message>
    <message>
        <source>Cannot move the folder: %1</source>
        <translation>No se puede mover la carpeta: %1</translation>
    </message>
    <message>
        <source>Cannot remove the folder: %1</source>
        <translation>No se puede quitar la carpeta: %1</translation>
    </message>
    <message>
        <source>Cannot read the folder: %1</source>
        <translation>No se puede leer la carpeta: %1</translation>
    </message>
    <message>
        <source>Cannot read the folders: %1</source>
        <translation>No se pueden leer las carpetas: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Library</name>
    <message>
        <source>Tidings opened the library read-only: you can read it, but nothing can be changed or refreshed.</source>
        <translation>Tidings abrió la biblioteca en modo de solo lectura: puedes leerla, pero no se puede cambiar ni actualizar nada.</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryBackups</name>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1: %2</source>
        <translation>No se puede hacer la copia de seguridad de la biblioteca en %1: %2</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1.</source>
        <translation>No se puede hacer la copia de seguridad de la biblioteca en %1.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>No existe la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); the library was not changed.</source>
        <translation>La copia de seguridad %1 está dañada (%2); la biblioteca no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the library before restoring (%1); the library was not changed.</source>
        <translation>No se puede guardar una copia de la biblioteca antes de restaurar (%1); la biblioteca no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot restore the backup %1: %2</source>
        <translation>No se puede restaurar la copia de seguridad %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRecovery</name>
    <message>
        <source>Cannot make a working copy of %1 next to %2.</source>
        <translation>No se puede hacer una copia de trabajo de %1 junto a %2.</translation>
    </message>
    <message>
        <source>Cannot create the recovered library %1: %2</source>
        <translation>No se puede crear la biblioteca recuperada %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the recovered library %1: %2</source>
        <translation>No se puede escribir la biblioteca recuperada %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRepair</name>
    <message>
        <source>Cannot create the folder %1 for a copy of the damaged library.</source>
        <translation>No se puede crear la carpeta %1 para una copia de la biblioteca dañada.</translation>
    </message>
    <message>
        <source>Cannot copy the damaged library to %1 (is the disk full?).</source>
        <translation>No se puede copiar la biblioteca dañada en %1 (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database, and nothing in it could be recovered. Tidings has left it untouched. Move it aside or restore a backup (tidings restore), then start Tidings again.</source>
        <translation>La base de datos %1 está dañada o no es una base de datos de Tidings, y no se ha podido recuperar nada de ella. Tidings la ha dejado intacta. Muévela a otro sitio o restaura una copia de seguridad (tidings restore) y vuelve a iniciar Tidings.</translation>
    </message>
    <message>
        <source>Cannot put the recovered library in place of %1.</source>
        <translation>No se puede poner la biblioteca recuperada en lugar de %1.</translation>
    </message>
    <message>
        <source>Your library was damaged, and Tidings has repaired it. It recovered %1 sources, %2 articles and %3 bookmarks.</source>
        <translation>Tu biblioteca estaba dañada y Tidings la ha reparado. Ha recuperado %1 fuentes, %2 artículos y %3 marcadores.</translation>
    </message>
    <message>
        <source>Some parts of the file could not be read; what they held is lost.</source>
        <translation>Algunas partes del archivo no se han podido leer; lo que contenían se ha perdido.</translation>
    </message>
    <message>
        <source>A copy of the damaged file is in %1.</source>
        <translation>Hay una copia del archivo dañado en %1.</translation>
    </message>
    <message>
        <source>Your library is damaged, and Tidings could not repair it: %1 The library was left as it was.</source>
        <translation>Tu biblioteca está dañada y Tidings no ha podido repararla: %1 La biblioteca se ha dejado como estaba.</translation>
    </message>
</context>
<context>
    <name>Storage::MigrationRunner</name>
    <message>
        <source>The database was written by a newer version of Tidings (schema %1; this version knows up to %2). Update Tidings to open it.</source>
        <translation>La base de datos la escribió una versión más reciente de Tidings (esquema %1; esta versión conoce hasta el %2). Actualiza Tidings para abrirla.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>No se puede leer la migración %1.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Falló la actualización de la base de datos al esquema %1: %2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>una fila de %1 hace referencia a una fila inexistente de %2</translation>
    </message>
</context>
<context>
    <name>Storage::MuteRepository</name>
    <message>
        <source>Cannot read the mute words: %1</source>
        <translation>No se pueden leer las palabras silenciadas: %1</translation>
    </message>
    <message>
        <source>A mute needs a word.</source>
        <translation>Para silenciar se necesita una palabra.</translation>
    </message>
    <message>
        <source>A mute needs an end date.</source>
        <translation>Para silenciar se necesita una fecha de fin.</translation>
    </message>
    <message>
        <source>Cannot add the mute word: %1</source>
        <translation>No se puede añadir la palabra silenciada: %1</translation>
    </message>
    <message>
        <source>Cannot remove the mute word: %1</source>
        <translation>No se puede quitar la palabra silenciada: %1</translation>
    </message>
    <message>
        <source>There is no mute word %1.</source>
        <translation>No existe la palabra silenciada %1.</translation>
    </message>
</context>
<context>
    <name>Storage::PendingChangeRepository</name>
    <message>
        <source>Article states are queued by the articles themselves.</source>
        <translation>Los estados de los artículos los ponen en cola los propios artículos.</translation>
    </message>
    <message>
        <source>Cannot remember the change: %1</source>
        <translation>No se puede anotar el cambio: %1</translation>
    </message>
    <message>
        <source>Cannot read the changes to send: %1</source>
        <translation>No se pueden leer los cambios que enviar: %1</translation>
    </message>
    <message>
        <source>Cannot count the changes to send: %1</source>
        <translation>No se pueden contar los cambios que enviar: %1</translation>
    </message>
    <message>
        <source>Cannot record what the server took: %1</source>
        <translation>No se puede registrar lo que aceptó el servidor: %1</translation>
    </message>
    <message>
        <source>Cannot record the failed send: %1</source>
        <translation>No se puede registrar el envío fallido: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Profile</name>
    <message>
        <source>The profile folder %1 is a file. Choose another folder with --profile or move the file away.</source>
        <translation>La carpeta del perfil %1 es un archivo. Elige otra carpeta con --profile o mueve el archivo a otro sitio.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and that you may write to it, or choose another folder with --profile.</source>
        <translation>No se puede crear la carpeta del perfil %1. Comprueba que su carpeta superior existe y que puedes escribir en ella, o elige otra carpeta con --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable. Give yourself write permission on it or choose another folder with --profile.</source>
        <translation>No se puede escribir en la carpeta del perfil %1. Date permiso de escritura o elige otra carpeta con --profile.</translation>
    </message>
</context>
<context>
    <name>Storage::RuleActionWriter</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>No se puede aplicar la regla: %1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleRepository</name>
    <message>
        <source>Cannot read the rules: %1</source>
        <translation>No se pueden leer las reglas: %1</translation>
    </message>
    <message>
        <source>Cannot save the rule: %1</source>
        <translation>No se puede guardar la regla: %1</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>No existe la regla %1.</translation>
    </message>
    <message>
        <source>Cannot remove the rule: %1</source>
        <translation>No se puede quitar la regla: %1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleSubjectReader</name>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>No se pueden contar los artículos: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>No se pueden leer los artículos: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SavedSearchRepository</name>
    <message>
        <source>A saved search needs a name and a search.</source>
        <translation>Una búsqueda guardada necesita un nombre y una búsqueda.</translation>
    </message>
    <message>
        <source>Cannot save the search: %1</source>
        <translation>No se puede guardar la búsqueda: %1</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Una búsqueda guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>Cannot rename the saved search: %1</source>
        <translation>No se puede cambiar el nombre de la búsqueda guardada: %1</translation>
    </message>
    <message>
        <source>The saved search no longer exists.</source>
        <translation>La búsqueda guardada ya no existe.</translation>
    </message>
    <message>
        <source>Cannot delete the saved search: %1</source>
        <translation>No se puede eliminar la búsqueda guardada: %1</translation>
    </message>
    <message>
        <source>Cannot read the saved searches: %1</source>
        <translation>No se pueden leer las búsquedas guardadas: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexFile</name>
    <message>
        <source>Cannot create the search index %1: %2</source>
        <translation>No se puede crear el índice de búsqueda %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexer</name>
    <message>
        <source>The search index %1 does not exist.</source>
        <translation>El índice de búsqueda %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>No se puede abrir el índice de búsqueda %1: %2</translation>
    </message>
    <message>
        <source>The search index belongs to another state of the library; it is rebuilt when the library is next opened.</source>
        <translation>El índice de búsqueda corresponde a otro estado de la biblioteca; se reconstruirá la próxima vez que se abra la biblioteca.</translation>
    </message>
</context>
<context>
    <name>Storage::SearchOperators</name>
    <message>
        <source>“%1:” needs a value, as in %1:word or %1:&quot;two words&quot;.</source>
        <translation>«%1:» necesita un valor, como en %1:palabra o %1:&quot;dos palabras&quot;.</translation>
    </message>
    <message>
        <source>“%1:” is not a search operator.</source>
        <translation>«%1:» no es un operador de búsqueda.</translation>
    </message>
    <message>
        <source>“%1:%2” is not a search operator; use %3.</source>
        <translation>«%1:%2» no es un operador de búsqueda; usa %3.</translation>
    </message>
    <message>
        <source>“%1:%2”: not a date. Use a date like 2026-12-31, or today, yesterday, 7d (days ago) or 2w (weeks ago).</source>
        <translation>«%1:%2»: no es una fecha. Usa una fecha como 2026-12-31, o today, yesterday, 7d (hace días) o 2w (hace semanas).</translation>
    </message>
</context>
<context>
    <name>Storage::SourceRepository</name>
    <message>
        <source>&quot;%1&quot; is not a feed address.</source>
        <translation>«%1» no es una dirección de feed.</translation>
    </message>
    <message>
        <source>Cannot add the source: %1</source>
        <translation>No se puede añadir la fuente: %1</translation>
    </message>
    <message>
        <source>Cannot add the source %1: %2</source>
        <translation>No se puede añadir la fuente %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove the source: %1</source>
        <translation>No se puede quitar la fuente: %1</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>La fuente ya no existe.</translation>
    </message>
    <message>
        <source>Another source already has the address %1.</source>
        <translation>Otra fuente ya tiene la dirección %1.</translation>
    </message>
    <message>
        <source>Cannot read the sources: %1</source>
        <translation>No se pueden leer las fuentes: %1</translation>
    </message>
    <message>
        <source>Cannot change the source: %1</source>
        <translation>No se puede cambiar la fuente: %1</translation>
    </message>
</context>
<context>
    <name>Storage::TagRepository</name>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>No se pueden leer las etiquetas: %1</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>No se puede añadir la etiqueta: %1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>No se puede quitar la etiqueta: %1</translation>
    </message>
</context>
<context>
    <name>Subscriptions::FeedDiscoverer</name>
    <message>
        <source>Only web addresses (http or https) can be searched for feeds</source>
        <translation>Solo se pueden buscar feeds en direcciones web (http o https)</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>El servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>No se puede conectar con %1</translation>
    </message>
    <message>
        <source>Cannot find the server %1</source>
        <translation>No se encuentra el servidor %1</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed</source>
        <translation>Falló la conexión segura con %1</translation>
    </message>
    <message>
        <source>%1 redirects too many times</source>
        <translation>%1 redirige demasiadas veces</translation>
    </message>
    <message>
        <source>%1 redirects to an unencrypted address</source>
        <translation>%1 redirige a una dirección sin cifrar</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>No se puede cargar %1: %2</translation>
    </message>
    <message>
        <source>This page offers no feed, and none was found at the usual addresses</source>
        <translation>Esta página no ofrece ningún feed y no se encontró ninguno en las direcciones habituales</translation>
    </message>
</context>
<context>
    <name>Subscriptions::OpmlImporter</name>
    <message>
        <source>%1: not a feed address</source>
        <translation>%1: no es una dirección de feed</translation>
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
        <translation>El archivo declara un tipo de documento (DTD); los archivos OPML no lo necesitan, así que por seguridad no se lee.</translation>
    </message>
    <message>
        <source>The file holds no XML element; it is not an OPML file.</source>
        <translation>El archivo no contiene ningún elemento XML; no es un archivo OPML.</translation>
    </message>
    <message>
        <source>This is not an OPML file: its root element is &lt;%1&gt;.</source>
        <translation>No es un archivo OPML: su elemento raíz es &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>OPML version %1 is unknown; the file is read as OPML 2.0.</source>
        <translation>La versión de OPML %1 es desconocida; el archivo se lee como OPML 2.0.</translation>
    </message>
    <message>
        <source>The file has no &lt;body&gt;, so it lists no feeds.</source>
        <translation>El archivo no tiene &lt;body&gt;, así que no contiene feeds.</translation>
    </message>
    <message>
        <source>The creation date “%1” could not be read.</source>
        <translation>No se pudo leer la fecha de creación «%1».</translation>
    </message>
    <message>
        <source>Line %1: the feed “%2” also holds outlines; they are kept in a folder of the same name.</source>
        <translation>Línea %1: el feed «%2» también contiene elementos; se guardan en una carpeta con el mismo nombre.</translation>
    </message>
    <message>
        <source>Line %1: a folder without a name; its feeds are kept in the enclosing folder.</source>
        <translation>Línea %1: una carpeta sin nombre; sus feeds se guardan en la carpeta que la contiene.</translation>
    </message>
    <message>
        <source>Line %1: the outline “%2” has no feed address and holds nothing; it was skipped.</source>
        <translation>Línea %1: el elemento «%2» no tiene dirección de feed y no contiene nada; se ha omitido.</translation>
    </message>
    <message>
        <source>Folders are nested more than %1 levels deep (line %2); the file is not read further.</source>
        <translation>Las carpetas están anidadas a más de %1 niveles (línea %2); el archivo no se sigue leyendo.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>El archivo no es XML bien formado: %1 (línea %2, columna %3).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
</context>
<context>
    <name>Subscriptions::UrlParser</name>
    <message>
        <source>Enter the address of a feed or of a web site.</source>
        <translation>Escribe la dirección de un feed o de un sitio web.</translation>
    </message>
    <message>
        <source>“%1” is not a feed address that can be followed.</source>
        <translation>«%1» no es una dirección de feed que se pueda seguir.</translation>
    </message>
    <message>
        <source>“%1” is not a complete address: it lacks http:// or https://.</source>
        <translation>«%1» no es una dirección completa: le falta http:// o https://.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” are not supported; use an http or https address.</source>
        <translation>No se admiten direcciones que empiecen por «%1:»; usa una dirección http o https.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>«%1» no es una dirección web válida.</translation>
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
        <translation>Otro servidor con la API de Google Reader</translation>
    </message>
    <message>
        <source>Google Reader API</source>
        <translation>API de Google Reader</translation>
    </message>
</context>
<context>
    <name>Sync::GReaderClient</name>
    <message>
        <source>%1 did not answer like a Google Reader API server. Check the server address (FreshRSS: …/api/greader.php; Miniflux: its root address).</source>
        <translation>%1 no respondió como un servidor con la API de Google Reader. Comprueba la dirección del servidor (FreshRSS: …/api/greader.php; Miniflux: su dirección raíz).</translation>
    </message>
    <message>
        <source>The server did not accept the login of %1 (%2). Check the user name and the API password (FreshRSS: Profile → API password; Miniflux: Settings → Integrations → Google Reader).</source>
        <translation>El servidor no aceptó el inicio de sesión de %1 (%2). Comprueba el nombre de usuario y la contraseña de la API (FreshRSS: Perfil → Contraseña de la API; Miniflux: Ajustes → Integraciones → Google Reader).</translation>
    </message>
    <message>
        <source>The server&apos;s API is turned off: allow API access in FreshRSS&apos;s Administration → Authentication.</source>
        <translation>La API del servidor está desactivada: permite el acceso a la API en Administración → Autenticación de FreshRSS.</translation>
    </message>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (el servidor respondió: %2)</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings se está cerrando.</translation>
    </message>
    <message>
        <source>The server gave no T token.</source>
        <translation>El servidor no proporcionó ningún token T.</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1%2.</source>
        <translation>El servidor no pudo suscribirse a %1%2.</translation>
    </message>
    <message>
        <source>A Google Reader API server keeps every feed in a folder: move it into one.</source>
        <translation>Un servidor con la API de Google Reader guarda cada feed en una carpeta: muévelo a una.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <source>The library cannot be opened.</source>
        <translation>No se puede abrir la biblioteca.</translation>
    </message>
    <message>
        <source>The library could not be updated.</source>
        <translation>No se pudo actualizar la biblioteca.</translation>
    </message>
    <message>
        <source>There is no account %1 to sync.</source>
        <translation>No hay ninguna cuenta %1 que sincronizar.</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>Enviando %n cambio</numerusform>
            <numerusform>Enviando %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading folders and sources</source>
        <translation>Leyendo carpetas y fuentes</translation>
    </message>
    <message>
        <source>Fetching new articles (%1 so far)</source>
        <translation>Descargando artículos nuevos (%1 hasta ahora)</translation>
    </message>
    <message>
        <source>Reading read and bookmark states</source>
        <translation>Leyendo los estados de leído y de marcador</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>The local account has no server to sync with.</source>
        <translation>La cuenta local no tiene ningún servidor con el que sincronizarse.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring: %2</source>
        <translation>No se pudo leer la contraseña de %1 del depósito de claves: %2</translation>
    </message>
</context>
<context>
    <name>Sync::TtRssClient</name>
    <message>
        <source>The server did not start a session.</source>
        <translation>El servidor no inició ninguna sesión.</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings se está cerrando.</translation>
    </message>
    <message>
        <source>%1 did not answer like Tiny Tiny RSS. Check the server address.</source>
        <translation>%1 no respondió como Tiny Tiny RSS. Comprueba la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server does not allow API access for %1: enable API access in TT-RSS&apos;s Preferences.</source>
        <translation>El servidor no permite el acceso a la API para %1: activa el acceso a la API en las preferencias de TT-RSS.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password of %1.</source>
        <translation>El servidor rechazó el usuario o la contraseña de %1.</translation>
    </message>
    <message>
        <source>The server did not keep the session (it answered NOT_LOGGED_IN).</source>
        <translation>El servidor no mantuvo la sesión (respondió NOT_LOGGED_IN).</translation>
    </message>
    <message>
        <source>The server no longer has that feed.</source>
        <translation>El servidor ya no tiene ese feed.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>El servidor rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1 (code %2%3).</source>
        <translation>El servidor no pudo suscribirse a %1 (código %2%3).</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot move a feed through its API; move it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS no puede mover un feed a través de su API; muévelo en el propio TT-RSS.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot rename a feed through its API; rename it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS no puede cambiar el nombre de un feed a través de su API; cámbialo en el propio TT-RSS.</translation>
    </message>
    <message>
        <source>This Tiny Tiny RSS speaks API level %1; subscribing and unsubscribing through its API need level %2 (TT-RSS 1.7.6) or later.</source>
        <translation>Este Tiny Tiny RSS usa el nivel de API %1; suscribirse y cancelar suscripciones mediante su API requiere el nivel %2 (TT-RSS 1.7.6) o posterior.</translation>
    </message>
</context>
<context>
    <name>Text::Encoding</name>
    <message>
        <source>The document is not valid UTF-8; it was read as windows-1252.</source>
        <translation>El documento no es UTF-8 válido; se ha leído como windows-1252.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not valid UTF-8 were read as windows-1252.</source>
        <translation>
            <numerusform>%n byte que no es UTF-8 válido se leyó como windows-1252.</numerusform>
            <numerusform>%n bytes que no son UTF-8 válido se leyeron como windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document ends in the middle of a character.</source>
        <translation>El documento termina en mitad de un carácter.</translation>
    </message>
    <message>
        <source>Invalid characters were replaced by U+FFFD.</source>
        <translation>Los caracteres no válidos se han sustituido por U+FFFD.</translation>
    </message>
    <message>
        <source>This system cannot convert from %1.</source>
        <translation>Este sistema no puede convertir desde %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced by U+FFFD.</source>
        <translation>
            <numerusform>%n secuencia de bytes no válida se sustituyó por U+FFFD.</numerusform>
            <numerusform>%n secuencias de bytes no válidas se sustituyeron por U+FFFD.</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTTP header names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>La cabecera HTTP indica una codificación de caracteres desconocida, «%1»; se ha ignorado.</translation>
    </message>
    <message>
        <source>The XML declaration names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>La declaración XML indica una codificación de caracteres desconocida, «%1»; se ha ignorado.</translation>
    </message>
    <message>
        <source>The document is %1, not %2 as labelled.</source>
        <translation>El documento está en %1, no en %2 como se indica.</translation>
    </message>
    <message>
        <source>The document is not %1 as labelled.</source>
        <translation>El documento no está en %1 como se indica.</translation>
    </message>
    <message>
        <source>The HTTP header says %1 and the XML declaration says %2; the header wins.</source>
        <translation>La cabecera HTTP dice %1 y la declaración XML dice %2; prevalece la cabecera.</translation>
    </message>
</context>
<context>
    <name>Text::Headline</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Tidings cannot start</source>
        <translation>Tidings no puede iniciarse</translation>
    </message>
    <message>
        <source>Tidings cannot open your library.</source>
        <translation>Tidings no puede abrir tu biblioteca.</translation>
    </message>
    <message>
        <source>Checking your library…</source>
        <translation>Comprobando tu biblioteca…</translation>
    </message>
    <message>
        <source>Library Repaired</source>
        <translation>Biblioteca reparada</translation>
    </message>
    <message>
        <source>Library Damaged</source>
        <translation>Biblioteca dañada</translation>
    </message>
    <message>
        <source>Read-Only Library</source>
        <translation>Biblioteca de solo lectura</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected. The server speaks API level %1.</source>
        <translation>Conectado. El servidor usa el nivel de API %1.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
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
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>The account could not be added.</source>
        <translation>No se pudo añadir la cuenta.</translation>
    </message>
    <message>
        <source>Account added; it syncs when Preferences close.</source>
        <translation>Cuenta añadida; se sincroniza al cerrar las preferencias.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>No se pudo guardar la contraseña en el depósito de claves: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>¿Quitar la cuenta «%1»?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>No se pudo quitar la cuenta.</translation>
    </message>
    <message>
        <source>Its folders, sources and articles leave Tidings. Changes not yet sent to the server are not sent.</source>
        <translation>Sus carpetas, fuentes y artículos salen de Tidings. Los cambios que aún no se han enviado al servidor no se enviarán.</translation>
    </message>
    <message>
        <source>&amp;Copy its bookmarked articles into the local library</source>
        <translation>&amp;Copiar sus artículos con marcador a la biblioteca local</translation>
    </message>
</context>
<context>
    <name>Ui::AddSourceDialog</name>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Add a Source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>https://example.org or a feed address</source>
        <translation>https://example.org o la dirección de un feed</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Feeds encontrados</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribirse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Looking for feeds at %1…</source>
        <translation>Buscando feeds en %1…</translation>
    </message>
    <message>
        <source>No feed found at this address.</source>
        <translation>No se encontró ningún feed en esta dirección.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>This site offers %n feeds. Choose one:</source>
        <translation>
            <numerusform>Este sitio ofrece %n feed. Elígelo:</numerusform>
            <numerusform>Este sitio ofrece %n feeds. Elige uno:</numerusform>
        </translation>
    </message>
    <message>
        <source>A website, whose feed Tidings finds, or the address of a feed</source>
        <translation>Un sitio web, cuyo feed encontrará Tidings, o la dirección de un feed</translation>
    </message>
</context>
<context>
    <name>Ui::AiCardController</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
</context>
<context>
    <name>Ui::AiSettingsPage</name>
    <message>
        <source>Use AI features</source>
        <translation>Usar funciones de IA</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Summary&lt;/b&gt; shortens an article to a few sentences, &lt;b&gt;Key points&lt;/b&gt; lists its main facts, &lt;b&gt;Translate&lt;/b&gt; puts it into another language and the &lt;b&gt;Daily briefing&lt;/b&gt; groups today&apos;s articles into stories and sums each up.&lt;/p&gt;&lt;p&gt;With &lt;b&gt;On this computer&lt;/b&gt; the work is done here and nothing is sent anywhere. With &lt;b&gt;OpenAI-compatible server&lt;/b&gt; the article&apos;s title and text (up to the text budget below) are sent to the server at the address you give, along with the API key. Nothing is sent until you ask for a summary, key points, a translation or a briefing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Resumen&lt;/b&gt; reduce un artículo a unas pocas frases, &lt;b&gt;Puntos clave&lt;/b&gt; enumera sus datos principales, &lt;b&gt;Traducir&lt;/b&gt; lo pasa a otro idioma y el &lt;b&gt;Boletín diario&lt;/b&gt; agrupa los artículos de hoy por temas y resume cada uno.&lt;/p&gt;&lt;p&gt;Con &lt;b&gt;En este equipo&lt;/b&gt;, el trabajo se hace aquí y no se envía nada a ninguna parte. Con &lt;b&gt;Servidor compatible con OpenAI&lt;/b&gt;, el título y el texto del artículo (hasta el límite de texto indicado abajo) se envían al servidor de la dirección que indiques, junto con la clave de API. No se envía nada hasta que pidas un resumen, los puntos clave, una traducción o un boletín.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>Dónde se hace el trabajo</translation>
    </message>
    <message>
        <source>On this computer (summary and key points only)</source>
        <translation>En este equipo (solo resumen y puntos clave)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualizar modelos</translation>
    </message>
    <message>
        <source>Not needed by most local servers</source>
        <translation>La mayoría de los servidores locales no la necesitan</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Se guarda en el depósito de claves del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A server that sends nothing for this long is given up.</source>
        <translation>Se deja de esperar a un servidor que no envía nada durante este tiempo.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Longer articles are cut to this many characters before they are sent.</source>
        <translation>Los artículos más largos se recortan a este número de caracteres antes de enviarlos.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Dejar de esperar tras</translation>
    </message>
    <message>
        <source>Send at most</source>
        <translation>Enviar como máximo</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Translate to</source>
        <translation>Traducir a</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>El idioma de la interfaz</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Boletín diario</translation>
    </message>
    <message>
        <source>AI Features</source>
        <translation>Funciones de IA</translation>
    </message>
    <message>
        <source>The API key cannot be kept: %1 It is not written anywhere else.</source>
        <translation>No se puede guardar la clave de API: %1 No se escribe en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Consultando los modelos del servidor…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>El servidor ofrece %n modelo.</numerusform>
            <numerusform>El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Idioma de la traducción</translation>
    </message>
</context>
<context>
    <name>Ui::AppearanceSettingsPage</name>
    <message>
        <source>Comfortable: title, source, excerpt and picture</source>
        <translation>Cómoda: título, fuente, extracto e imagen</translation>
    </message>
    <message>
        <source>Compact: one line per article</source>
        <translation>Compacta: una línea por artículo</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Color de realce</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>Lista de artículos</translation>
    </message>
    <message>
        <source>List font size</source>
        <translation>Tamaño de letra de la lista</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>Ui::ArticleCommands</name>
    <message>
        <source>Save Article as PDF</source>
        <translation>Guardar el artículo como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The article could not be saved as %1.</source>
        <translation>No se pudo guardar el artículo como %1.</translation>
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
            <numerusform>+ %n fuente más</numerusform>
            <numerusform>+ %n fuentes más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ArticleListPane</name>
    <message>
        <source>Search (/)</source>
        <translation>Buscar (/)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Newest first; each article says whether it is unread or bookmarked</source>
        <translation>Los más recientes primero; cada artículo indica si está sin leer o tiene marcador</translation>
    </message>
    <message>
        <source>Words match as prefixes; &quot;quoted words&quot; as a phrase; -word excludes.
Operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before: and after: a date (2026-12-31, today, yesterday, 7d).</source>
        <translation>Las palabras coinciden por prefijo; &quot;palabras entre comillas&quot;, como frase; -palabra excluye.
Operadores: title:, author:, source:, is:unread, is:read, is:bookmarked, before: y after: una fecha (2026-12-31, today, yesterday, 7d).</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>Save this search as a view in the source tree</source>
        <translation>Guardar esta búsqueda como una vista en el árbol de fuentes</translation>
    </message>
    <message>
        <source>No article here matches “%1”.
Words match as prefixes; fewer words find more.</source>
        <translation>Ningún artículo de aquí coincide con «%1».
Las palabras valen como comienzos de palabra; con menos palabras se encuentra más.</translation>
    </message>
</context>
<context>
    <name>Ui::ArticlePane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Selecciona un artículo para leerlo aquí.</translation>
    </message>
    <message>
        <source>Tidings cannot show articles: %1</source>
        <translation>Tidings no puede mostrar artículos: %1</translation>
    </message>
</context>
<context>
    <name>Ui::CardsView</name>
    <message>
        <source>Article cards</source>
        <translation>Tarjetas de artículos</translation>
    </message>
    <message>
        <source>Arrow keys move between the cards; Enter reads one on its own.</source>
        <translation>Las teclas de flecha mueven entre las tarjetas; Intro abre una para leerla sola.</translation>
    </message>
</context>
<context>
    <name>Ui::EmptyStateWidget</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Te damos la bienvenida a Tidings</translation>
    </message>
    <message>
        <source>Add the news sites and feeds you follow, and their new articles will gather here. Give Tidings a website&apos;s address and it finds the feed for you.</source>
        <translation>Añade los sitios de noticias y los feeds que sigues y sus artículos nuevos se reunirán aquí. Dale a Tidings la dirección de un sitio web y encontrará el feed por ti.</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Añadir una fuente…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importar OPML…</translation>
    </message>
    <message>
        <source>World news</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Ciencia</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Economía</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <source>Or start with some well-known feeds:</source>
        <translation>O empieza con algunos feeds conocidos:</translation>
    </message>
    <message>
        <source>Well-known feeds</source>
        <translation>Feeds conocidos</translation>
    </message>
    <message>
        <source>Subscribe to the ticked feeds</source>
        <translation>Suscribirse a los feeds marcados</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>Suscribirse a un feed o a un sitio web</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file from another reader</source>
        <translation>Suscribirse a los feeds de un archivo OPML de otro lector</translation>
    </message>
    <message>
        <source>Topics and their feeds; Space ticks one, then subscribe to the ticked feeds</source>
        <translation>Temas y sus feeds; Espacio marca uno; después, suscríbete a los feeds marcados</translation>
    </message>
    <message>
        <source>Subscribe to the feeds ticked above</source>
        <translation>Suscribirse a los feeds marcados arriba</translation>
    </message>
</context>
<context>
    <name>Ui::GeneralSettingsPage</name>
    <message>
        <source>Refresh all sources when Tidings starts</source>
        <translation>Actualizar todas las fuentes al iniciar Tidings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Check for new articles every</source>
        <translation>Buscar artículos nuevos cada</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect when Tidings restarts.</source>
        <translation>El nuevo idioma se aplicará cuando Tidings se reinicie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Al instante</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> artículos</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Keep Tidings running in the tray when the window is closed</source>
        <translation>Mantener Tidings en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Notify about new articles found in the background</source>
        <translation>Avisar de los artículos nuevos encontrados en segundo plano</translation>
    </message>
    <message>
        <source>Mark the selected article as read</source>
        <translation>Marcar el artículo seleccionado como leído</translation>
    </message>
    <message>
        <source>Remove read articles after</source>
        <translation>Eliminar los artículos leídos tras</translation>
    </message>
    <message>
        <source>Keep per source at most</source>
        <translation>Conservar por fuente como máximo</translation>
    </message>
    <message>
        <source>Bookmarked articles are always kept, whatever their age.</source>
        <translation>Los artículos con marcador se conservan siempre, sea cual sea su antigüedad.</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryMaintenance</name>
    <message>
        <source>Tidings found damage in your library (%1). Quit and start Tidings again: it then keeps a copy of the damaged file and recovers everything that can be read.</source>
        <translation>Tidings ha encontrado daños en tu biblioteca (%1). Sal de Tidings y vuelve a iniciarlo: guardará una copia del archivo dañado y recuperará todo lo que se pueda leer.</translation>
    </message>
</context>
<context>
    <name>Ui::LibrarySettingsPage</name>
    <message>
        <source>Tidings backs up your library once a day while you leave it alone, and keeps the newest %1 backups in %2. It also checks the library for damage once a week.</source>
        <translation>Tidings hace una copia de seguridad de tu biblioteca una vez al día mientras no la usas, y conserva las %1 más recientes en %2. También comprueba una vez por semana si la biblioteca está dañada.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Check Library Now</source>
        <translation>&amp;Comprobar la biblioteca ahora</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>La biblioteca está intacta.</translation>
    </message>
    <message>
        <source>The library is damaged: %1. Start Tidings again to repair it.</source>
        <translation>La biblioteca está dañada: %1. Vuelve a iniciar Tidings para repararla.</translation>
    </message>
    <message>
        <source>The library was restored. Start Tidings again to see it everywhere.</source>
        <translation>La biblioteca se ha restaurado. Vuelve a iniciar Tidings para verla en todas partes.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Todavía no hay copias de seguridad</translation>
    </message>
    <message>
        <source>Restore the Library</source>
        <translation>Restaurar la biblioteca</translation>
    </message>
    <message>
        <source>Replace your library with the backup of %1?</source>
        <translation>¿Reemplazar tu biblioteca por la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>The library as it is now is kept as before-restore.sqlite in the backups folder.</source>
        <translation>La biblioteca tal como está ahora se guarda como before-restore.sqlite en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;Add Source…</source>
        <translation>&amp;Añadir fuente…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importar OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exportar OPML…</translation>
    </message>
    <message>
        <source>Export &amp;Bookmarks…</source>
        <translation>Exportar &amp;marcadores…</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>Actualiza&amp;r todo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Mostrar barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Compact List</source>
        <translation>Lista &amp;compacta</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>Siguiente artículo &amp;no leído</translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation>Desplazar hacia abajo o siguiente no leído</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Marcar como &amp;leído/no leído</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Marcador</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>Marcar &amp;todo como leído</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>&amp;Acerca de Tidings</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Share by &amp;E-mail…</source>
        <translation>Compartir por corr&amp;eo…</translation>
    </message>
    <message>
        <source>Load &amp;Full Article</source>
        <translation>Car&amp;gar el artículo completo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>Suscribirse a un feed o a un sitio web</translation>
    </message>
    <message>
        <source>Create a folder for sources</source>
        <translation>Crear una carpeta para fuentes</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file</source>
        <translation>Suscribirse a los feeds de un archivo OPML</translation>
    </message>
    <message>
        <source>Save your subscriptions as an OPML file</source>
        <translation>Guardar tus suscripciones en un archivo OPML</translation>
    </message>
    <message>
        <source>Save your bookmarked articles as a web page</source>
        <translation>Guardar tus artículos con marcador como página web</translation>
    </message>
    <message>
        <source>Fetch new articles from every source</source>
        <translation>Descargar los artículos nuevos de todas las fuentes</translation>
    </message>
    <message>
        <source>Close Tidings</source>
        <translation>Cerrar Tidings</translation>
    </message>
    <message>
        <source>Show or hide the tool bar</source>
        <translation>Mostrar u ocultar la barra de herramientas</translation>
    </message>
    <message>
        <source>Use the whole screen for the window</source>
        <translation>Usar toda la pantalla para la ventana</translation>
    </message>
    <message>
        <source>Show more articles in the list, without excerpts</source>
        <translation>Mostrar más artículos en la lista, sin extractos</translation>
    </message>
    <message>
        <source>Search the articles of the current view</source>
        <translation>Buscar en los artículos de la vista actual</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Mover el foco del teclado al panel siguiente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Mover el foco del teclado al panel anterior</translation>
    </message>
    <message>
        <source>Show the next article in the list</source>
        <translation>Mostrar el artículo siguiente de la lista</translation>
    </message>
    <message>
        <source>Show the previous article in the list</source>
        <translation>Mostrar el artículo anterior de la lista</translation>
    </message>
    <message>
        <source>Show the next unread article</source>
        <translation>Mostrar el siguiente artículo no leído</translation>
    </message>
    <message>
        <source>Scroll the article down, or go to the next unread one at its end</source>
        <translation>Desplazar el artículo hacia abajo o, al llegar al final, ir al siguiente no leído</translation>
    </message>
    <message>
        <source>Mark the article as read or unread</source>
        <translation>Marcar el artículo como leído o no leído</translation>
    </message>
    <message>
        <source>Bookmark the article, or remove its bookmark</source>
        <translation>Añadir el artículo a marcadores o quitar su marcador</translation>
    </message>
    <message>
        <source>Open the article&apos;s web page in your browser</source>
        <translation>Abrir la página web del artículo en tu navegador</translation>
    </message>
    <message>
        <source>Copy the address of the article&apos;s web page</source>
        <translation>Copiar la dirección de la página web del artículo</translation>
    </message>
    <message>
        <source>Write an e-mail with a link to the article</source>
        <translation>Escribir un correo con un enlace al artículo</translation>
    </message>
    <message>
        <source>Load the whole article from its web page</source>
        <translation>Cargar el artículo completo desde su página web</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Imprimir el artículo</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>Guardar el artículo como archivo PDF</translation>
    </message>
    <message>
        <source>Make the article&apos;s text larger</source>
        <translation>Agrandar el texto del artículo</translation>
    </message>
    <message>
        <source>Make the article&apos;s text smaller</source>
        <translation>Reducir el texto del artículo</translation>
    </message>
    <message>
        <source>Show the article&apos;s text at its normal size</source>
        <translation>Mostrar el texto del artículo a su tamaño normal</translation>
    </message>
    <message>
        <source>Mark every article of the current view as read</source>
        <translation>Marcar como leídos todos los artículos de la vista actual</translation>
    </message>
    <message>
        <source>Undo the last change to read states</source>
        <translation>Deshacer el último cambio de estado de lectura</translation>
    </message>
    <message>
        <source>Change how Tidings refreshes, looks and reads</source>
        <translation>Cambiar la actualización, el aspecto y la lectura de Tidings</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>Show Tidings&apos; version</source>
        <translation>Mostrar la versión de Tidings</translation>
    </message>
    <message>
        <source>Show the version of Qt</source>
        <translation>Mostrar la versión de Qt</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Panel si&amp;guiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Panel anter&amp;ior</translation>
    </message>
    <message>
        <source>Sources, the article list and the article side by side</source>
        <translation>Las fuentes, la lista de artículos y el artículo uno al lado del otro</translation>
    </message>
    <message>
        <source>The articles as a grid of cards; Enter opens one</source>
        <translation>Los artículos como una cuadrícula de tarjetas; Intro abre uno</translation>
    </message>
    <message>
        <source>The article list above the article</source>
        <translation>La lista de artículos encima del artículo</translation>
    </message>
    <message>
        <source>Only the article; Esc or F11 returns</source>
        <translation>Solo el artículo; Esc o F11 vuelve</translation>
    </message>
    <message>
        <source>Show the sources and the articles again</source>
        <translation>Volver a mostrar las fuentes y los artículos</translation>
    </message>
    <message>
        <source>&amp;Three Panes</source>
        <translation>&amp;Tres paneles</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>T&amp;arjetas</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>&amp;Ancho</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>Modo de c&amp;oncentración</translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation>Salir del modo de concentración</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Etiquetar…</translation>
    </message>
    <message>
        <source>&amp;Mute Words…</source>
        <translation>&amp;Silenciar palabras…</translation>
    </message>
</context>
<context>
    <name>Ui::MainStatusBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>Actualizando %1 de %2</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2: %3</source>
        <translation>Actualizando %1 de %2: %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Refresh progress, results and errors</source>
        <translation>Progreso, resultados y errores de la actualización</translation>
    </message>
    <message>
        <source>Undoes the last change</source>
        <translation>Deshace el último cambio</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Artí&amp;culo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>Acerca de Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A news reader for people who read many sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;Un lector de noticias para quienes leen muchas fuentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <source>Subscribe to “%1”?</source>
        <translation>¿Suscribirse a «%1»?</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribirse</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importar OPML</translation>
    </message>
    <message numerus="yes">
        <source>Import %n source(s) from “%1”?</source>
        <translation>
            <numerusform>¿Importar %n fuente de «%1»?</numerusform>
            <numerusform>¿Importar %n fuentes de «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) as read.</source>
        <translation>
            <numerusform>Se marcó %n artículo como leído.</numerusform>
            <numerusform>Se marcaron %n artículos como leídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>Aquí no hay nada sin leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); %1 source(s) failed</source>
        <translation>
            <numerusform>%n artículo nuevo; fuentes con errores: %1</numerusform>
            <numerusform>%n artículos nuevos; fuentes con errores: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n artículo nuevo</numerusform>
            <numerusform>%n artículos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>The articles of the chosen source or view</source>
        <translation>Los artículos de la fuente o vista elegida</translation>
    </message>
    <message>
        <source>The article being read, with related articles; F6 and Shift+F6 leave it</source>
        <translation>El artículo que se está leyendo, con artículos relacionados; F6 y Mayús+F6 salen de él</translation>
    </message>
    <message>
        <source>The Refresh Stopped</source>
        <translation>La actualización se detuvo</translation>
    </message>
    <message>
        <source>Your Library Is Damaged</source>
        <translation>Tu biblioteca está dañada</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index: %Ln article(s) to go</source>
        <translation>
            <numerusform>Actualizando el índice de búsqueda: falta %Ln artículo</numerusform>
            <numerusform>Actualizando el índice de búsqueda: faltan %Ln artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MuteDialog</name>
    <message>
        <source>Mute Words</source>
        <translation>Silenciar palabras</translation>
    </message>
    <message>
        <source>Articles with this word or phrase in their title or text are hidden until the end of the day you choose.</source>
        <translation>Los artículos con esta palabra o frase en el título o el texto se ocultan hasta el final del día que elijas.</translation>
    </message>
    <message>
        <source>A word from the title, or your own</source>
        <translation>Una palabra del título, o una tuya</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>&amp;Palabra:</translation>
    </message>
    <message>
        <source>Hide &amp;until the end of:</source>
        <translation>Ocultar &amp;hasta el final del:</translation>
    </message>
</context>
<context>
    <name>Ui::NetworkSettingsPage</name>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>Proxy HTTP manual</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A download that receives nothing for this long is given up.</source>
        <translation>Se abandona una descarga que no recibe nada durante este tiempo.</translation>
    </message>
    <message>
        <source>Sent to every site as the name of the program. Leave empty for Tidings&apos; own.</source>
        <translation>Se envía a cada sitio como nombre del programa. Déjalo vacío para usar el de Tidings.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Give up a silent download after</source>
        <translation>Abandonar una descarga sin respuesta tras</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>Ui::OpenRequest</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is too large to be a feed or a subscription list.</source>
        <translation>«%1» es demasiado grande para ser un feed o una lista de suscripciones.</translation>
    </message>
    <message>
        <source>“%1” is neither a feed nor an OPML subscription list.</source>
        <translation>«%1» no es ni un feed ni una lista de suscripciones OPML.</translation>
    </message>
</context>
<context>
    <name>Ui::ReadingSettingsPage</name>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Load images from the web in articles</source>
        <translation>Cargar imágenes de la web en los artículos</translation>
    </message>
    <message>
        <source>Images are fetched without cookies or referrer; turned off, a site cannot tell when an article is read.</source>
        <translation>Las imágenes se descargan sin cookies ni referente; si se desactiva, un sitio no puede saber cuándo se lee un artículo.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Tamaño del texto del artículo</translation>
    </message>
    <message>
        <source>Show the same story from several sources as one row</source>
        <translation>Mostrar la misma noticia de varias fuentes como una sola fila</translation>
    </message>
    <message>
        <source>Reading one source&apos;s article marks the other sources&apos; read</source>
        <translation>Leer el artículo de una fuente marca como leídos los de las demás fuentes</translation>
    </message>
</context>
<context>
    <name>Ui::RuleApplyController</name>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Applying the rule to your articles…</source>
        <translation>Aplicando la regla a tus artículos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Ui::RuleEditDialog</name>
    <message>
        <source>Edit Rule</source>
        <translation>Editar regla</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>e.g. Football results</source>
        <translation>p. ej., Resultados de fútbol</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Any of these conditions holds</source>
        <translation>Se cumple cualquiera de estas condiciones</translation>
    </message>
    <message>
        <source>All of these conditions hold</source>
        <translation>Se cumplen todas estas condiciones</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>&amp;Añadir condición</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Marcador</translation>
    </message>
    <message>
        <source>&amp;Hide (only the Hidden view shows it)</source>
        <translation>&amp;Ocultar (solo la vista Ocultos lo muestra)</translation>
    </message>
    <message>
        <source>Notify &amp;me</source>
        <translation>Not&amp;ificarme</translation>
    </message>
    <message>
        <source>Add the ta&amp;g</source>
        <translation>Añadir la e&amp;tiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>High&amp;light in the list</source>
        <translation>&amp;Resaltar en la lista</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Count the articles of your library this rule would match</source>
        <translation>Contar los artículos de tu biblioteca que coincidirían con esta regla</translation>
    </message>
    <message>
        <source>Articles the rule would match</source>
        <translation>Artículos que coincidirían con la regla</translation>
    </message>
    <message>
        <source>Looking at %1 of %2 articles…</source>
        <translation>Revisando %1 de %2 artículos…</translation>
    </message>
    <message numerus="yes">
        <source>Would match %n article(s)</source>
        <translation>
            <numerusform>Coincidiría con %n artículo</numerusform>
            <numerusform>Coincidiría con %n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Part of the article</source>
        <translation>Parte del artículo</translation>
    </message>
    <message>
        <source>How it matches</source>
        <translation>Cómo coincide</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Color de resaltado</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Give a condition a text to look for.</source>
        <translation>Indica en una condición el texto que buscar.</translation>
    </message>
    <message>
        <source>Choose what the rule does.</source>
        <translation>Elige qué hace la regla.</translation>
    </message>
</context>
<context>
    <name>Ui::RulesController</name>
    <message>
        <source>Tag Article</source>
        <translation>Etiquetar artículo</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Mute Words</source>
        <translation>Silenciar palabras</translation>
    </message>
</context>
<context>
    <name>Ui::RulesSettingsPage</name>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Rules act on new articles as they arrive. A rule you save also runs once on the articles you already have.</source>
        <translation>Las reglas actúan sobre los artículos nuevos a medida que llegan. Una regla que guardas también se aplica una vez a los artículos que ya tienes.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuando</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Mute words</source>
        <translation>Palabras silenciadas</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculta</translation>
    </message>
    <message>
        <source>A word or phrase to hide</source>
        <translation>Una palabra o frase que ocultar</translation>
    </message>
    <message>
        <source>Word to mute</source>
        <translation>Palabra que silenciar</translation>
    </message>
    <message>
        <source>Hide until</source>
        <translation>Ocultar hasta</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Qui&amp;tar</translation>
    </message>
    <message>
        <source>until the end of</source>
        <translation>hasta el final del</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>fuente %1</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Remove the rule “%1”? What it already did to articles stays.</source>
        <translation>¿Quitar la regla «%1»? Lo que ya hizo con los artículos se mantiene.</translation>
    </message>
</context>
<context>
    <name>Ui::SavedSearchController</name>
    <message>
        <source>Save This Search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nombre de la búsqueda guardada:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>No se puede guardar la búsqueda</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>No se puede cambiar el nombre</translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation>No se puede eliminar la búsqueda guardada</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Open in Browser (article list)</source>
        <translation>Abrir en el navegador (lista de artículos)</translation>
    </message>
</context>
<context>
    <name>Ui::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Editar la fuente</translation>
    </message>
    <message>
        <source>Load the full article from the website</source>
        <translation>Cargar el artículo completo desde el sitio web</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Feed address:</source>
        <translation>Dirección del &amp;feed:</translation>
    </message>
    <message>
        <source>Only for feeds that ask for one</source>
        <translation>Solo para los feeds que lo piden</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the library or the settings file.</source>
        <translation>Se guarda en el depósito de claves del sistema, nunca en la biblioteca ni en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>&amp;Paused: not refreshed until resumed</source>
        <translation>En &amp;pausa: no se actualiza hasta que se reanude</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualizar cada:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be saved. It is not written anywhere else; clear it to save the other changes.</source>
        <translation>No hay ningún depósito de claves del sistema disponible, así que no se puede guardar la contraseña. No se escribe en ningún otro sitio; bórrala para guardar los demás cambios.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
</context>
<context>
    <name>Ui::SourcePane</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>No se puede cambiar el nombre</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nombre de la carpeta nueva:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Eliminar carpeta</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar la suscripción</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its sources move up a level.</source>
        <translation>¿Eliminar la carpeta «%1»? Sus fuentes suben un nivel.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are removed, except the bookmarked ones.</source>
        <translation>¿Cancelar la suscripción a «%1»? Se eliminarán sus artículos, salvo los que tengan marcador.</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>No se puede quitar</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>Añadir fuente…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Nueva carpeta…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualiza&amp;r</translation>
    </message>
    <message>
        <source>Mark All as &amp;Read</source>
        <translation>Marcar todo como &amp;leído</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Open Website</source>
        <translation>&amp;Abrir el sitio web</translation>
    </message>
    <message>
        <source>&amp;Notify About New Articles</source>
        <translation>&amp;Avisar de artículos nuevos</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>Cancelar la &amp;suscripción…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Eliminar carpeta…</translation>
    </message>
    <message>
        <source>Views, folders and sources, each with its number of unread articles; the menu key opens a source&apos;s commands</source>
        <translation>Vistas, carpetas y fuentes, cada una con su número de artículos no leídos; la tecla de menú abre las órdenes de una fuente</translation>
    </message>
    <message>
        <source>New Ru&amp;le for This Source…</source>
        <translation>Nueva re&amp;gla para esta fuente…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Eliminar búsqueda guardada</translation>
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
        <translation>Carpetas y fuentes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Subscribe to a feed</source>
        <translation>Suscribirse a un feed</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected source (Enter)</source>
        <translation>Modificar la fuente seleccionada (Intro)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected source, or delete the selected folder (Delete)</source>
        <translation>Cancelar la suscripción a la fuente seleccionada o eliminar la carpeta seleccionada (Supr)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>Make a folder inside the selected one, or at the top</source>
        <translation>Crear una carpeta dentro de la seleccionada o en el nivel superior</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importar OPML…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of a subscription list</source>
        <translation>Suscribirse a los feeds de una lista de suscripciones</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>E&amp;xportar OPML…</translation>
    </message>
    <message>
        <source>Save your subscriptions as a subscription list</source>
        <translation>Guardar tus suscripciones como una lista de suscripciones</translation>
    </message>
    <message>
        <source>Select a source to see its details.</source>
        <translation>Selecciona una fuente para ver sus detalles.</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>Feed:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Last fetched:</source>
        <translation>Última descarga:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation>Actualización:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>En pausa:</translation>
    </message>
    <message>
        <source>Full article:</source>
        <translation>Artículo completo:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Changes on this page are made at once; Cancel does not undo them.</source>
        <translation>Los cambios de esta página se aplican al instante; Cancelar no los deshace.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nombre de la carpeta nueva:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>As set under General</source>
        <translation>Como se indica en General</translation>
    </message>
    <message>
        <source>Yes: not refreshed until resumed</source>
        <translation>Sí: no se actualiza hasta que se reanude</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Loaded from the website</source>
        <translation>Se carga desde el sitio web</translation>
    </message>
    <message>
        <source>As the feed gives it</source>
        <translation>Tal como lo ofrece el feed</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>Cannot subscribe</source>
        <translation>No se puede suscribir</translation>
    </message>
    <message>
        <source>You are already subscribed to this feed.</source>
        <translation>Ya estás suscrito a este feed.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importar OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Archivos OPML (*.opml *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 no es una lista de suscripciones: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>Se importó %n fuente.</numerusform>
            <numerusform>Se importaron %n fuentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed or listed twice.</source>
        <translation>
            <numerusform>%n ya suscrita o repetida.</numerusform>
            <numerusform>%n ya suscritas o repetidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n no se pudo importar.</numerusform>
            <numerusform>%n no se pudieron importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exportar OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Archivos OPML (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Suscripciones de Tidings</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Subscriptions exported to %1.</source>
        <translation>Suscripciones exportadas a %1.</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>Exportar marcadores</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation>Página web (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) exported to %1.</source>
        <translation>
            <numerusform>%n marcador exportado a %1.</numerusform>
            <numerusform>%n marcadores exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be synced</source>
        <translation>
            <numerusform>%n cambio pendiente de sincronizar</numerusform>
            <numerusform>%n cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting — %1</source>
        <translation>
            <numerusform>%n cambio pendiente — %1</numerusform>
            <numerusform>%n cambios pendientes — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be synced: %2</source>
        <translation>No se pudo sincronizar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <source>Show Tidings</source>
        <translation>Mostrar Tidings</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread</source>
        <translation>
            <numerusform>Tidings: %n sin leer</numerusform>
            <numerusform>Tidings: %n sin leer</numerusform>
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
            <numerusform>y %n fuente más</numerusform>
            <numerusform>y %n fuentes más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n artículo nuevo</numerusform>
            <numerusform>%n artículos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) matched your rules</source>
        <translation>
            <numerusform>%n artículo nuevo coincidió con tus reglas</numerusform>
            <numerusform>%n artículos nuevos coincidieron con tus reglas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::WebArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Vista de lectura</translation>
    </message>
    <message>
        <source>Tab goes from link to link; F6 and Shift+F6 leave the page</source>
        <translation>Tab va de enlace en enlace; F6 y Mayús+F6 salen de la página</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>tidings: cannot open the window: %1</source>
        <translation>tidings: no se puede abrir la ventana: %1</translation>
    </message>
</context>
</TS>
