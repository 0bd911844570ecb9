<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Ai::BuiltinProvider</name>
    <message>
        <source>The built-in summarizer cannot translate. Choose a language model server in the AI settings to translate articles.</source>
        <translation>Die integrierte Zusammenfassungsfunktion kann nicht übersetzen. Wählen Sie in den KI-Einstellungen einen Sprachmodell-Server, um Artikel zu übersetzen.</translation>
    </message>
    <message>
        <source>The article has no text to summarize.</source>
        <translation>Der Artikel enthält keinen Text zum Zusammenfassen.</translation>
    </message>
    <message>
        <source>The article is too short to summarize.</source>
        <translation>Der Artikel ist zu kurz für eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Built-in summarizer (on this computer)</source>
        <translation>Integrierte Zusammenfassungsfunktion (auf diesem Computer)</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiErrors</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (Der Server meldete: %2)</translation>
    </message>
    <message>
        <source>The server at %1 sends requests to another address (HTTP %2). Enter that address in the AI settings: %3</source>
        <translation>Der Server unter %1 leitet Anfragen an eine andere Adresse weiter (HTTP %2). Tragen Sie diese Adresse in den KI-Einstellungen ein: %3</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key in the AI settings.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel in den KI-Einstellungen.</translation>
    </message>
    <message>
        <source>The server at %1 does not know the model “%2”, or the address is not an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>Der Server unter %1 kennt das Modell „%2“ nicht, oder die Adresse ist keine OpenAI-kompatible API (sie endet meist auf /v1).</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server begrenzt die Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server begrenzt die Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is limiting requests, or the account&apos;s quota is used up. Try again later.</source>
        <translation>Der Server begrenzt die Anfragen, oder das Kontingent des Kontos ist aufgebraucht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server could not handle the request (HTTP %1). The article may be too long for the model; lower the text budget in the AI settings.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (HTTP %1). Der Artikel ist möglicherweise zu lang für das Modell; verringern Sie die Textmenge in den KI-Einstellungen.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>Der Server unter %1 hat ein Problem (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server antwortete mit HTTP-Status %1.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check that the server is running and the address and port are right.</source>
        <translation>Unter %1 antwortet nichts (Verbindung abgelehnt). Prüfen Sie, ob der Server läuft und Adresse und Port stimmen.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>Der Server unter %1 hat die Verbindung geschlossen, ohne zu antworten.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>Der Proxyserver konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The address %1 is not an http or https address.</source>
        <translation>Die Adresse %1 ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Talking to the server at %1 failed: %2</source>
        <translation>Die Kommunikation mit dem Server unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent nothing for %n second(s) and was given up on. A large model may need a longer timeout in the AI settings.</source>
        <translation>
            <numerusform>Der Server hat %n Sekunde lang nichts gesendet; die Anfrage wurde abgebrochen. Ein großes Modell braucht eventuell eine längere Wartezeit in den KI-Einstellungen.</numerusform>
            <numerusform>Der Server hat %n Sekunden lang nichts gesendet; die Anfrage wurde abgebrochen. Ein großes Modell braucht eventuell eine längere Wartezeit in den KI-Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not the JSON or event stream an OpenAI-compatible server sends.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: Sie ist weder JSON noch ein Event-Stream, wie ihn ein OpenAI-kompatibler Server sendet.</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>Das Modell hat eine leere Antwort geliefert.</translation>
    </message>
    <message>
        <source>The model declined to answer (its content filter stopped it).</source>
        <translation>Das Modell hat die Antwort verweigert (sein Inhaltsfilter hat sie verhindert).</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 Es meldete: %2</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is far longer than any summary; it was stopped.</source>
        <translation>Die Antwort des Servers ist weit länger als jede Zusammenfassung; sie wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No server address or model is set. Enter them in the AI settings.</source>
        <translation>Serveradresse oder Modell fehlen. Tragen Sie beides in den KI-Einstellungen ein.</translation>
    </message>
    <message>
        <source>The article has no text to send.</source>
        <translation>Der Artikel enthält keinen Text zum Senden.</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiProvider</name>
    <message>
        <source>Language model server</source>
        <translation>Sprachmodell-Server</translation>
    </message>
    <message>
        <source>Language model server at %1</source>
        <translation>Sprachmodell-Server auf %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s); choose one.</source>
        <translation>
            <numerusform>Mit %1 verbunden. Der Server bietet %n Modell an; wählen Sie es aus.</numerusform>
            <numerusform>Mit %1 verbunden. Der Server bietet %n Modelle an; wählen Sie eines aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s), “%2” among them.</source>
        <translation>
            <numerusform>Mit %1 verbunden. Der Server bietet %n Modell an: „%2“.</numerusform>
            <numerusform>Mit %1 verbunden. Der Server bietet %n Modelle an, darunter „%2“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1, but it does not offer the model “%2” (it offers %n model(s)).</source>
        <translation>
            <numerusform>Mit %1 verbunden, aber der Server bietet das Modell „%2“ nicht an (er bietet %n Modell an).</numerusform>
            <numerusform>Mit %1 verbunden, aber der Server bietet das Modell „%2“ nicht an (er bietet %n Modelle an).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ai::Reply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Ai::ResultCache</name>
    <message>
        <source>The saved AI answers could not be read or written: %1</source>
        <translation>Die gespeicherten KI-Antworten konnten nicht gelesen oder geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AccountCommand</name>
    <message>
        <source>The user name on the server.</source>
        <translation>Der Benutzername auf dem Server.</translation>
    </message>
    <message>
        <source>A name for the account (default: the host).</source>
        <translation>Ein Name für das Konto (Standard: der Hostname).</translation>
    </message>
    <message>
        <source>tidings account: say add or remove</source>
        <translation>tidings account: bitte add oder remove angeben</translation>
    </message>
    <message>
        <source>tidings account add: give the password on standard input, e.g. `secret-tool lookup ... | tidings account add ...`, or in %1</source>
        <translation>tidings account add: bitte das Passwort über die Standardeingabe angeben, z. B. `secret-tool lookup ... | tidings account add ...`, oder in %1</translation>
    </message>
    <message>
        <source>the password could not be stored in the keyring: %1</source>
        <translation>das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Added account %1; `tidings sync --account %1` fetches it.</source>
        <translation>Konto %1 hinzugefügt; `tidings sync --account %1` ruft es ab.</translation>
    </message>
    <message>
        <source>tidings account remove: give one account id</source>
        <translation>tidings account remove: bitte genau eine Konto-ID angeben</translation>
    </message>
    <message>
        <source>Add a sync account (add TYPE URL --user NAME) or remove one (remove ID)</source>
        <translation>Ein Synchronisierungskonto hinzufügen (add TYP URL --user NAME) oder eines entfernen (remove ID)</translation>
    </message>
    <message>
        <source>add TYPE URL: a new account; TYPE is ttrss (Tiny Tiny RSS), greader (any Google Reader API server), freshrss, miniflux, or a hosted service whose URL may be left out: inoreader, theoldreader, bazqux. The password is read from standard input, or taken from TIDINGS_ACCOUNT_PASSWORD. remove ID: an account and its sources; its bookmarked articles stay.</source>
        <translation>add TYP URL: ein neues Konto; TYP ist ttrss (Tiny Tiny RSS), greader (ein beliebiger Google-Reader-API-Server), freshrss, miniflux oder ein gehosteter Dienst, dessen URL weggelassen werden kann: inoreader, theoldreader, bazqux. Das Passwort wird von der Standardeingabe gelesen oder aus TIDINGS_ACCOUNT_PASSWORD übernommen. remove ID: ein Konto und seine Quellen; seine Artikel mit Lesezeichen bleiben erhalten.</translation>
    </message>
    <message>
        <source>tidings account add: give the server type (%1), the server&apos;s address and --user NAME</source>
        <translation>tidings account add: Geben Sie den Servertyp (%1), die Adresse des Servers und --user NAME an</translation>
    </message>
</context>
<context>
    <name>Cli::AccountsCommand</name>
    <message>
        <source>List the accounts with their last sync and the changes waiting to be sent</source>
        <translation>Die Konten mit ihrer letzten Synchronisierung und den noch zu sendenden Änderungen auflisten</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AddCommand</name>
    <message>
        <source>Subscribe to a feed, or to the feed of a website</source>
        <translation>Einen Feed abonnieren oder den Feed einer Website</translation>
    </message>
    <message>
        <source>A feed or website address, a feed: link or a local file.</source>
        <translation>Eine Feed- oder Website-Adresse, ein feed:-Link oder eine lokale Datei.</translation>
    </message>
    <message>
        <source>Put the source in folder NAME (made if missing).</source>
        <translation>Die Quelle in den Ordner NAME legen (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>tidings add: give one address</source>
        <translation>tidings add: bitte genau eine Adresse angeben</translation>
    </message>
    <message>
        <source>tidings: %1 offers %2 feeds; add one of them by its address:</source>
        <translation>tidings: %1 bietet %2 Feeds an; fügen Sie einen davon über seine Adresse hinzu:</translation>
    </message>
    <message>
        <source>Already subscribed to %1 (source %2)</source>
        <translation>%1 ist bereits abonniert (Quelle %2)</translation>
    </message>
    <message>
        <source>Added %1 (source %2)</source>
        <translation>%1 hinzugefügt (Quelle %2)</translation>
    </message>
    <message>
        <source>the first fetch failed: %1</source>
        <translation>der erste Abruf ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (source %2) with %n article(s)</source>
        <translation>
            <numerusform>%1 hinzugefügt (Quelle %2) mit %n Artikel</numerusform>
            <numerusform>%1 hinzugefügt (Quelle %2) mit %n Artikeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::ArticleStateCommand</name>
    <message>
        <source>Mark an article as read (or unread)</source>
        <translation>Einen Artikel als gelesen (oder ungelesen) markieren</translation>
    </message>
    <message>
        <source>Bookmark an article (or remove the bookmark)</source>
        <translation>Ein Lesezeichen für einen Artikel setzen (oder entfernen)</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>Die ID des Artikels, wie `tidings articles` sie zeigt.</translation>
    </message>
    <message>
        <source>Mark it as unread instead.</source>
        <translation>Stattdessen als ungelesen markieren.</translation>
    </message>
    <message>
        <source>Remove the bookmark instead.</source>
        <translation>Stattdessen das Lesezeichen entfernen.</translation>
    </message>
    <message>
        <source>tidings %1: give one article id</source>
        <translation>tidings %1: bitte genau eine Artikel-ID angeben</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
</context>
<context>
    <name>Cli::ArticlesCommand</name>
    <message>
        <source>Search articles by title, author and text</source>
        <translation>Artikel nach Titel, Autor und Text durchsuchen</translation>
    </message>
    <message>
        <source>List articles, newest first</source>
        <translation>Artikel auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>Only articles of source ID.</source>
        <translation>Nur Artikel der Quelle ID.</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>Nur ungelesene Artikel.</translation>
    </message>
    <message>
        <source>Only bookmarked articles.</source>
        <translation>Nur Artikel mit Lesezeichen.</translation>
    </message>
    <message>
        <source>At most N articles (default 50; 0: all).</source>
        <translation>Höchstens N Artikel (Standard 50; 0: alle).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>tidings search: give the words to search for</source>
        <translation>tidings search: bitte die Suchwörter angeben</translation>
    </message>
    <message>
        <source>tidings %1: --source takes a source id</source>
        <translation>tidings %1: --source erwartet eine Quellen-ID</translation>
    </message>
    <message>
        <source>tidings %1: --limit takes a number</source>
        <translation>tidings %1: --limit erwartet eine Zahl</translation>
    </message>
    <message>
        <source>Words (prefix matched), &quot;exact phrases&quot;, -excluded, and operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE</source>
        <translation>Wörter (Präfixsuche), &quot;exakte Wortgruppen&quot;, -ausgeschlossen und Operatoren: title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATUM, after:DATUM</translation>
    </message>
    <message>
        <source>Only articles matching QUERY: words, &quot;phrases&quot;, -excluded, and operators (title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE).</source>
        <translation>Nur Artikel, die ABFRAGE entsprechen: Wörter, &quot;Wortgruppen&quot;, -ausgeschlossen und Operatoren (title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATUM, after:DATUM).</translation>
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
        <translation>Die Bibliothek sichern (die neuesten drei Sicherungen werden behalten)</translation>
    </message>
    <message>
        <source>Backed up the library to %1.</source>
        <translation>Die Bibliothek wurde in %1 gesichert.</translation>
    </message>
</context>
<context>
    <name>Cli::BriefingCommand</name>
    <message>
        <source>Show today&apos;s news as stories, each with a short summary</source>
        <translation>Die heutigen Nachrichten als Themen anzeigen, jeweils mit kurzer Zusammenfassung</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; stories (default 10).</source>
        <translation>Höchstens &lt;n&gt; Themen anzeigen (Standard 10).</translation>
    </message>
    <message>
        <source>briefing takes no arguments</source>
        <translation>briefing erwartet keine Argumente</translation>
    </message>
    <message>
        <source>--max needs a number between 1 and 1000</source>
        <translation>--max erwartet eine Zahl zwischen 1 und 1000</translation>
    </message>
    <message>
        <source>No articles today.</source>
        <translation>Heute keine Artikel.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from %1, latest at %2</source>
        <translation>
            <numerusform>%n Artikel von %1, um %2</numerusform>
            <numerusform>%n Artikel von %1, neuester um %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::CheckCommand</name>
    <message>
        <source>Check the library for damage (exit 1 when damaged)</source>
        <translation>Die Bibliothek auf Schäden prüfen (Exit-Code 1 bei Schäden)</translation>
    </message>
    <message>
        <source>Repair a damaged library: keep a copy of it and recover what can be read.</source>
        <translation>Eine beschädigte Bibliothek reparieren: eine Kopie behalten und wiederherstellen, was sich lesen lässt.</translation>
    </message>
    <message>
        <source>There is no library at %1 yet.</source>
        <translation>Unter %1 gibt es noch keine Bibliothek.</translation>
    </message>
    <message>
        <source>The library %1 is intact.</source>
        <translation>Die Bibliothek %1 ist intakt.</translation>
    </message>
    <message>
        <source>The library %1 is damaged:</source>
        <translation>Die Bibliothek %1 ist beschädigt:</translation>
    </message>
    <message>
        <source>tidings: run `tidings check --repair` to keep a copy of the damaged file and recover what can be read.</source>
        <translation>tidings: Führen Sie `tidings check --repair` aus, um eine Kopie der beschädigten Datei zu behalten und wiederherzustellen, was sich lesen lässt.</translation>
    </message>
    <message>
        <source>The search index %1 was damaged; it is rebuilt the next time the library is opened.</source>
        <translation>Der Suchindex %1 war beschädigt; er wird beim nächsten Öffnen der Bibliothek neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>Cli::Context</name>
    <message>
        <source>The search index could not be updated; it is tried again next time.</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden; beim nächsten Mal wird es erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index (%Ln changes)…</source>
        <translation>
            <numerusform>Der Suchindex wird aktualisiert (%Ln Änderung)…</numerusform>
            <numerusform>Der Suchindex wird aktualisiert (%Ln Änderungen)…</numerusform>
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
Globale Optionen (vor oder nach dem Befehl):
  --profile DIR  Alle Daten in DIR statt im Standard-Datenordner ablegen
                 (die Umgebungsvariable TIDINGS_PROFILE bewirkt dasselbe)
  --verbose      Debug-Meldungen der Protokollkategorien tidings.* ausgeben
  -h, --help     Diese Hilfe anzeigen; &apos;tidings COMMAND --help&apos; zeigt die Optionen eines Befehls
  --version      Die Version anzeigen
</translation>
    </message>
    <message>
        <source>tidings: unknown command &apos;%1&apos;</source>
        <translation>tidings: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
       tidings [--profile DIR] [FILE | URL]...

Tidings is a news reader. Without a command it opens its window. Given
feed files or links, it offers to subscribe to them; given OPML files, to
import them.

Commands:
</source>
        <translation>Aufruf: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
        tidings [--profile DIR] [FILE | URL]...

Tidings ist ein Nachrichtenleser. Ohne Befehl öffnet es sein Fenster. Erhält
es Feed-Dateien oder -Links, bietet es an, sie zu abonnieren; erhält es
OPML-Dateien, bietet es an, sie zu importieren.

Befehle:
</translation>
    </message>
</context>
<context>
    <name>Cli::ExportBookmarksCommand</name>
    <message>
        <source>Write the bookmarked articles as a web page or JSON</source>
        <translation>Die Artikel mit Lesezeichen als Webseite oder JSON schreiben</translation>
    </message>
    <message>
        <source>html: a web page of links (the default); json: an array of objects with title, link, source and date.</source>
        <translation>html: eine Webseite mit Links (Standard); json: ein Array von Objekten mit Titel, Link, Quelle und Datum.</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Wohin geschrieben wird (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: give at most one file</source>
        <translation>tidings export-bookmarks: höchstens eine Datei angeben</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: --format is html or json</source>
        <translation>tidings export-bookmarks: --format ist html oder json</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ExportOpmlCommand</name>
    <message>
        <source>Write the subscriptions as an OPML file</source>
        <translation>Die Abonnements als OPML-Datei schreiben</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Wohin geschrieben wird (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>tidings export-opml: give at most one file</source>
        <translation>tidings export-opml: höchstens eine Datei angeben</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Tidings-Abonnements</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ExtractCommand</name>
    <message>
        <source>Print the article text of a web page (a file or an http(s) URL)</source>
        <translation>Den Artikeltext einer Webseite ausgeben (eine Datei oder eine http(s)-URL)</translation>
    </message>
    <message>
        <source>Print the sanitized HTML instead of text.</source>
        <translation>Das bereinigte HTML statt des Textes ausgeben.</translation>
    </message>
    <message>
        <source>The web page: a file, or an http(s) URL.</source>
        <translation>Die Webseite: eine Datei oder eine http(s)-URL.</translation>
    </message>
    <message>
        <source>extract needs exactly one FILE or URL</source>
        <translation>extract erwartet genau eine FILE oder URL</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ImportOpmlCommand</name>
    <message>
        <source>Subscribe to the feeds of an OPML file, keeping its folders</source>
        <translation>Die Feeds einer OPML-Datei abonnieren, mit ihren Ordnern</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>Die OPML-Datei.</translation>
    </message>
    <message>
        <source>tidings import-opml: give one file</source>
        <translation>tidings import-opml: bitte genau eine Datei angeben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable OPML file: %2</source>
        <translation>%1 ist keine verwendbare OPML-Datei: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 skipped (already subscribed or listed twice), %4 failed</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 übersprungen (bereits abonniert oder doppelt aufgeführt), %4 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Cli::InfoCommand</name>
    <message>
        <source>Show the version, the profile folder and the library</source>
        <translation>Version, Profilordner und Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>--profile needs a folder, as in --profile DIR</source>
        <translation>--profile erwartet einen Ordner, etwa --profile DIR</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor a feed link</source>
        <translation>&apos;%1&apos; ist weder eine Datei noch ein Feed-Link</translation>
    </message>
</context>
<context>
    <name>Cli::MuteCommand</name>
    <message>
        <source>Hide articles with a word until a date; list or remove mute words</source>
        <translation>Artikel mit einem Wort bis zu einem Datum ausblenden; ausgeblendete Wörter auflisten oder entfernen</translation>
    </message>
    <message>
        <source>The word or phrase; articles with it in the title or text are hidden.</source>
        <translation>Das Wort oder die Wortgruppe; Artikel, die es im Titel oder Text enthalten, werden ausgeblendet.</translation>
    </message>
    <message>
        <source>When the mute ends: a date (YYYY-MM-DD, to the end of that day), a date and time, or a number of days or hours (7d, 12h).</source>
        <translation>Wann das Ausblenden endet: ein Datum (JJJJ-MM-TT, bis zum Ende dieses Tages), ein Datum mit Uhrzeit oder eine Anzahl von Tagen oder Stunden (7d, 12h).</translation>
    </message>
    <message>
        <source>List the mute words, expired ones too.</source>
        <translation>Die ausgeblendeten Wörter auflisten, auch abgelaufene.</translation>
    </message>
    <message>
        <source>Remove a mute word.</source>
        <translation>Ein ausgeblendetes Wort entfernen.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>Mit --list: ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>tidings mute: give one word (quote a phrase)</source>
        <translation>tidings mute: Geben Sie ein Wort an (setzen Sie eine Wortgruppe in Anführungszeichen)</translation>
    </message>
    <message>
        <source>tidings mute: --until needs a date in the future, such as 2026-12-31 or 7d</source>
        <translation>tidings mute: --until braucht ein Datum in der Zukunft, etwa 2026-12-31 oder 7d</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>mute %1: &quot;%2&quot; until %3</source>
        <translation>ausblenden %1: &quot;%2&quot; bis %3</translation>
    </message>
</context>
<context>
    <name>Cli::ParseCommand</name>
    <message>
        <source>Parse a feed file (or - for standard input) and print it as JSON</source>
        <translation>Eine Feed-Datei (oder - für die Standardeingabe) einlesen und als JSON ausgeben</translation>
    </message>
    <message>
        <source>Resolve relative links against &lt;url&gt; (the feed&apos;s address).</source>
        <translation>Relative Links gegen &lt;url&gt; auflösen (die Adresse des Feeds).</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the document came with (for its charset).</source>
        <translation>Der HTTP-Content-Type, mit dem das Dokument kam (für seinen Zeichensatz).</translation>
    </message>
    <message>
        <source>Refuse documents larger than &lt;mib&gt; MiB (default 32).</source>
        <translation>Dokumente über &lt;mib&gt; MiB ablehnen (Standard 32).</translation>
    </message>
    <message>
        <source>The feed document, or - for standard input.</source>
        <translation>Das Feed-Dokument oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>parse needs exactly one FILE (or -)</source>
        <translation>parse erwartet genau eine FILE (oder -)</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL</source>
        <translation>--base-url erwartet eine absolute URL</translation>
    </message>
    <message>
        <source>--max-size needs a number of MiB between 0 and 4096</source>
        <translation>--max-size erwartet eine Anzahl MiB zwischen 0 und 4096</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Cli::RefreshCommand</name>
    <message>
        <source>Fetch new articles from every source, or from the given ones</source>
        <translation>Neue Artikel aus allen Quellen abrufen oder aus den angegebenen</translation>
    </message>
    <message>
        <source>Refresh only source ID (repeatable).</source>
        <translation>Nur die Quelle ID aktualisieren (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Download at most N feeds at once (default 12).</source>
        <translation>Höchstens N Feeds gleichzeitig herunterladen (Standard 12).</translation>
    </message>
    <message>
        <source>tidings refresh: &apos;%1&apos; is not a source id</source>
        <translation>tidings refresh: &apos;%1&apos; ist keine Quellen-ID</translation>
    </message>
    <message>
        <source>tidings refresh: --jobs takes a number from 1 to 64</source>
        <translation>tidings refresh: --jobs erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>no source with that id</source>
        <translation>keine Quelle mit dieser ID</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n source(s): %1 ok (%2 not modified), %3 failed; %4 new and %5 updated articles</source>
        <translation>
            <numerusform>%n Quelle aktualisiert: %1 in Ordnung (%2 unverändert), %3 fehlgeschlagen; %4 neue und %5 geänderte Artikel</numerusform>
            <numerusform>%n Quellen aktualisiert: %1 in Ordnung (%2 unverändert), %3 fehlgeschlagen; %4 neue und %5 geänderte Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old article(s) that the retention settings no longer keep</source>
        <translation>
            <numerusform>%n alter Artikel entfernt, der laut den Aufbewahrungseinstellungen nicht mehr behalten wird</numerusform>
            <numerusform>%n alte Artikel entfernt, die laut den Aufbewahrungseinstellungen nicht mehr behalten werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RelatedCommand</name>
    <message>
        <source>List the articles most related to an article</source>
        <translation>Die Artikel auflisten, die einem Artikel am ähnlichsten sind</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>Die ID des Artikels, wie `tidings articles` sie zeigt.</translation>
    </message>
    <message>
        <source>At most N articles (default %1).</source>
        <translation>Höchstens N Artikel (Standard %1).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>tidings related: give one article id</source>
        <translation>tidings related: bitte genau eine Artikel-ID angeben</translation>
    </message>
    <message>
        <source>tidings related: --limit takes a number above 0</source>
        <translation>tidings related: --limit erwartet eine Zahl größer als 0</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
</context>
<context>
    <name>Cli::RestoreCommand</name>
    <message>
        <source>List the backups, or restore the library from one</source>
        <translation>Die Sicherungen auflisten oder die Bibliothek aus einer wiederherstellen</translation>
    </message>
    <message>
        <source>A backup&apos;s name as listed, or the path of a backup file; without it, the backups are listed.</source>
        <translation>Der Name einer Sicherung wie aufgelistet oder der Pfad einer Sicherungsdatei; ohne ihn werden die Sicherungen aufgelistet.</translation>
    </message>
    <message>
        <source>tidings restore: give at most one backup</source>
        <translation>tidings restore: Geben Sie höchstens eine Sicherung an</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>In %1 gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restored the library from %1. The library as it was is kept in %2.</source>
        <translation>Die Bibliothek wurde aus %1 wiederhergestellt. Die bisherige Bibliothek liegt in %2.</translation>
    </message>
</context>
<context>
    <name>Cli::RuleCommand</name>
    <message>
        <source>Add, remove or test a rule</source>
        <translation>Eine Regel hinzufügen, entfernen oder testen</translation>
    </message>
    <message>
        <source>add: a new rule from the options; remove ID; test ID: how many articles the rule matches, and which.</source>
        <translation>add: eine neue Regel aus den Optionen; remove ID; test ID: wie viele Artikel die Regel trifft, und welche.</translation>
    </message>
    <message>
        <source>Condition: the %1 %2 TEXT (repeatable).</source>
        <extracomment>%1 is a part of an article (title, author, ...), %2 how it is matched.</extracomment>
        <translation>Bedingung: %1 %2 TEXT (wiederholbar).</translation>
    </message>
    <message>
        <source>Every condition must hold (default: any one of them).</source>
        <translation>Jede Bedingung muss zutreffen (Standard: eine beliebige davon).</translation>
    </message>
    <message>
        <source>What to do: mark-read, bookmark, hide or notify (repeatable).</source>
        <translation>Was geschehen soll: mark-read, bookmark, hide oder notify (wiederholbar).</translation>
    </message>
    <message>
        <source>Add this tag to matching articles.</source>
        <translation>Dieses Schlagwort zu passenden Artikeln hinzufügen.</translation>
    </message>
    <message>
        <source>Highlight matching articles in the list with this colour (#rrggbb).</source>
        <translation>Passende Artikel in der Liste mit dieser Farbe hervorheben (#rrggbb).</translation>
    </message>
    <message>
        <source>A name for the rule.</source>
        <translation>Ein Name für die Regel.</translation>
    </message>
    <message>
        <source>Only for the articles of this source.</source>
        <translation>Nur für die Artikel dieser Quelle.</translation>
    </message>
    <message>
        <source>Add: leave the articles already in the library alone.</source>
        <translation>Hinzufügen: die Artikel, die schon in der Bibliothek sind, unverändert lassen.</translation>
    </message>
    <message>
        <source>Test: list at most N of the matches (default 20).</source>
        <translation>Testen: höchstens N der Treffer auflisten (Standard 20).</translation>
    </message>
    <message>
        <source>Test: print the matches as a JSON array.</source>
        <translation>Testen: die Treffer als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>tidings rule: say add, remove ID or test ID</source>
        <translation>tidings rule: Geben Sie add, remove ID oder test ID an</translation>
    </message>
    <message>
        <source>--%1 needs a text</source>
        <translation>--%1 braucht einen Text</translation>
    </message>
    <message>
        <source>give at least one condition, such as --title-contains TEXT</source>
        <translation>Geben Sie mindestens eine Bedingung an, etwa --title-contains TEXT</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (mark-read, bookmark, hide or notify)</source>
        <translation>unbekannte Aktion &quot;%1&quot; (mark-read, bookmark, hide oder notify)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation>&quot;%1&quot; ist keine Farbe der Form #rrggbb</translation>
    </message>
    <message>
        <source>give an action: --action, --tag or --highlight</source>
        <translation>Geben Sie eine Aktion an: --action, --tag oder --highlight</translation>
    </message>
    <message>
        <source>--source needs a source id, as `tidings sources` shows</source>
        <translation>--source braucht eine Quellen-ID, wie `tidings sources` sie zeigt</translation>
    </message>
    <message>
        <source>tidings rule add: %1</source>
        <translation>tidings rule add: %1</translation>
    </message>
    <message>
        <source>rule %1 added</source>
        <translation>Regel %1 hinzugefügt</translation>
    </message>
    <message>
        <source>applied to %1 of %2 articles</source>
        <translation>auf %1 von %2 Artikeln angewendet</translation>
    </message>
    <message>
        <source>tidings rule remove: give one rule id</source>
        <translation>tidings rule remove: Geben Sie eine Regel-ID an</translation>
    </message>
    <message>
        <source>tidings rule test: give one rule id (and --limit N)</source>
        <translation>tidings rule test: Geben Sie eine Regel-ID an (und --limit N)</translation>
    </message>
    <message>
        <source>there is no rule %1</source>
        <translation>es gibt keine Regel %1</translation>
    </message>
    <message numerus="yes">
        <source>rule %1 matches %n article(s)</source>
        <translation>
            <numerusform>Regel %1 trifft %n Artikel</numerusform>
            <numerusform>Regel %1 trifft %n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RulesCommand</name>
    <message>
        <source>List the rules with their conditions and actions</source>
        <translation>Die Regeln mit ihren Bedingungen und Aktionen auflisten</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (aus)</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <source>in source %1</source>
        <translation>in Quelle %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>dann %1</translation>
    </message>
</context>
<context>
    <name>Cli::SourcesCommand</name>
    <message>
        <source>List the sources with their unread counts and last errors</source>
        <translation>Die Quellen mit ihrer Zahl ungelesener Artikel und ihren letzten Fehlern auflisten</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeCommand</name>
    <message>
        <source>Summarize an article, or list its key points</source>
        <translation>Einen Artikel zusammenfassen oder seine Kernpunkte auflisten</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>Die ID des Artikels, wie `tidings articles` sie zeigt.</translation>
    </message>
    <message>
        <source>builtin: the summarizer on this computer; remote: the language model server in the AI settings (default: the provider chosen there).</source>
        <translation>builtin: die Zusammenfassungsfunktion auf diesem Computer; remote: der Sprachmodell-Server aus den KI-Einstellungen (Standard: der dort gewählte Anbieter).</translation>
    </message>
    <message>
        <source>List the key points instead of a summary.</source>
        <translation>Die Kernpunkte statt einer Zusammenfassung auflisten.</translation>
    </message>
    <message>
        <source>Ask again instead of showing the saved answer.</source>
        <translation>Erneut anfragen, statt die gespeicherte Antwort anzuzeigen.</translation>
    </message>
    <message>
        <source>tidings summarize: give one article id</source>
        <translation>tidings summarize: bitte genau eine Artikel-ID angeben</translation>
    </message>
    <message>
        <source>tidings summarize: --provider is builtin or remote</source>
        <translation>tidings summarize: --provider ist builtin oder remote</translation>
    </message>
    <message>
        <source>AI features are turned off. Turn them on in the AI settings (%1=true in %2), or use --provider builtin for the summarizer that runs on this computer.</source>
        <translation>KI-Funktionen sind ausgeschaltet. Schalten Sie sie in den KI-Einstellungen ein (%1=true in %2), oder verwenden Sie --provider builtin für die Zusammenfassungsfunktion, die auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>Key points are turned off in the AI settings.</source>
        <translation>Kernpunkte sind in den KI-Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>Summaries are turned off in the AI settings.</source>
        <translation>Zusammenfassungen sind in den KI-Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
    <message>
        <source>The API key could not be read from the keyring: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeTextCommand</name>
    <message>
        <source>Summarize a plain-text file (or - for standard input) offline</source>
        <translation>Eine Textdatei (oder - für die Standardeingabe) offline zusammenfassen</translation>
    </message>
    <message>
        <source>Print the key points, most important first, instead of a summary.</source>
        <translation>Statt einer Zusammenfassung die Kernpunkte ausgeben, wichtigste zuerst.</translation>
    </message>
    <message>
        <source>Use at most &lt;n&gt; sentences (default 4, or 5 key points).</source>
        <translation>Höchstens &lt;n&gt; Sätze verwenden (Standard 4, bei Kernpunkten 5).</translation>
    </message>
    <message>
        <source>A UTF-8 text file, or - for standard input.</source>
        <translation>Eine UTF-8-Textdatei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>summarize-text needs exactly one FILE (or -)</source>
        <translation>summarize-text erwartet genau eine FILE (oder -)</translation>
    </message>
    <message>
        <source>--sentences needs a number between 1 and 100</source>
        <translation>--sentences erwartet eine Zahl zwischen 1 und 100</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli::SyncCommand</name>
    <message>
        <source>Send the changes waiting and fetch what is new on the sync servers</source>
        <translation>Die wartenden Änderungen senden und Neues von den Synchronisierungsservern abrufen</translation>
    </message>
    <message>
        <source>Sync only account ID, as `tidings accounts` shows (default: all).</source>
        <translation>Nur das Konto ID synchronisieren, wie `tidings accounts` es anzeigt (Standard: alle).</translation>
    </message>
    <message>
        <source>tidings sync: &apos;%1&apos; is not an account id</source>
        <translation>tidings sync: &apos;%1&apos; ist keine Konto-ID</translation>
    </message>
    <message>
        <source>there is no sync account; add one with `tidings account add`</source>
        <translation>es gibt kein Synchronisierungskonto; fügen Sie eines mit `tidings account add` hinzu</translation>
    </message>
    <message>
        <source>there is no sync account %1</source>
        <translation>es gibt kein Synchronisierungskonto %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: sent %n change(s), %2 folders, %3 sources, %4 new and %5 updated articles</source>
        <translation>
            <numerusform>%1: %n Änderung gesendet, %2 Ordner, %3 Quellen, %4 neue und %5 geänderte Artikel</numerusform>
            <numerusform>%1: %n Änderungen gesendet, %2 Ordner, %3 Quellen, %4 neue und %5 geänderte Artikel</numerusform>
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
        <translation>Einen Artikel verschlagworten (oder das Schlagwort entfernen); die Schlagwörter auflisten</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>Die ID des Artikels, wie `tidings articles` sie zeigt.</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>Das Schlagwort.</translation>
    </message>
    <message>
        <source>Remove the tag from the article instead.</source>
        <translation>Stattdessen das Schlagwort vom Artikel entfernen.</translation>
    </message>
    <message>
        <source>List the tags with their article counts.</source>
        <translation>Die Schlagwörter mit der Anzahl ihrer Artikel auflisten.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>Mit --list: ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>tidings tag: give an article id and a tag name</source>
        <translation>tidings tag: Geben Sie eine Artikel-ID und einen Schlagwortnamen an</translation>
    </message>
</context>
<context>
    <name>Feeds::FeedParser</name>
    <message>
        <source>not a feed: an HTML page</source>
        <translation>kein Feed: eine HTML-Seite</translation>
    </message>
    <message>
        <source>not a feed: the root element &lt;%1&gt; is not RSS, RDF or Atom</source>
        <translation>kein Feed: das Wurzelelement &lt;%1&gt; ist weder RSS noch RDF noch Atom</translation>
    </message>
    <message>
        <source>not a feed: invalid JSON at offset %1: %2</source>
        <translation>kein Feed: ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>kein Feed: ein JSON-Dokument ohne JSON-Feed-Version</translation>
    </message>
    <message>
        <source>document too large: %1 bytes, the limit is %2 bytes</source>
        <translation>Dokument zu groß: %1 Byte, die Grenze liegt bei %2 Byte</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>kein Feed: das Dokument ist leer</translation>
    </message>
    <message>
        <source>not a feed: binary data</source>
        <translation>kein Feed: Binärdaten</translation>
    </message>
    <message>
        <source>not a feed: neither XML nor JSON</source>
        <translation>kein Feed: weder XML noch JSON</translation>
    </message>
</context>
<context>
    <name>Feeds::JsonFeedReader</name>
    <message>
        <source>unreadable date &quot;%1&quot;</source>
        <translation>unlesbares Datum „%1“</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>kein Feed: ein JSON-Dokument ohne JSON-Feed-Version</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlReaderContext</name>
    <message>
        <source>unreadable date &quot;%1&quot; in &lt;%2&gt;</source>
        <translation>unlesbares Datum „%1“ in &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlTreeBuilder</name>
    <message>
        <source>junk before the document</source>
        <translation>Datenmüll vor dem Dokument</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>kein Wurzelelement</translation>
    </message>
    <message>
        <source>document truncated inside &lt;%1&gt;</source>
        <translation>Dokument innerhalb von &lt;%1&gt; abgeschnitten</translation>
    </message>
    <message>
        <source>%1 more problems not listed</source>
        <translation>%1 weitere Probleme nicht aufgeführt</translation>
    </message>
    <message>
        <source>unescaped &apos;&lt;&apos;</source>
        <translation>nicht maskiertes &apos;&lt;&apos;</translation>
    </message>
    <message>
        <source>missing &apos;&gt;&apos; after &lt;%1</source>
        <translation>fehlendes &apos;&gt;&apos; nach &lt;%1</translation>
    </message>
    <message>
        <source>malformed attribute in &lt;%1&gt;</source>
        <translation>fehlerhaftes Attribut in &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute value without quotes</source>
        <translation>Attributwert ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>Elemente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>element name too long</source>
        <translation>Elementname zu lang</translation>
    </message>
    <message>
        <source>unexpected close tag &lt;/%1&gt;</source>
        <translation>unerwartetes schließendes Tag &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>missing close tag &lt;/%1&gt;</source>
        <translation>fehlendes schließendes Tag &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>undeclared namespace prefix &apos;%1&apos;</source>
        <translation>nicht deklariertes Namensraum-Präfix &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unescaped &apos;&amp;&apos;</source>
        <translation>nicht maskiertes &apos;&amp;&apos;</translation>
    </message>
    <message>
        <source>entity expansion over the limit of %1 bytes</source>
        <translation>Entity-Expansion über der Grenze von %1 Byte</translation>
    </message>
    <message>
        <source>external entity &apos;&amp;%1;&apos; not fetched</source>
        <translation>externe Entity &apos;&amp;%1;&apos; nicht abgerufen</translation>
    </message>
    <message>
        <source>undefined entity &apos;&amp;%1;&apos;</source>
        <translation>undefinierte Entity &apos;&amp;%1;&apos;</translation>
    </message>
    <message>
        <source>too many entity declarations</source>
        <translation>zu viele Entity-Deklarationen</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not well-formed at %1: recovered (%2)</source>
        <translation>nicht wohlgeformt bei %1: wiederhergestellt (%2)</translation>
    </message>
    <message>
        <source>not well-formed at %1: %2</source>
        <translation>nicht wohlgeformt bei %1: %2</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>Dokument zu groß</translation>
    </message>
</context>
<context>
    <name>Html::ArticleExtractor</name>
    <message>
        <source>The page is larger than %1 MB.</source>
        <translation>Die Seite ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The page is nested too deeply to be read.</source>
        <translation>Die Seite ist zu tief verschachtelt, um gelesen zu werden.</translation>
    </message>
    <message>
        <source>No article text found on this page.</source>
        <translation>Auf dieser Seite wurde kein Artikeltext gefunden.</translation>
    </message>
</context>
<context>
    <name>Html::Sanitizer</name>
    <message>
        <source>▶ Video on %1</source>
        <translation>▶ Video auf %1</translation>
    </message>
</context>
<context>
    <name>Models::ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more sources</source>
        <translation>
            <numerusform>und %n weitere Quelle</numerusform>
            <numerusform>und %n weitere Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>verschlagwortet mit %1</translation>
    </message>
</context>
<context>
    <name>Models::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>Models::SourceTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>%1
Last refresh failed: %2</source>
        <translation>%1
Letzte Aktualisierung fehlgeschlagen: %2</translation>
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
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation>letzte Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Tagesüberblick</translation>
    </message>
    <message>
        <source>Today&apos;s main stories, grouped from all your sources</source>
        <translation>Die wichtigsten Themen von heute, aus all Ihren Quellen zusammengestellt</translation>
    </message>
    <message>
        <source>%1, today&apos;s main stories</source>
        <translation>%1, die wichtigsten Themen von heute</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1
Saved search: %2</source>
        <translation>%1
Gespeicherte Suche: %2</translation>
    </message>
    <message>
        <source>Articles hidden by your rules and mute words</source>
        <translation>Von Ihren Regeln und ausgeblendeten Wörtern ausgeblendete Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n article(s)</source>
        <translation>
            <numerusform>%1
%n Artikel</numerusform>
            <numerusform>%1
%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n Artikel</numerusform>
            <numerusform>%1, %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet. New ones arrive when your sources are refreshed (F5).</source>
        <translation>Noch keine Artikel. Neue kommen, wenn Ihre Quellen aktualisiert werden (F5).</translation>
    </message>
    <message>
        <source>All caught up: nothing is unread.</source>
        <translation>Alles gelesen: nichts ist ungelesen.</translation>
    </message>
    <message>
        <source>Nothing new today yet.</source>
        <translation>Heute noch nichts Neues.</translation>
    </message>
    <message>
        <source>No bookmarks yet. Bookmark an article (S) to keep it here; bookmarks are never removed.</source>
        <translation>Noch keine Lesezeichen. Setzen Sie ein Lesezeichen auf einen Artikel (S), um ihn hier aufzubewahren; Lesezeichen werden nie entfernt.</translation>
    </message>
    <message>
        <source>No article is hidden. Articles that your rules and mute words hide are gathered here.</source>
        <translation>Kein Artikel ist ausgeblendet. Artikel, die Ihre Regeln und Stummwörter ausblenden, werden hier gesammelt.</translation>
    </message>
    <message>
        <source>This folder has no sources. Drag sources onto it in the tree.</source>
        <translation>Dieser Ordner enthält keine Quellen. Ziehen Sie Quellen in der Baumansicht darauf.</translation>
    </message>
    <message>
        <source>No articles in this folder yet.</source>
        <translation>Noch keine Artikel in diesem Ordner.</translation>
    </message>
    <message>
        <source>No articles from this source yet.</source>
        <translation>Noch keine Artikel aus dieser Quelle.</translation>
    </message>
    <message>
        <source>No articles from this source yet. Its last refresh failed: %1</source>
        <translation>Noch keine Artikel aus dieser Quelle. Ihre letzte Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No article matches this saved search (%1).</source>
        <translation>Kein Artikel passt zu dieser gespeicherten Suche (%1).</translation>
    </message>
    <message>
        <source>No article is tagged “%1”.</source>
        <translation>Kein Artikel hat das Schlagwort „%1“.</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>%1 is missing; looked in %2</source>
        <translation>%1 fehlt; gesucht in %2</translation>
    </message>
</context>
<context>
    <name>Net::FetchErrors</name>
    <message>
        <source>The server answered %1</source>
        <translation>Der Server antwortete mit %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Der Server antwortete mit %1 %2</translation>
    </message>
    <message>
        <source>check the user name and password for this source</source>
        <translation>prüfen Sie Benutzername und Passwort dieser Quelle</translation>
    </message>
    <message>
        <source>the feed may have moved</source>
        <translation>der Feed ist möglicherweise umgezogen</translation>
    </message>
    <message>
        <source>the feed has been removed for good</source>
        <translation>der Feed wurde endgültig entfernt</translation>
    </message>
    <message>
        <source>Tidings will try again later</source>
        <translation>Tidings versucht es später erneut</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused</source>
        <translation>Keine Verbindung zu %1: die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>Cannot find the server %1 — check the address and your connection</source>
        <translation>Der Server %1 wurde nicht gefunden – prüfen Sie die Adresse und Ihre Verbindung</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the feed</source>
        <translation>%1 hat die Verbindung vor dem Senden des Feeds geschlossen</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>Der Proxyserver konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>Das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot fetch the feed from %1: %2</source>
        <translation>Der Feed von %1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MiB; Tidings stopped downloading it</source>
        <translation>Der Feed ist größer als %1 MiB; Tidings hat den Download abgebrochen</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times</source>
        <translation>Der Server hat mehr als %1-mal umgeleitet</translation>
    </message>
    <message>
        <source>The server redirects in a loop (back to %1)</source>
        <translation>Der Server leitet im Kreis um (zurück zu %1)</translation>
    </message>
    <message>
        <source>The server redirected to an address Tidings cannot use: %1</source>
        <translation>Der Server hat auf eine Adresse umgeleitet, die Tidings nicht verwenden kann: %1</translation>
    </message>
    <message>
        <source>Tidings cannot fetch %1 addresses</source>
        <translation>Tidings kann keine %1-Adressen abrufen</translation>
    </message>
    <message>
        <source>The user name or password was not accepted; check them in the source&apos;s settings</source>
        <translation>Benutzername oder Passwort wurden nicht akzeptiert; prüfen Sie sie in den Einstellungen der Quelle</translation>
    </message>
    <message>
        <source>The server asks for a user name and password; enter them in the source&apos;s settings</source>
        <translation>Der Server verlangt Benutzername und Passwort; tragen Sie sie in den Einstellungen der Quelle ein</translation>
    </message>
    <message>
        <source>The server sent a compressed feed that is damaged or cut off</source>
        <translation>Der Server hat einen komprimierten Feed geschickt, der beschädigt oder abgeschnitten ist</translation>
    </message>
</context>
<context>
    <name>Pages::AiCard</name>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Made by %1.</source>
        <translation>Erstellt von: %1.</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the article.</source>
        <translation>KI-Ergebnisse können falsch sein: Prüfen Sie Wichtiges anhand des Artikels.</translation>
    </message>
    <message>
        <source>Summaries and key points, made on this computer.</source>
        <translation>Zusammenfassungen und Kernpunkte, erstellt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Try AI features…</source>
        <translation>KI-Funktionen ausprobieren…</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
</context>
<context>
    <name>Pages::ArticlePage</name>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Vollständiger Artikel wird geladen…</translation>
    </message>
    <message>
        <source>Load full article</source>
        <translation>Vollständigen Artikel laden</translation>
    </message>
    <message>
        <source>Related Articles</source>
        <translation>Ähnliche Artikel</translation>
    </message>
    <message>
        <source>More from this source</source>
        <translation>Mehr aus dieser Quelle</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>Mehr von %1</translation>
    </message>
    <message>
        <source>Read the comments on the site</source>
        <translation>Kommentare auf der Website lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Kommentare anzeigen</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Kommentare werden geladen…</translation>
    </message>
    <message>
        <source>The comments could not be loaded: %1</source>
        <translation>Die Kommentare konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
</context>
<context>
    <name>Pages::BriefingPage</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Tagesüberblick</translation>
    </message>
    <message numerus="yes">
        <source>%n top stories</source>
        <translation>
            <numerusform>%n Hauptthema</numerusform>
            <numerusform>%n Hauptthemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough of today&apos;s articles yet to build a briefing — refresh or come back later.</source>
        <translation>Noch nicht genug Artikel von heute für einen Tagesüberblick – aktualisieren Sie oder schauen Sie später wieder vorbei.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Stories grouped and summarized on this computer.</source>
        <translation>Themen auf diesem Computer gruppiert und zusammengefasst.</translation>
    </message>
    <message>
        <source>Stories grouped and summarized by: %1.</source>
        <translation>Themen gruppiert und zusammengefasst von: %1.</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the articles.</source>
        <translation>KI-Ergebnisse können falsch sein: Prüfen Sie Wichtiges anhand der Artikel.</translation>
    </message>
    <message>
        <source>Preparing today&apos;s briefing…</source>
        <translation>Der heutige Tagesüberblick wird erstellt…</translation>
    </message>
</context>
<context>
    <name>Reading::CommentThread</name>
    <message>
        <source>The comments could not be loaded.</source>
        <translation>Die Kommentare konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the comments was cancelled.</source>
        <translation>Das Laden der Kommentare wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent no comments (HTTP %1).</source>
        <translation>Der Server hat keine Kommentare gesendet (HTTP %1).</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>Die Kommentare konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Reading::FullArticleLoader</name>
    <message>
        <source>The article no longer exists.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The article has no web page to load.</source>
        <translation>Der Artikel hat keine Webseite, die geladen werden könnte.</translation>
    </message>
    <message>
        <source>The article&apos;s link leads to a file of type %1, not to a web page.</source>
        <translation>Der Link des Artikels führt zu einer Datei vom Typ %1, nicht zu einer Webseite.</translation>
    </message>
</context>
<context>
    <name>Refresh::IngestWorker</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Die Artikel können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The disk that holds your library is full, or the library may grow no further (%1). The refresh stopped; nothing stored before was lost. Free some space, then refresh again.</source>
        <translation>Der Datenträger mit Ihrer Bibliothek ist voll, oder die Bibliothek darf nicht weiter wachsen (%1). Die Aktualisierung wurde angehalten; nichts zuvor Gespeichertes ging verloren. Schaffen Sie etwas Platz und aktualisieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Refresh::RefreshService</name>
    <message>
        <source>The server asks for a user name and password, and the password could not be read from the system keyring: %1</source>
        <translation>Der Server verlangt Benutzername und Passwort, und das Passwort konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleApplier</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>Die Regel kann nicht angewendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleMatcher</name>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>&quot;%1&quot; ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
</context>
<context>
    <name>Rules::RuleText</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>has the word</source>
        <translation>enthält das Wort</translation>
    </message>
    <message>
        <source>matches the expression</source>
        <translation>entspricht dem Ausdruck</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <extracomment>A rule&apos;s condition: field, match, pattern, e.g. title contains “election”.</extracomment>
        <translation>%1 %2 „%3“</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>als gelesen markieren</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ausblenden</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>benachrichtigen</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>Schlagwort „%1“</translation>
    </message>
    <message>
        <source>highlight %1</source>
        <translation>%1 hervorheben</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Secrets::Keyring</name>
    <message>
        <source>No keyring is available on this system, so passwords and keys cannot be stored safely. Install or start a keyring service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher können Passwörter und Schlüssel nicht sicher gespeichert werden. Installieren oder starten Sie einen Schlüsselbunddienst (etwa GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keyring refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry (%1).</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen (%1).</translation>
    </message>
    <message>
        <source>The keyring could not be used (%1). Check that a keyring service such as GNOME Keyring or KWallet is running and unlocked.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1). Prüfen Sie, ob ein Schlüsselbunddienst wie GNOME Keyring oder KWallet läuft und entsperrt ist.</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be locked or busy; unlock it and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Er ist möglicherweise gesperrt oder beschäftigt; entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Er ist möglicherweise gesperrt oder beschäftigt; entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage::AccountMirror</name>
    <message>
        <source>Cannot store the folders: %1</source>
        <translation>Die Ordner können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the sources: %1</source>
        <translation>Die Quellen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the source %1: %2</source>
        <translation>Die Quelle %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Die Artikel können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the article states: %1</source>
        <translation>Die Artikelzustände können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the article states: %1</source>
        <translation>Der Artikelstatus kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Die Artikel können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::AccountRepository</name>
    <message>
        <source>There is only one local account.</source>
        <translation>Es gibt nur ein lokales Konto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (http:// or https://).</source>
        <translation>„%1“ ist keine Serveradresse (http:// oder https://).</translation>
    </message>
    <message>
        <source>An account needs a user name.</source>
        <translation>Ein Konto braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation>Das Konto kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The local account cannot be removed.</source>
        <translation>Das lokale Konto kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot remove the account: %1</source>
        <translation>Das Konto kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Die Konten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot update the account: %1</source>
        <translation>Das Konto kann nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::ArticleRepository</name>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Die Artikel können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot clean up old articles: %1</source>
        <translation>Alte Artikel können nicht aufgeräumt werden: %1</translation>
    </message>
    <message>
        <source>Cannot mark the article: %1</source>
        <translation>Der Artikel kann nicht markiert werden: %1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot mark the articles: %1</source>
        <translation>Die Artikel können nicht markiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot change the bookmark: %1</source>
        <translation>Das Lesezeichen kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Die Artikel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the article: %1</source>
        <translation>Der Artikel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>Die Artikel können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Cannot search the articles: %1</source>
        <translation>Die Artikel können nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the full article: %1</source>
        <translation>Der vollständige Artikel kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the file and its folder are readable and writable.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob die Datei und ihr Ordner lesbar und beschreibbar sind.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database (%2). Tidings has left it untouched. Move it aside or restore a backup, then start Tidings again to begin with an empty library.</source>
        <translation>Die Datenbank %1 ist beschädigt oder keine Tidings-Datenbank (%2). Tidings hat sie nicht verändert. Verschieben Sie sie oder stellen Sie eine Sicherung wieder her, und starten Sie Tidings dann erneut, um mit einer leeren Bibliothek zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot open the database %1. %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden. %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2. Your data has not been changed.</source>
        <translation>Die Datenbank %1 kann nicht aktualisiert werden: %2. Ihre Daten wurden nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2.</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2.</translation>
    </message>
    <message>
        <source>The database %1 needs updating, which cannot be done where it is (the folder cannot be written to).</source>
        <translation>Die Datenbank %1 muss aktualisiert werden, was an ihrem Ort nicht möglich ist (in den Ordner kann nicht geschrieben werden).</translation>
    </message>
    <message>
        <source>Cannot open the search index of %1: %2.</source>
        <translation>Der Suchindex von %1 kann nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>Storage::FolderRepository</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>Den übergeordneten Ordner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot add the folder &quot;%1&quot;: %2</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename the folder: %1</source>
        <translation>Der Ordner kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Den Ordner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The target folder no longer exists.</source>
        <translation>Den Zielordner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself or one of its subfolders.</source>
        <translation>Ein Ordner kann nicht in sich selbst oder einen seiner Unterordner verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot move the folder: %1</source>
        <translation>Der Ordner kann nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the folder: %1</source>
        <translation>Der Ordner kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the folder: %1</source>
        <translation>Der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the folders: %1</source>
        <translation>Die Ordner können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Library</name>
    <message>
        <source>Tidings opened the library read-only: you can read it, but nothing can be changed or refreshed.</source>
        <translation>Tidings hat die Bibliothek schreibgeschützt geöffnet: Sie können sie lesen, aber nichts kann geändert oder aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryBackups</name>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1: %2</source>
        <translation>Die Bibliothek kann nicht in %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1.</source>
        <translation>Die Bibliothek kann nicht in %1 gesichert werden.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Es gibt keine Sicherung %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); the library was not changed.</source>
        <translation>Die Sicherung %1 ist beschädigt (%2); die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the library before restoring (%1); the library was not changed.</source>
        <translation>Vor dem Wiederherstellen kann keine Kopie der Bibliothek angelegt werden (%1); die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot restore the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRecovery</name>
    <message>
        <source>Cannot make a working copy of %1 next to %2.</source>
        <translation>Neben %2 kann keine Arbeitskopie von %1 angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the recovered library %1: %2</source>
        <translation>Die wiederhergestellte Bibliothek %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the recovered library %1: %2</source>
        <translation>Die wiederhergestellte Bibliothek %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRepair</name>
    <message>
        <source>Cannot create the folder %1 for a copy of the damaged library.</source>
        <translation>Der Ordner %1 für eine Kopie der beschädigten Bibliothek kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy the damaged library to %1 (is the disk full?).</source>
        <translation>Die beschädigte Bibliothek kann nicht nach %1 kopiert werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database, and nothing in it could be recovered. Tidings has left it untouched. Move it aside or restore a backup (tidings restore), then start Tidings again.</source>
        <translation>Die Datenbank %1 ist beschädigt oder keine Tidings-Datenbank, und nichts darin konnte wiederhergestellt werden. Tidings hat sie unverändert gelassen. Verschieben Sie sie oder stellen Sie eine Sicherung wieder her (tidings restore) und starten Sie Tidings dann erneut.</translation>
    </message>
    <message>
        <source>Cannot put the recovered library in place of %1.</source>
        <translation>Die wiederhergestellte Bibliothek kann nicht an die Stelle von %1 gesetzt werden.</translation>
    </message>
    <message>
        <source>Your library was damaged, and Tidings has repaired it. It recovered %1 sources, %2 articles and %3 bookmarks.</source>
        <translation>Ihre Bibliothek war beschädigt, und Tidings hat sie repariert. Wiederhergestellt wurden %1 Quellen, %2 Artikel und %3 Lesezeichen.</translation>
    </message>
    <message>
        <source>Some parts of the file could not be read; what they held is lost.</source>
        <translation>Einige Teile der Datei konnten nicht gelesen werden; ihr Inhalt ist verloren.</translation>
    </message>
    <message>
        <source>A copy of the damaged file is in %1.</source>
        <translation>Eine Kopie der beschädigten Datei liegt in %1.</translation>
    </message>
    <message>
        <source>Your library is damaged, and Tidings could not repair it: %1 The library was left as it was.</source>
        <translation>Ihre Bibliothek ist beschädigt, und Tidings konnte sie nicht reparieren: %1 Die Bibliothek wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>Storage::MigrationRunner</name>
    <message>
        <source>The database was written by a newer version of Tidings (schema %1; this version knows up to %2). Update Tidings to open it.</source>
        <translation>Die Datenbank wurde von einer neueren Tidings-Version geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Tidings, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Die Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>eine Zeile von %1 verweist auf eine fehlende Zeile von %2</translation>
    </message>
</context>
<context>
    <name>Storage::MuteRepository</name>
    <message>
        <source>Cannot read the mute words: %1</source>
        <translation>Die ausgeblendeten Wörter können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A mute needs a word.</source>
        <translation>Zum Ausblenden wird ein Wort benötigt.</translation>
    </message>
    <message>
        <source>A mute needs an end date.</source>
        <translation>Zum Ausblenden wird ein Enddatum benötigt.</translation>
    </message>
    <message>
        <source>Cannot add the mute word: %1</source>
        <translation>Das ausgeblendete Wort kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the mute word: %1</source>
        <translation>Das ausgeblendete Wort kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>There is no mute word %1.</source>
        <translation>Es gibt kein ausgeblendetes Wort %1.</translation>
    </message>
</context>
<context>
    <name>Storage::PendingChangeRepository</name>
    <message>
        <source>Article states are queued by the articles themselves.</source>
        <translation>Artikelzustände werden von den Artikeln selbst vorgemerkt.</translation>
    </message>
    <message>
        <source>Cannot remember the change: %1</source>
        <translation>Die Änderung kann nicht vorgemerkt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the changes to send: %1</source>
        <translation>Die zu sendenden Änderungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the changes to send: %1</source>
        <translation>Die zu sendenden Änderungen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Cannot record what the server took: %1</source>
        <translation>Es kann nicht vermerkt werden, was der Server übernommen hat: %1</translation>
    </message>
    <message>
        <source>Cannot record the failed send: %1</source>
        <translation>Das fehlgeschlagene Senden kann nicht vermerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Profile</name>
    <message>
        <source>The profile folder %1 is a file. Choose another folder with --profile or move the file away.</source>
        <translation>Der Profilordner %1 ist eine Datei. Wählen Sie mit --profile einen anderen Ordner oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and that you may write to it, or choose another folder with --profile.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden. Prüfen Sie, ob sein übergeordneter Ordner existiert und Sie darin schreiben dürfen, oder wählen Sie mit --profile einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable. Give yourself write permission on it or choose another folder with --profile.</source>
        <translation>Der Profilordner %1 ist nicht beschreibbar. Geben Sie sich Schreibrechte darauf oder wählen Sie mit --profile einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Storage::RuleActionWriter</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>Die Regel kann nicht angewendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleRepository</name>
    <message>
        <source>Cannot read the rules: %1</source>
        <translation>Die Regeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the rule: %1</source>
        <translation>Die Regel kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>Es gibt keine Regel %1.</translation>
    </message>
    <message>
        <source>Cannot remove the rule: %1</source>
        <translation>Die Regel kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleSubjectReader</name>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>Die Artikel können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Die Artikel können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SavedSearchRepository</name>
    <message>
        <source>A saved search needs a name and a search.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen und eine Suche.</translation>
    </message>
    <message>
        <source>Cannot save the search: %1</source>
        <translation>Die Suche kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot rename the saved search: %1</source>
        <translation>Die gespeicherte Suche kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>The saved search no longer exists.</source>
        <translation>Die gespeicherte Suche existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot delete the saved search: %1</source>
        <translation>Die gespeicherte Suche kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the saved searches: %1</source>
        <translation>Die gespeicherten Suchen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexFile</name>
    <message>
        <source>Cannot create the search index %1: %2</source>
        <translation>Der Suchindex %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexer</name>
    <message>
        <source>The search index %1 does not exist.</source>
        <translation>Der Suchindex %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>Der Suchindex %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The search index belongs to another state of the library; it is rebuilt when the library is next opened.</source>
        <translation>Der Suchindex gehört zu einem anderen Stand der Bibliothek; er wird beim nächsten Öffnen der Bibliothek neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>Storage::SearchOperators</name>
    <message>
        <source>“%1:” needs a value, as in %1:word or %1:&quot;two words&quot;.</source>
        <translation>„%1:“ braucht einen Wert, etwa %1:wort oder %1:&quot;zwei Wörter&quot;.</translation>
    </message>
    <message>
        <source>“%1:” is not a search operator.</source>
        <translation>„%1:“ ist kein Suchoperator.</translation>
    </message>
    <message>
        <source>“%1:%2” is not a search operator; use %3.</source>
        <translation>„%1:%2“ ist kein Suchoperator; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>“%1:%2”: not a date. Use a date like 2026-12-31, or today, yesterday, 7d (days ago) or 2w (weeks ago).</source>
        <translation>„%1:%2“: kein Datum. Verwenden Sie ein Datum wie 2026-12-31 oder today, yesterday, 7d (vor Tagen) oder 2w (vor Wochen).</translation>
    </message>
</context>
<context>
    <name>Storage::SourceRepository</name>
    <message>
        <source>&quot;%1&quot; is not a feed address.</source>
        <translation>„%1“ ist keine Feed-Adresse.</translation>
    </message>
    <message>
        <source>Cannot add the source: %1</source>
        <translation>Die Quelle kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Cannot add the source %1: %2</source>
        <translation>Die Quelle %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the source: %1</source>
        <translation>Die Quelle kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>Die Quelle gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Another source already has the address %1.</source>
        <translation>Eine andere Quelle hat bereits die Adresse %1.</translation>
    </message>
    <message>
        <source>Cannot read the sources: %1</source>
        <translation>Die Quellen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot change the source: %1</source>
        <translation>Die Quelle kann nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>Storage::TagRepository</name>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>Die Schlagwörter können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>Das Schlagwort kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>Das Schlagwort kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Subscriptions::FeedDiscoverer</name>
    <message>
        <source>Only web addresses (http or https) can be searched for feeds</source>
        <translation>Nur Webadressen (http oder https) können nach Feeds durchsucht werden</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Der Server antwortete mit %1 %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>Cannot find the server %1</source>
        <translation>Der Server %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 redirects too many times</source>
        <translation>%1 leitet zu oft um</translation>
    </message>
    <message>
        <source>%1 redirects to an unencrypted address</source>
        <translation>%1 leitet auf eine unverschlüsselte Adresse um</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>This page offers no feed, and none was found at the usual addresses</source>
        <translation>Diese Seite bietet keinen Feed an, und unter den üblichen Adressen wurde keiner gefunden</translation>
    </message>
</context>
<context>
    <name>Subscriptions::OpmlImporter</name>
    <message>
        <source>%1: not a feed address</source>
        <translation>%1: keine Feed-Adresse</translation>
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
        <translation>Die Datei deklariert einen Dokumenttyp (DTD); OPML-Dateien brauchen keinen, daher wird sie aus Sicherheitsgründen nicht gelesen.</translation>
    </message>
    <message>
        <source>The file holds no XML element; it is not an OPML file.</source>
        <translation>Die Datei enthält kein XML-Element; sie ist keine OPML-Datei.</translation>
    </message>
    <message>
        <source>This is not an OPML file: its root element is &lt;%1&gt;.</source>
        <translation>Dies ist keine OPML-Datei: ihr Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>OPML version %1 is unknown; the file is read as OPML 2.0.</source>
        <translation>OPML-Version %1 ist unbekannt; die Datei wird als OPML 2.0 gelesen.</translation>
    </message>
    <message>
        <source>The file has no &lt;body&gt;, so it lists no feeds.</source>
        <translation>Die Datei hat keinen &lt;body&gt; und enthält daher keine Feeds.</translation>
    </message>
    <message>
        <source>The creation date “%1” could not be read.</source>
        <translation>Das Erstellungsdatum „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1: the feed “%2” also holds outlines; they are kept in a folder of the same name.</source>
        <translation>Zeile %1: der Feed „%2“ enthält auch Einträge; sie werden in einem gleichnamigen Ordner abgelegt.</translation>
    </message>
    <message>
        <source>Line %1: a folder without a name; its feeds are kept in the enclosing folder.</source>
        <translation>Zeile %1: ein Ordner ohne Namen; seine Feeds werden im umgebenden Ordner abgelegt.</translation>
    </message>
    <message>
        <source>Line %1: the outline “%2” has no feed address and holds nothing; it was skipped.</source>
        <translation>Zeile %1: der Eintrag „%2“ hat keine Feed-Adresse und enthält nichts; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>Folders are nested more than %1 levels deep (line %2); the file is not read further.</source>
        <translation>Ordner sind tiefer als %1 Ebenen verschachtelt (Zeile %2); die Datei wird nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Die Datei ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>Subscriptions::UrlParser</name>
    <message>
        <source>Enter the address of a feed or of a web site.</source>
        <translation>Geben Sie die Adresse eines Feeds oder einer Website ein.</translation>
    </message>
    <message>
        <source>“%1” is not a feed address that can be followed.</source>
        <translation>„%1“ ist keine Feed-Adresse, der gefolgt werden kann.</translation>
    </message>
    <message>
        <source>“%1” is not a complete address: it lacks http:// or https://.</source>
        <translation>„%1“ ist keine vollständige Adresse: es fehlt http:// oder https://.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” are not supported; use an http or https address.</source>
        <translation>Adressen, die mit „%1:“ beginnen, werden nicht unterstützt; verwenden Sie eine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
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
        <translation>Anderer Google-Reader-API-Server</translation>
    </message>
    <message>
        <source>Google Reader API</source>
        <translation>Google-Reader-API</translation>
    </message>
</context>
<context>
    <name>Sync::GReaderClient</name>
    <message>
        <source>%1 did not answer like a Google Reader API server. Check the server address (FreshRSS: …/api/greader.php; Miniflux: its root address).</source>
        <translation>%1 hat nicht wie ein Google-Reader-API-Server geantwortet. Prüfen Sie die Serveradresse (FreshRSS: …/api/greader.php; Miniflux: seine Stammadresse).</translation>
    </message>
    <message>
        <source>The server did not accept the login of %1 (%2). Check the user name and the API password (FreshRSS: Profile → API password; Miniflux: Settings → Integrations → Google Reader).</source>
        <translation>Der Server hat die Anmeldung von %1 nicht akzeptiert (%2). Prüfen Sie den Benutzernamen und das API-Passwort (FreshRSS: Profil → API-Passwort; Miniflux: Einstellungen → Integrationen → Google Reader).</translation>
    </message>
    <message>
        <source>The server&apos;s API is turned off: allow API access in FreshRSS&apos;s Administration → Authentication.</source>
        <translation>Die API des Servers ist ausgeschaltet: Erlauben Sie den API-Zugriff in FreshRSS unter Administration → Authentifizierung.</translation>
    </message>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (der Server meldete: %2)</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings wird beendet.</translation>
    </message>
    <message>
        <source>The server gave no T token.</source>
        <translation>Der Server hat kein T-Token geliefert.</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1%2.</source>
        <translation>Der Server konnte %1%2 nicht abonnieren.</translation>
    </message>
    <message>
        <source>A Google Reader API server keeps every feed in a folder: move it into one.</source>
        <translation>Ein Google-Reader-API-Server hält jeden Feed in einem Ordner: Verschieben Sie ihn in einen.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <source>The library cannot be opened.</source>
        <translation>Die Bibliothek kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The library could not be updated.</source>
        <translation>Die Bibliothek konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>There is no account %1 to sync.</source>
        <translation>Es gibt kein Konto %1 zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>%n Änderung wird gesendet</numerusform>
            <numerusform>%n Änderungen werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading folders and sources</source>
        <translation>Ordner und Quellen werden gelesen</translation>
    </message>
    <message>
        <source>Fetching new articles (%1 so far)</source>
        <translation>Neue Artikel werden abgerufen (bisher %1)</translation>
    </message>
    <message>
        <source>Reading read and bookmark states</source>
        <translation>Gelesen-Status und Lesezeichen werden abgerufen</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>The local account has no server to sync with.</source>
        <translation>Das lokale Konto hat keinen Server, mit dem es sich synchronisieren könnte.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring: %2</source>
        <translation>Das Passwort von %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Sync::TtRssClient</name>
    <message>
        <source>The server did not start a session.</source>
        <translation>Der Server hat keine Sitzung begonnen.</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings wird beendet.</translation>
    </message>
    <message>
        <source>%1 did not answer like Tiny Tiny RSS. Check the server address.</source>
        <translation>%1 hat nicht wie Tiny Tiny RSS geantwortet. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server does not allow API access for %1: enable API access in TT-RSS&apos;s Preferences.</source>
        <translation>Der Server erlaubt %1 keinen API-Zugriff: Aktivieren Sie den API-Zugriff in den Einstellungen von TT-RSS.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password of %1.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not keep the session (it answered NOT_LOGGED_IN).</source>
        <translation>Der Server hat die Sitzung nicht aufrechterhalten (er antwortete NOT_LOGGED_IN).</translation>
    </message>
    <message>
        <source>The server no longer has that feed.</source>
        <translation>Der Server hat diesen Feed nicht mehr.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1 (code %2%3).</source>
        <translation>Der Server konnte %1 nicht abonnieren (Code %2%3).</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot move a feed through its API; move it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS kann einen Feed nicht über seine API verschieben; verschieben Sie ihn in TT-RSS selbst.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot rename a feed through its API; rename it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS kann einen Feed nicht über seine API umbenennen; benennen Sie ihn in TT-RSS selbst um.</translation>
    </message>
    <message>
        <source>This Tiny Tiny RSS speaks API level %1; subscribing and unsubscribing through its API need level %2 (TT-RSS 1.7.6) or later.</source>
        <translation>Dieses Tiny Tiny RSS spricht API-Level %1; Abonnieren und Abbestellen über seine API erfordern Level %2 (TT-RSS 1.7.6) oder neuer.</translation>
    </message>
</context>
<context>
    <name>Text::Encoding</name>
    <message>
        <source>The document is not valid UTF-8; it was read as windows-1252.</source>
        <translation>Das Dokument ist kein gültiges UTF-8; es wurde als windows-1252 gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not valid UTF-8 were read as windows-1252.</source>
        <translation>
            <numerusform>%n Byte, das kein gültiges UTF-8 ist, wurde als windows-1252 gelesen.</numerusform>
            <numerusform>%n Bytes, die kein gültiges UTF-8 sind, wurden als windows-1252 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document ends in the middle of a character.</source>
        <translation>Das Dokument endet mitten in einem Zeichen.</translation>
    </message>
    <message>
        <source>Invalid characters were replaced by U+FFFD.</source>
        <translation>Ungültige Zeichen wurden durch U+FFFD ersetzt.</translation>
    </message>
    <message>
        <source>This system cannot convert from %1.</source>
        <translation>Dieses System kann nicht aus %1 umwandeln.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced by U+FFFD.</source>
        <translation>
            <numerusform>%n ungültige Bytefolge wurde durch U+FFFD ersetzt.</numerusform>
            <numerusform>%n ungültige Bytefolgen wurden durch U+FFFD ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTTP header names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>Der HTTP-Header nennt eine unbekannte Zeichenkodierung, „%1“; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The XML declaration names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>Die XML-Deklaration nennt eine unbekannte Zeichenkodierung, „%1“; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The document is %1, not %2 as labelled.</source>
        <translation>Das Dokument ist %1, nicht %2 wie angegeben.</translation>
    </message>
    <message>
        <source>The document is not %1 as labelled.</source>
        <translation>Das Dokument ist nicht %1 wie angegeben.</translation>
    </message>
    <message>
        <source>The HTTP header says %1 and the XML declaration says %2; the header wins.</source>
        <translation>Der HTTP-Header sagt %1 und die XML-Deklaration %2; der Header gilt.</translation>
    </message>
</context>
<context>
    <name>Text::Headline</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Tidings cannot start</source>
        <translation>Tidings kann nicht starten</translation>
    </message>
    <message>
        <source>Tidings cannot open your library.</source>
        <translation>Tidings kann Ihre Bibliothek nicht öffnen.</translation>
    </message>
    <message>
        <source>Checking your library…</source>
        <translation>Ihre Bibliothek wird geprüft…</translation>
    </message>
    <message>
        <source>Library Repaired</source>
        <translation>Bibliothek repariert</translation>
    </message>
    <message>
        <source>Library Damaged</source>
        <translation>Bibliothek beschädigt</translation>
    </message>
    <message>
        <source>Read-Only Library</source>
        <translation>Schreibgeschützte Bibliothek</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected. The server speaks API level %1.</source>
        <translation>Verbunden. Der Server unterstützt API-Level %1.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
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
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Synchronisieren alle:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The account could not be added.</source>
        <translation>Das Konto konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Account added; it syncs when Preferences close.</source>
        <translation>Konto hinzugefügt; es wird synchronisiert, sobald Sie die Einstellungen schließen.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Das Konto konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Its folders, sources and articles leave Tidings. Changes not yet sent to the server are not sent.</source>
        <translation>Seine Ordner, Quellen und Artikel werden aus Tidings entfernt. Noch nicht an den Server gesendete Änderungen werden nicht gesendet.</translation>
    </message>
    <message>
        <source>&amp;Copy its bookmarked articles into the local library</source>
        <translation>Seine Artikel mit Lesezeichen in die lokale Bibliothek &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Ui::AddSourceDialog</name>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Add a Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>https://example.org or a feed address</source>
        <translation>https://example.org oder eine Feed-Adresse</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Gefundene Feeds</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Looking for feeds at %1…</source>
        <translation>Suche nach Feeds auf %1…</translation>
    </message>
    <message>
        <source>No feed found at this address.</source>
        <translation>Unter dieser Adresse wurde kein Feed gefunden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>This site offers %n feeds. Choose one:</source>
        <translation>
            <numerusform>Diese Website bietet %n Feed an. Wählen Sie ihn:</numerusform>
            <numerusform>Diese Website bietet %n Feeds an. Wählen Sie einen:</numerusform>
        </translation>
    </message>
    <message>
        <source>A website, whose feed Tidings finds, or the address of a feed</source>
        <translation>Eine Website, deren Feed Tidings findet, oder die Adresse eines Feeds</translation>
    </message>
</context>
<context>
    <name>Ui::AiCardController</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
</context>
<context>
    <name>Ui::AiSettingsPage</name>
    <message>
        <source>Use AI features</source>
        <translation>KI-Funktionen verwenden</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Summary&lt;/b&gt; shortens an article to a few sentences, &lt;b&gt;Key points&lt;/b&gt; lists its main facts, &lt;b&gt;Translate&lt;/b&gt; puts it into another language and the &lt;b&gt;Daily briefing&lt;/b&gt; groups today&apos;s articles into stories and sums each up.&lt;/p&gt;&lt;p&gt;With &lt;b&gt;On this computer&lt;/b&gt; the work is done here and nothing is sent anywhere. With &lt;b&gt;OpenAI-compatible server&lt;/b&gt; the article&apos;s title and text (up to the text budget below) are sent to the server at the address you give, along with the API key. Nothing is sent until you ask for a summary, key points, a translation or a briefing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zusammenfassung&lt;/b&gt; kürzt einen Artikel auf wenige Sätze, &lt;b&gt;Kernpunkte&lt;/b&gt; listet seine wichtigsten Fakten auf, &lt;b&gt;Übersetzen&lt;/b&gt; überträgt ihn in eine andere Sprache, und der &lt;b&gt;Tagesüberblick&lt;/b&gt; gruppiert die heutigen Artikel zu Themen und fasst jedes davon kurz zusammen.&lt;/p&gt;&lt;p&gt;Mit &lt;b&gt;Auf diesem Computer&lt;/b&gt; wird die Arbeit hier erledigt, und nichts wird irgendwohin gesendet. Mit &lt;b&gt;OpenAI-kompatibler Server&lt;/b&gt; werden Titel und Text des Artikels (bis zur unten eingestellten Textmenge) zusammen mit dem API-Schlüssel an den Server unter der angegebenen Adresse gesendet. Es wird nichts gesendet, bevor Sie eine Zusammenfassung, Kernpunkte, eine Übersetzung oder einen Tagesüberblick anfordern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>Wo die Arbeit erledigt wird</translation>
    </message>
    <message>
        <source>On this computer (summary and key points only)</source>
        <translation>Auf diesem Computer (nur Zusammenfassung und Kernpunkte)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <source>Not needed by most local servers</source>
        <translation>Für die meisten lokalen Server nicht nötig</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A server that sends nothing for this long is given up.</source>
        <translation>Sendet ein Server so lange nichts, wird die Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Longer articles are cut to this many characters before they are sent.</source>
        <translation>Längere Artikel werden vor dem Senden auf diese Zeichenzahl gekürzt.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Abbrechen nach</translation>
    </message>
    <message>
        <source>Send at most</source>
        <translation>Höchstens senden</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Translate to</source>
        <translation>Übersetzen in</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>Die Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Tagesüberblick</translation>
    </message>
    <message>
        <source>AI Features</source>
        <translation>KI-Funktionen</translation>
    </message>
    <message>
        <source>The API key cannot be kept: %1 It is not written anywhere else.</source>
        <translation>Der API-Schlüssel kann nicht gespeichert werden: %1 Er wird nirgendwo anders abgelegt.</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Modelle werden beim Server abgefragt…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Übersetzungssprache</translation>
    </message>
</context>
<context>
    <name>Ui::AppearanceSettingsPage</name>
    <message>
        <source>Comfortable: title, source, excerpt and picture</source>
        <translation>Komfortabel: Titel, Quelle, Auszug und Bild</translation>
    </message>
    <message>
        <source>Compact: one line per article</source>
        <translation>Kompakt: eine Zeile pro Artikel</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>Artikelliste</translation>
    </message>
    <message>
        <source>List font size</source>
        <translation>Schriftgröße der Liste</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
</context>
<context>
    <name>Ui::ArticleCommands</name>
    <message>
        <source>Save Article as PDF</source>
        <translation>Artikel als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>The article could not be saved as %1.</source>
        <translation>Der Artikel konnte nicht als %1 gespeichert werden.</translation>
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
            <numerusform>+ %n weitere Quelle</numerusform>
            <numerusform>+ %n weitere Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ArticleListPane</name>
    <message>
        <source>Search (/)</source>
        <translation>Suchen (/)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Newest first; each article says whether it is unread or bookmarked</source>
        <translation>Neueste zuerst; jeder Artikel gibt an, ob er ungelesen ist oder ein Lesezeichen hat</translation>
    </message>
    <message>
        <source>Words match as prefixes; &quot;quoted words&quot; as a phrase; -word excludes.
Operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before: and after: a date (2026-12-31, today, yesterday, 7d).</source>
        <translation>Wörter passen als Präfix; &quot;Wörter in Anführungszeichen&quot; als Wortgruppe; -wort schließt aus.
Operatoren: title:, author:, source:, is:unread, is:read, is:bookmarked, before: und after: ein Datum (2026-12-31, today, yesterday, 7d).</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>Save this search as a view in the source tree</source>
        <translation>Diese Suche als Ansicht im Quellenbaum speichern</translation>
    </message>
    <message>
        <source>No article here matches “%1”.
Words match as prefixes; fewer words find more.</source>
        <translation>Kein Artikel hier passt zu „%1“.
Wörter gelten als Wortanfänge; weniger Wörter finden mehr.</translation>
    </message>
</context>
<context>
    <name>Ui::ArticlePane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Wählen Sie einen Artikel, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Tidings cannot show articles: %1</source>
        <translation>Tidings kann keine Artikel anzeigen: %1</translation>
    </message>
</context>
<context>
    <name>Ui::CardsView</name>
    <message>
        <source>Article cards</source>
        <translation>Artikelkarten</translation>
    </message>
    <message>
        <source>Arrow keys move between the cards; Enter reads one on its own.</source>
        <translation>Mit den Pfeiltasten wechseln Sie zwischen den Karten; mit der Eingabetaste lesen Sie eine für sich.</translation>
    </message>
</context>
<context>
    <name>Ui::EmptyStateWidget</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Willkommen bei Tidings</translation>
    </message>
    <message>
        <source>Add the news sites and feeds you follow, and their new articles will gather here. Give Tidings a website&apos;s address and it finds the feed for you.</source>
        <translation>Fügen Sie die Nachrichtenseiten und Feeds hinzu, denen Sie folgen, und ihre neuen Artikel sammeln sich hier. Geben Sie Tidings die Adresse einer Website, und es findet den Feed für Sie.</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML importieren…</translation>
    </message>
    <message>
        <source>World news</source>
        <translation>Weltnachrichten</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Wissenschaft</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Or start with some well-known feeds:</source>
        <translation>Oder beginnen Sie mit einigen bekannten Feeds:</translation>
    </message>
    <message>
        <source>Well-known feeds</source>
        <translation>Bekannte Feeds</translation>
    </message>
    <message>
        <source>Subscribe to the ticked feeds</source>
        <translation>Die angehakten Feeds abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>Einen Feed oder eine Website abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file from another reader</source>
        <translation>Die in einer OPML-Datei aus einem anderen Nachrichtenleser aufgeführten Feeds abonnieren</translation>
    </message>
    <message>
        <source>Topics and their feeds; Space ticks one, then subscribe to the ticked feeds</source>
        <translation>Themen und ihre Feeds; die Leertaste hakt einen an, danach abonnieren Sie die angehakten Feeds</translation>
    </message>
    <message>
        <source>Subscribe to the feeds ticked above</source>
        <translation>Die oben angehakten Feeds abonnieren</translation>
    </message>
</context>
<context>
    <name>Ui::GeneralSettingsPage</name>
    <message>
        <source>Refresh all sources when Tidings starts</source>
        <translation>Alle Quellen beim Start von Tidings aktualisieren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Check for new articles every</source>
        <translation>Nach neuen Artikeln suchen alle</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language takes effect when Tidings restarts.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von Tidings wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> Artikel</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Keep Tidings running in the tray when the window is closed</source>
        <translation>Tidings beim Schließen des Fensters im Systembereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Notify about new articles found in the background</source>
        <translation>Über im Hintergrund gefundene neue Artikel benachrichtigen</translation>
    </message>
    <message>
        <source>Mark the selected article as read</source>
        <translation>Den ausgewählten Artikel als gelesen markieren</translation>
    </message>
    <message>
        <source>Remove read articles after</source>
        <translation>Gelesene Artikel entfernen nach</translation>
    </message>
    <message>
        <source>Keep per source at most</source>
        <translation>Pro Quelle höchstens behalten</translation>
    </message>
    <message>
        <source>Bookmarked articles are always kept, whatever their age.</source>
        <translation>Artikel mit Lesezeichen werden immer behalten, ganz gleich, wie alt sie sind.</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryMaintenance</name>
    <message>
        <source>Tidings found damage in your library (%1). Quit and start Tidings again: it then keeps a copy of the damaged file and recovers everything that can be read.</source>
        <translation>Tidings hat Schäden in Ihrer Bibliothek gefunden (%1). Beenden Sie Tidings und starten Sie es erneut: Dann behält es eine Kopie der beschädigten Datei und stellt alles wieder her, was sich lesen lässt.</translation>
    </message>
</context>
<context>
    <name>Ui::LibrarySettingsPage</name>
    <message>
        <source>Tidings backs up your library once a day while you leave it alone, and keeps the newest %1 backups in %2. It also checks the library for damage once a week.</source>
        <translation>Tidings sichert Ihre Bibliothek einmal am Tag, während Sie sie nicht benutzen, und behält die neuesten %1 Sicherungen in %2. Außerdem prüft es die Bibliothek einmal pro Woche auf Schäden.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Check Library Now</source>
        <translation>Bibliothek jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>In %1 gesichert.</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>Die Bibliothek ist intakt.</translation>
    </message>
    <message>
        <source>The library is damaged: %1. Start Tidings again to repair it.</source>
        <translation>Die Bibliothek ist beschädigt: %1. Starten Sie Tidings erneut, um sie zu reparieren.</translation>
    </message>
    <message>
        <source>The library was restored. Start Tidings again to see it everywhere.</source>
        <translation>Die Bibliothek wurde wiederhergestellt. Starten Sie Tidings erneut, damit sie überall erscheint.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>Restore the Library</source>
        <translation>Bibliothek wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your library with the backup of %1?</source>
        <translation>Ihre Bibliothek durch die Sicherung vom %1 ersetzen?</translation>
    </message>
    <message>
        <source>The library as it is now is kept as before-restore.sqlite in the backups folder.</source>
        <translation>Die Bibliothek in ihrem jetzigen Zustand wird als before-restore.sqlite im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;Add Source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>OPML e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Bookmarks…</source>
        <translation>&amp;Lesezeichen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>Alle a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Compact List</source>
        <translation>&amp;Kompakte Liste</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>Nächster &amp;ungelesener Artikel</translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation>Nach unten blättern oder nächster ungelesener</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Als &amp;gelesen/ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>&amp;Über Tidings</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Share by &amp;E-mail…</source>
        <translation>Per &amp;E-Mail teilen…</translation>
    </message>
    <message>
        <source>Load &amp;Full Article</source>
        <translation>V&amp;ollständigen Artikel laden</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>Einen Feed oder eine Website abonnieren</translation>
    </message>
    <message>
        <source>Create a folder for sources</source>
        <translation>Einen Ordner für Quellen anlegen</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file</source>
        <translation>Die in einer OPML-Datei aufgeführten Feeds abonnieren</translation>
    </message>
    <message>
        <source>Save your subscriptions as an OPML file</source>
        <translation>Ihre Abonnements als OPML-Datei speichern</translation>
    </message>
    <message>
        <source>Save your bookmarked articles as a web page</source>
        <translation>Ihre Artikel mit Lesezeichen als Webseite speichern</translation>
    </message>
    <message>
        <source>Fetch new articles from every source</source>
        <translation>Neue Artikel von allen Quellen abrufen</translation>
    </message>
    <message>
        <source>Close Tidings</source>
        <translation>Tidings schließen</translation>
    </message>
    <message>
        <source>Show or hide the tool bar</source>
        <translation>Die Werkzeugleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Use the whole screen for the window</source>
        <translation>Den ganzen Bildschirm für das Fenster nutzen</translation>
    </message>
    <message>
        <source>Show more articles in the list, without excerpts</source>
        <translation>Mehr Artikel in der Liste anzeigen, ohne Auszüge</translation>
    </message>
    <message>
        <source>Search the articles of the current view</source>
        <translation>Die Artikel der aktuellen Ansicht durchsuchen</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Den Tastaturfokus in den nächsten Bereich verschieben</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Den Tastaturfokus in den vorherigen Bereich verschieben</translation>
    </message>
    <message>
        <source>Show the next article in the list</source>
        <translation>Den nächsten Artikel der Liste anzeigen</translation>
    </message>
    <message>
        <source>Show the previous article in the list</source>
        <translation>Den vorherigen Artikel der Liste anzeigen</translation>
    </message>
    <message>
        <source>Show the next unread article</source>
        <translation>Den nächsten ungelesenen Artikel anzeigen</translation>
    </message>
    <message>
        <source>Scroll the article down, or go to the next unread one at its end</source>
        <translation>Im Artikel nach unten blättern oder an seinem Ende zum nächsten ungelesenen Artikel wechseln</translation>
    </message>
    <message>
        <source>Mark the article as read or unread</source>
        <translation>Den Artikel als gelesen oder ungelesen markieren</translation>
    </message>
    <message>
        <source>Bookmark the article, or remove its bookmark</source>
        <translation>Ein Lesezeichen für den Artikel setzen oder es entfernen</translation>
    </message>
    <message>
        <source>Open the article&apos;s web page in your browser</source>
        <translation>Die Webseite des Artikels in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <source>Copy the address of the article&apos;s web page</source>
        <translation>Die Adresse der Webseite des Artikels kopieren</translation>
    </message>
    <message>
        <source>Write an e-mail with a link to the article</source>
        <translation>Eine E-Mail mit einem Link zum Artikel schreiben</translation>
    </message>
    <message>
        <source>Load the whole article from its web page</source>
        <translation>Den vollständigen Artikel von seiner Webseite laden</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Den Artikel drucken</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>Den Artikel als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Make the article&apos;s text larger</source>
        <translation>Den Text des Artikels vergrößern</translation>
    </message>
    <message>
        <source>Make the article&apos;s text smaller</source>
        <translation>Den Text des Artikels verkleinern</translation>
    </message>
    <message>
        <source>Show the article&apos;s text at its normal size</source>
        <translation>Den Text des Artikels in normaler Größe anzeigen</translation>
    </message>
    <message>
        <source>Mark every article of the current view as read</source>
        <translation>Alle Artikel der aktuellen Ansicht als gelesen markieren</translation>
    </message>
    <message>
        <source>Undo the last change to read states</source>
        <translation>Die letzte Änderung am Gelesen-Status rückgängig machen</translation>
    </message>
    <message>
        <source>Change how Tidings refreshes, looks and reads</source>
        <translation>Aktualisierung, Aussehen und Lesen in Tidings anpassen</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Show Tidings&apos; version</source>
        <translation>Die Version von Tidings anzeigen</translation>
    </message>
    <message>
        <source>Show the version of Qt</source>
        <translation>Die Version von Qt anzeigen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Vo&amp;rheriger Bereich</translation>
    </message>
    <message>
        <source>Sources, the article list and the article side by side</source>
        <translation>Quellen, Artikelliste und Artikel nebeneinander</translation>
    </message>
    <message>
        <source>The articles as a grid of cards; Enter opens one</source>
        <translation>Die Artikel als Raster aus Karten; die Eingabetaste öffnet einen</translation>
    </message>
    <message>
        <source>The article list above the article</source>
        <translation>Die Artikelliste über dem Artikel</translation>
    </message>
    <message>
        <source>Only the article; Esc or F11 returns</source>
        <translation>Nur der Artikel; Esc oder F11 kehrt zurück</translation>
    </message>
    <message>
        <source>Show the sources and the articles again</source>
        <translation>Quellen und Artikel wieder anzeigen</translation>
    </message>
    <message>
        <source>&amp;Three Panes</source>
        <translation>&amp;Drei Bereiche</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>&amp;Breit</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>F&amp;okusmodus</translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation>Fokusmodus verlassen</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Verschlagworten…</translation>
    </message>
    <message>
        <source>&amp;Mute Words…</source>
        <translation>Wörter a&amp;usblenden…</translation>
    </message>
</context>
<context>
    <name>Ui::MainStatusBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>Aktualisiere %1 von %2</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2: %3</source>
        <translation>Aktualisiere %1 von %2: %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refresh progress, results and errors</source>
        <translation>Fortschritt, Ergebnisse und Fehler der Aktualisierung</translation>
    </message>
    <message>
        <source>Undoes the last change</source>
        <translation>Macht die letzte Änderung rückgängig</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>Über Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A news reader for people who read many sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;Ein Nachrichtenleser für alle, die viele Quellen lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to “%1”?</source>
        <translation>„%1“ abonnieren?</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n source(s) from “%1”?</source>
        <translation>
            <numerusform>%n Quelle aus „%1“ importieren?</numerusform>
            <numerusform>%n Quellen aus „%1“ importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) as read.</source>
        <translation>
            <numerusform>%n Artikel als gelesen markiert.</numerusform>
            <numerusform>%n Artikel als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>Hier ist nichts ungelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); %1 source(s) failed</source>
        <translation>
            <numerusform>%n neuer Artikel; fehlgeschlagene Quellen: %1</numerusform>
            <numerusform>%n neue Artikel; fehlgeschlagene Quellen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>The articles of the chosen source or view</source>
        <translation>Die Artikel der gewählten Quelle oder Ansicht</translation>
    </message>
    <message>
        <source>The article being read, with related articles; F6 and Shift+F6 leave it</source>
        <translation>Der gerade gelesene Artikel mit ähnlichen Artikeln; F6 und Umschalt+F6 verlassen ihn</translation>
    </message>
    <message>
        <source>The Refresh Stopped</source>
        <translation>Die Aktualisierung wurde angehalten</translation>
    </message>
    <message>
        <source>Your Library Is Damaged</source>
        <translation>Ihre Bibliothek ist beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index: %Ln article(s) to go</source>
        <translation>
            <numerusform>Der Suchindex wird aktualisiert: noch %Ln Artikel</numerusform>
            <numerusform>Der Suchindex wird aktualisiert: noch %Ln Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MuteDialog</name>
    <message>
        <source>Mute Words</source>
        <translation>Wörter ausblenden</translation>
    </message>
    <message>
        <source>Articles with this word or phrase in their title or text are hidden until the end of the day you choose.</source>
        <translation>Artikel mit diesem Wort oder dieser Wortgruppe im Titel oder Text werden bis zum Ende des gewählten Tages ausgeblendet.</translation>
    </message>
    <message>
        <source>A word from the title, or your own</source>
        <translation>Ein Wort aus dem Titel oder ein eigenes</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>&amp;Wort:</translation>
    </message>
    <message>
        <source>Hide &amp;until the end of:</source>
        <translation>Ausblenden &amp;bis zum Ende von:</translation>
    </message>
</context>
<context>
    <name>Ui::NetworkSettingsPage</name>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>Manueller HTTP-Proxy</translation>
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
        <translation>Ein Download, der so lange nichts empfängt, wird abgebrochen.</translation>
    </message>
    <message>
        <source>Sent to every site as the name of the program. Leave empty for Tidings&apos; own.</source>
        <translation>Wird jeder Website als Name des Programms gesendet. Leer lassen, um den von Tidings zu verwenden.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Give up a silent download after</source>
        <translation>Stockenden Download abbrechen nach</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>Ui::OpenRequest</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a feed or a subscription list.</source>
        <translation>„%1“ ist zu groß für einen Feed oder eine Abonnementliste.</translation>
    </message>
    <message>
        <source>“%1” is neither a feed nor an OPML subscription list.</source>
        <translation>„%1“ ist weder ein Feed noch eine OPML-Abonnementliste.</translation>
    </message>
</context>
<context>
    <name>Ui::ReadingSettingsPage</name>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Load images from the web in articles</source>
        <translation>Bilder in Artikeln aus dem Web laden</translation>
    </message>
    <message>
        <source>Images are fetched without cookies or referrer; turned off, a site cannot tell when an article is read.</source>
        <translation>Bilder werden ohne Cookies und Referrer abgerufen; ist dies ausgeschaltet, kann eine Website nicht erkennen, wann ein Artikel gelesen wird.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Schriftgröße der Artikel</translation>
    </message>
    <message>
        <source>Show the same story from several sources as one row</source>
        <translation>Dieselbe Meldung aus mehreren Quellen als eine Zeile anzeigen</translation>
    </message>
    <message>
        <source>Reading one source&apos;s article marks the other sources&apos; read</source>
        <translation>Das Lesen des Artikels einer Quelle markiert die der anderen Quellen als gelesen</translation>
    </message>
</context>
<context>
    <name>Ui::RuleApplyController</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Applying the rule to your articles…</source>
        <translation>Die Regel wird auf Ihre Artikel angewendet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Ui::RuleEditDialog</name>
    <message>
        <source>Edit Rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>e.g. Football results</source>
        <translation>z. B. Fußballergebnisse</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Any of these conditions holds</source>
        <translation>Eine dieser Bedingungen trifft zu</translation>
    </message>
    <message>
        <source>All of these conditions hold</source>
        <translation>Alle diese Bedingungen treffen zu</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Hide (only the Hidden view shows it)</source>
        <translation>&amp;Ausblenden (nur die Ansicht „Ausgeblendet“ zeigt sie)</translation>
    </message>
    <message>
        <source>Notify &amp;me</source>
        <translation>&amp;Benachrichtigen</translation>
    </message>
    <message>
        <source>Add the ta&amp;g</source>
        <translation>&amp;Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>High&amp;light in the list</source>
        <translation>In der Liste her&amp;vorheben</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Count the articles of your library this rule would match</source>
        <translation>Die Artikel Ihrer Bibliothek zählen, die diese Regel treffen würde</translation>
    </message>
    <message>
        <source>Articles the rule would match</source>
        <translation>Artikel, die die Regel treffen würde</translation>
    </message>
    <message>
        <source>Looking at %1 of %2 articles…</source>
        <translation>%1 von %2 Artikeln werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Would match %n article(s)</source>
        <translation>
            <numerusform>Würde %n Artikel treffen</numerusform>
            <numerusform>Würde %n Artikel treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Part of the article</source>
        <translation>Teil des Artikels</translation>
    </message>
    <message>
        <source>How it matches</source>
        <translation>Wie verglichen wird</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>Gesuchter Text</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Hervorhebungsfarbe</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Give a condition a text to look for.</source>
        <translation>Geben Sie einer Bedingung einen Text, nach dem gesucht wird.</translation>
    </message>
    <message>
        <source>Choose what the rule does.</source>
        <translation>Wählen Sie, was die Regel tut.</translation>
    </message>
</context>
<context>
    <name>Ui::RulesController</name>
    <message>
        <source>Tag Article</source>
        <translation>Artikel verschlagworten</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>Mute Words</source>
        <translation>Wörter ausblenden</translation>
    </message>
</context>
<context>
    <name>Ui::RulesSettingsPage</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rules act on new articles as they arrive. A rule you save also runs once on the articles you already have.</source>
        <translation>Regeln wirken auf neue Artikel, sobald sie eintreffen. Eine Regel, die Sie speichern, wird außerdem einmal auf die bereits vorhandenen Artikel angewendet.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Mute words</source>
        <translation>Ausgeblendete Wörter</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>A word or phrase to hide</source>
        <translation>Ein Wort oder eine Wortgruppe zum Ausblenden</translation>
    </message>
    <message>
        <source>Word to mute</source>
        <translation>Auszublendendes Wort</translation>
    </message>
    <message>
        <source>Hide until</source>
        <translation>Ausblenden bis</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>until the end of</source>
        <translation>bis zum Ende von</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Remove the rule “%1”? What it already did to articles stays.</source>
        <translation>Die Regel „%1“ entfernen? Was sie bereits an Artikeln geändert hat, bleibt bestehen.</translation>
    </message>
</context>
<context>
    <name>Ui::SavedSearchController</name>
    <message>
        <source>Save This Search</source>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Die Suche kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation>Die gespeicherte Suche kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Open in Browser (article list)</source>
        <translation>Im Browser öffnen (Artikelliste)</translation>
    </message>
</context>
<context>
    <name>Ui::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Load the full article from the website</source>
        <translation>Den vollständigen Artikel von der Website laden</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Feed address:</source>
        <translation>&amp;Feed-Adresse:</translation>
    </message>
    <message>
        <source>Only for feeds that ask for one</source>
        <translation>Nur für Feeds, die einen verlangen</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the library or the settings file.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Bibliothek oder der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>&amp;Paused: not refreshed until resumed</source>
        <translation>&amp;Pausiert: wird bis zum Fortsetzen nicht aktualisiert</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be saved. It is not written anywhere else; clear it to save the other changes.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann das Passwort nicht gespeichert werden. Es wird auch nirgendwo anders abgelegt; leeren Sie das Feld, um die übrigen Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>Ui::SourcePane</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its sources move up a level.</source>
        <translation>Den Ordner „%1“ löschen? Seine Quellen rücken eine Ebene nach oben.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are removed, except the bookmarked ones.</source>
        <translation>„%1“ abbestellen? Seine Artikel werden entfernt, außer denen mit Lesezeichen.</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Entfernen nicht möglich</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Mark All as &amp;Read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Open Website</source>
        <translation>&amp;Website öffnen</translation>
    </message>
    <message>
        <source>&amp;Notify About New Articles</source>
        <translation>Über neue Artikel &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>Abbe&amp;stellen…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>Ordner &amp;löschen…</translation>
    </message>
    <message>
        <source>Views, folders and sources, each with its number of unread articles; the menu key opens a source&apos;s commands</source>
        <translation>Ansichten, Ordner und Quellen, jeweils mit der Zahl ungelesener Artikel; die Menütaste öffnet die Befehle einer Quelle</translation>
    </message>
    <message>
        <source>New Ru&amp;le for This Source…</source>
        <translation>Neue Re&amp;gel für diese Quelle…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>Gespeicherte Suche &amp;löschen</translation>
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
        <translation>Ordner und Quellen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Subscribe to a feed</source>
        <translation>Einen Feed abonnieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected source (Enter)</source>
        <translation>Die ausgewählte Quelle bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected source, or delete the selected folder (Delete)</source>
        <translation>Die ausgewählte Quelle abbestellen oder den ausgewählten Ordner löschen (Entf)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>Make a folder inside the selected one, or at the top</source>
        <translation>Einen Ordner im ausgewählten Ordner anlegen oder auf oberster Ebene</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of a subscription list</source>
        <translation>Die Feeds einer Abonnementliste abonnieren</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>OPML e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save your subscriptions as a subscription list</source>
        <translation>Ihre Abonnements als Abonnementliste speichern</translation>
    </message>
    <message>
        <source>Select a source to see its details.</source>
        <translation>Wählen Sie eine Quelle, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>Feed:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Last fetched:</source>
        <translation>Zuletzt abgerufen:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation>Aktualisierung:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Pausiert:</translation>
    </message>
    <message>
        <source>Full article:</source>
        <translation>Vollständiger Artikel:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Changes on this page are made at once; Cancel does not undo them.</source>
        <translation>Änderungen auf dieser Seite werden sofort wirksam; „Abbrechen“ macht sie nicht rückgängig.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>As set under General</source>
        <translation>Wie unter „Allgemein“ eingestellt</translation>
    </message>
    <message>
        <source>Yes: not refreshed until resumed</source>
        <translation>Ja: wird bis zum Fortsetzen nicht aktualisiert</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Loaded from the website</source>
        <translation>Wird von der Website geladen</translation>
    </message>
    <message>
        <source>As the feed gives it</source>
        <translation>Wie vom Feed geliefert</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>Cannot subscribe</source>
        <translation>Abonnieren nicht möglich</translation>
    </message>
    <message>
        <source>You are already subscribed to this feed.</source>
        <translation>Sie haben diesen Feed bereits abonniert.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 ist keine Abonnementliste: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>%n Quelle importiert.</numerusform>
            <numerusform>%n Quellen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed or listed twice.</source>
        <translation>
            <numerusform>%n bereits abonniert oder doppelt aufgeführt.</numerusform>
            <numerusform>%n bereits abonniert oder doppelt aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n konnte nicht importiert werden.</numerusform>
            <numerusform>%n konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exportieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML-Dateien (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Tidings-Abonnements</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Subscriptions exported to %1.</source>
        <translation>Abonnements nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>Lesezeichen exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation>Webseite (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) exported to %1.</source>
        <translation>
            <numerusform>%n Lesezeichen nach %1 exportiert.</numerusform>
            <numerusform>%n Lesezeichen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be synced</source>
        <translation>
            <numerusform>%n Änderung wartet auf die Synchronisierung</numerusform>
            <numerusform>%n Änderungen warten auf die Synchronisierung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting — %1</source>
        <translation>
            <numerusform>%n Änderung wartet — %1</numerusform>
            <numerusform>%n Änderungen warten — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be synced: %2</source>
        <translation>„%1“ konnte nicht synchronisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <source>Show Tidings</source>
        <translation>Tidings anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread</source>
        <translation>
            <numerusform>Tidings: %n ungelesen</numerusform>
            <numerusform>Tidings: %n ungelesen</numerusform>
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
            <numerusform>und %n weitere Quelle</numerusform>
            <numerusform>und %n weitere Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) matched your rules</source>
        <translation>
            <numerusform>%n neuer Artikel hat Ihre Regeln erfüllt</numerusform>
            <numerusform>%n neue Artikel haben Ihre Regeln erfüllt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::WebArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Leseansicht</translation>
    </message>
    <message>
        <source>Tab goes from link to link; F6 and Shift+F6 leave the page</source>
        <translation>Die Tabulatortaste springt von Link zu Link; F6 und Umschalt+F6 verlassen die Seite</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>tidings: cannot open the window: %1</source>
        <translation>tidings: Das Fenster lässt sich nicht öffnen: %1</translation>
    </message>
</context>
</TS>
