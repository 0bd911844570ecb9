<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Ai::BuiltinProvider</name>
    <message>
        <source>The built-in summarizer cannot translate. Choose a language model server in the AI settings to translate articles.</source>
        <translation>L’outil de résumé intégré ne sait pas traduire. Choisissez un serveur de modèle de langage dans les paramètres de l’IA pour traduire les articles.</translation>
    </message>
    <message>
        <source>The article has no text to summarize.</source>
        <translation>L’article n’a aucun texte à résumer.</translation>
    </message>
    <message>
        <source>The article is too short to summarize.</source>
        <translation>L’article est trop court pour être résumé.</translation>
    </message>
    <message>
        <source>Built-in summarizer (on this computer)</source>
        <translation>Outil de résumé intégré (sur cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiErrors</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (Le serveur a indiqué&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The server at %1 sends requests to another address (HTTP %2). Enter that address in the AI settings: %3</source>
        <translation>Le serveur à l’adresse %1 redirige les requêtes vers une autre adresse (HTTP %2). Saisissez cette adresse dans les paramètres de l’IA&#xa0;: %3</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key in the AI settings.</source>
        <translation>Le serveur a refusé la clé d’API. Vérifiez la clé dans les paramètres de l’IA.</translation>
    </message>
    <message>
        <source>The server at %1 does not know the model “%2”, or the address is not an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>Le serveur à l’adresse %1 ne connaît pas le modèle «&#xa0;%2&#xa0;», ou l’adresse n’est pas celle d’une API compatible OpenAI (elle se termine généralement par /v1).</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur limite les requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur limite les requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is limiting requests, or the account&apos;s quota is used up. Try again later.</source>
        <translation>Le serveur limite les requêtes, ou le quota du compte est épuisé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server could not handle the request (HTTP %1). The article may be too long for the model; lower the text budget in the AI settings.</source>
        <translation>Le serveur n’a pas pu traiter la requête (HTTP %1). L’article est peut-être trop long pour le modèle&#xa0;; réduisez la limite de texte dans les paramètres de l’IA.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>Le serveur à l’adresse %1 rencontre un problème (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check that the server is running and the address and port are right.</source>
        <translation>Rien ne répond à l’adresse %1 (connexion refusée). Vérifiez que le serveur est en marche et que l’adresse et le port sont corrects.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>Le serveur à l’adresse %1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Le délai de connexion à %1 a expiré.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Le réseau n’est pas disponible.</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>Le serveur proxy n’a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address %1 is not an http or https address.</source>
        <translation>L’adresse %1 n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Talking to the server at %1 failed: %2</source>
        <translation>La communication avec le serveur à l’adresse %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent nothing for %n second(s) and was given up on. A large model may need a longer timeout in the AI settings.</source>
        <translation>
            <numerusform>Le serveur n’a rien envoyé pendant %n seconde&#xa0;; la requête a été abandonnée. Un gros modèle peut nécessiter un délai plus long dans les paramètres de l’IA.</numerusform>
            <numerusform>Le serveur n’a rien envoyé pendant %n secondes&#xa0;; la requête a été abandonnée. Un gros modèle peut nécessiter un délai plus long dans les paramètres de l’IA.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not the JSON or event stream an OpenAI-compatible server sends.</source>
        <translation>La réponse du serveur est illisible&#xa0;: ce n’est ni du JSON ni le flux d’événements qu’envoie un serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>Le modèle a renvoyé une réponse vide.</translation>
    </message>
    <message>
        <source>The model declined to answer (its content filter stopped it).</source>
        <translation>Le modèle a refusé de répondre (son filtre de contenu l’en a empêché).</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 Il a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Le serveur a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is far longer than any summary; it was stopped.</source>
        <translation>La réponse du serveur est bien plus longue qu’un résumé&#xa0;; elle a été interrompue.</translation>
    </message>
    <message>
        <source>No server address or model is set. Enter them in the AI settings.</source>
        <translation>Aucune adresse de serveur ni aucun modèle n’est défini. Saisissez-les dans les paramètres de l’IA.</translation>
    </message>
    <message>
        <source>The article has no text to send.</source>
        <translation>L’article n’a aucun texte à envoyer.</translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiProvider</name>
    <message>
        <source>Language model server</source>
        <translation>Serveur de modèle de langage</translation>
    </message>
    <message>
        <source>Language model server at %1</source>
        <translation>Serveur de modèle de langage sur %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s); choose one.</source>
        <translation>
            <numerusform>Connecté à %1, qui propose %n modèle&#xa0;; choisissez-le.</numerusform>
            <numerusform>Connecté à %1, qui propose %n modèles&#xa0;; choisissez-en un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s), “%2” among them.</source>
        <translation>
            <numerusform>Connecté à %1, qui propose %n modèle&#xa0;: «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Connecté à %1, qui propose %n modèles, dont «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1, but it does not offer the model “%2” (it offers %n model(s)).</source>
        <translation>
            <numerusform>Connecté à %1, mais le modèle «&#xa0;%2&#xa0;» n’y est pas proposé (%n modèle disponible).</numerusform>
            <numerusform>Connecté à %1, mais le modèle «&#xa0;%2&#xa0;» n’y est pas proposé (%n modèles disponibles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ai::Reply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Ai::ResultCache</name>
    <message>
        <source>The saved AI answers could not be read or written: %1</source>
        <translation>Les réponses d’IA enregistrées n’ont pas pu être lues ou écrites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AccountCommand</name>
    <message>
        <source>The user name on the server.</source>
        <translation>Le nom d’utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>A name for the account (default: the host).</source>
        <translation>Un nom pour le compte (par défaut&#xa0;: le nom d’hôte).</translation>
    </message>
    <message>
        <source>tidings account: say add or remove</source>
        <translation>tidings account&#xa0;: indiquez add ou remove</translation>
    </message>
    <message>
        <source>tidings account add: give the password on standard input, e.g. `secret-tool lookup ... | tidings account add ...`, or in %1</source>
        <translation>tidings account add&#xa0;: indiquez le mot de passe sur l’entrée standard, par exemple `secret-tool lookup ... | tidings account add ...`, ou dans %1</translation>
    </message>
    <message>
        <source>the password could not be stored in the keyring: %1</source>
        <translation>le mot de passe n’a pas pu être enregistré dans le trousseau de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added account %1; `tidings sync --account %1` fetches it.</source>
        <translation>Compte %1 ajouté&#xa0;; `tidings sync --account %1` le récupère.</translation>
    </message>
    <message>
        <source>tidings account remove: give one account id</source>
        <translation>tidings account remove&#xa0;: indiquez un identifiant de compte</translation>
    </message>
    <message>
        <source>Add a sync account (add TYPE URL --user NAME) or remove one (remove ID)</source>
        <translation>Ajouter un compte de synchronisation (add TYPE URL --user NOM) ou en supprimer un (remove ID)</translation>
    </message>
    <message>
        <source>add TYPE URL: a new account; TYPE is ttrss (Tiny Tiny RSS), greader (any Google Reader API server), freshrss, miniflux, or a hosted service whose URL may be left out: inoreader, theoldreader, bazqux. The password is read from standard input, or taken from TIDINGS_ACCOUNT_PASSWORD. remove ID: an account and its sources; its bookmarked articles stay.</source>
        <translation>add TYPE URL&#xa0;: un nouveau compte&#xa0;; TYPE vaut ttrss (Tiny Tiny RSS), greader (tout serveur à l’API Google Reader), freshrss, miniflux, ou un service hébergé dont l’URL peut être omise&#xa0;: inoreader, theoldreader, bazqux. Le mot de passe est lu sur l’entrée standard, ou pris dans TIDINGS_ACCOUNT_PASSWORD. remove ID&#xa0;: un compte et ses sources&#xa0;; ses articles dans les signets sont conservés.</translation>
    </message>
    <message>
        <source>tidings account add: give the server type (%1), the server&apos;s address and --user NAME</source>
        <translation>tidings account add&#xa0;: indiquez le type de serveur (%1), l’adresse du serveur et --user NOM</translation>
    </message>
</context>
<context>
    <name>Cli::AccountsCommand</name>
    <message>
        <source>List the accounts with their last sync and the changes waiting to be sent</source>
        <translation>Lister les comptes avec leur dernière synchronisation et les modifications en attente d’envoi</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>dernière erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli::AddCommand</name>
    <message>
        <source>Subscribe to a feed, or to the feed of a website</source>
        <translation>S’abonner à un flux ou au flux d’un site web</translation>
    </message>
    <message>
        <source>A feed or website address, a feed: link or a local file.</source>
        <translation>Une adresse de flux ou de site web, un lien feed: ou un fichier local.</translation>
    </message>
    <message>
        <source>Put the source in folder NAME (made if missing).</source>
        <translation>Placer la source dans le dossier NAME (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>tidings add: give one address</source>
        <translation>tidings add&#xa0;: indiquez une adresse</translation>
    </message>
    <message>
        <source>tidings: %1 offers %2 feeds; add one of them by its address:</source>
        <translation>tidings&#xa0;: %1 propose %2 flux&#xa0;; ajoutez-en un par son adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Already subscribed to %1 (source %2)</source>
        <translation>Déjà abonné à %1 (source %2)</translation>
    </message>
    <message>
        <source>Added %1 (source %2)</source>
        <translation>%1 ajouté (source %2)</translation>
    </message>
    <message>
        <source>the first fetch failed: %1</source>
        <translation>le premier téléchargement a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (source %2) with %n article(s)</source>
        <translation>
            <numerusform>%1 ajouté (source %2) avec %n article</numerusform>
            <numerusform>%1 ajouté (source %2) avec %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::ArticleStateCommand</name>
    <message>
        <source>Mark an article as read (or unread)</source>
        <translation>Marquer un article comme lu (ou non lu)</translation>
    </message>
    <message>
        <source>Bookmark an article (or remove the bookmark)</source>
        <translation>Ajouter un article aux signets (ou retirer le signet)</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>L’identifiant de l’article, tel que l’affiche `tidings articles`.</translation>
    </message>
    <message>
        <source>Mark it as unread instead.</source>
        <translation>Le marquer plutôt comme non lu.</translation>
    </message>
    <message>
        <source>Remove the bookmark instead.</source>
        <translation>Retirer plutôt le signet.</translation>
    </message>
    <message>
        <source>tidings %1: give one article id</source>
        <translation>tidings %1&#xa0;: indiquez un identifiant d’article</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>l’article %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>Cli::ArticlesCommand</name>
    <message>
        <source>Search articles by title, author and text</source>
        <translation>Rechercher des articles par titre, auteur et texte</translation>
    </message>
    <message>
        <source>List articles, newest first</source>
        <translation>Lister les articles, les plus récents d’abord</translation>
    </message>
    <message>
        <source>Only articles of source ID.</source>
        <translation>Uniquement les articles de la source ID.</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>Uniquement les articles non lus.</translation>
    </message>
    <message>
        <source>Only bookmarked articles.</source>
        <translation>Uniquement les articles dans les signets.</translation>
    </message>
    <message>
        <source>At most N articles (default 50; 0: all).</source>
        <translation>Au plus N articles (50 par défaut&#xa0;; 0&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>tidings search: give the words to search for</source>
        <translation>tidings search&#xa0;: indiquez les mots à rechercher</translation>
    </message>
    <message>
        <source>tidings %1: --source takes a source id</source>
        <translation>tidings %1&#xa0;: --source attend un identifiant de source</translation>
    </message>
    <message>
        <source>tidings %1: --limit takes a number</source>
        <translation>tidings %1&#xa0;: --limit attend un nombre</translation>
    </message>
    <message>
        <source>Words (prefix matched), &quot;exact phrases&quot;, -excluded, and operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE</source>
        <translation>Mots (correspondance par préfixe), &quot;expressions exactes&quot;, -exclus, et opérateurs&#xa0;: title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE</translation>
    </message>
    <message>
        <source>Only articles matching QUERY: words, &quot;phrases&quot;, -excluded, and operators (title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE).</source>
        <translation>Uniquement les articles correspondant à REQUÊTE&#xa0;: mots, &quot;expressions&quot;, -exclus, et opérateurs (title:, author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE).</translation>
    </message>
    <message>
        <source>tidings %1: %2</source>
        <translation>tidings %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli::BackupCommand</name>
    <message>
        <source>Back up the library (the newest three backups are kept)</source>
        <translation>Sauvegarder la bibliothèque (les trois sauvegardes les plus récentes sont conservées)</translation>
    </message>
    <message>
        <source>Backed up the library to %1.</source>
        <translation>Bibliothèque sauvegardée dans %1.</translation>
    </message>
</context>
<context>
    <name>Cli::BriefingCommand</name>
    <message>
        <source>Show today&apos;s news as stories, each with a short summary</source>
        <translation>Afficher l’actualité du jour sous forme de sujets, chacun avec un court résumé</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; stories (default 10).</source>
        <translation>Afficher au plus &lt;n&gt; sujets (10 par défaut).</translation>
    </message>
    <message>
        <source>briefing takes no arguments</source>
        <translation>briefing n’accepte aucun argument</translation>
    </message>
    <message>
        <source>--max needs a number between 1 and 1000</source>
        <translation>--max attend un nombre entre 1 et 1000</translation>
    </message>
    <message>
        <source>No articles today.</source>
        <translation>Aucun article aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from %1, latest at %2</source>
        <translation>
            <numerusform>%n article de %1, publié à %2</numerusform>
            <numerusform>%n articles de %1, le plus récent à %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::CheckCommand</name>
    <message>
        <source>Check the library for damage (exit 1 when damaged)</source>
        <translation>Vérifier si la bibliothèque est endommagée (code de sortie 1 si c’est le cas)</translation>
    </message>
    <message>
        <source>Repair a damaged library: keep a copy of it and recover what can be read.</source>
        <translation>Réparer une bibliothèque endommagée&#xa0;: en garder une copie et récupérer ce qui peut être lu.</translation>
    </message>
    <message>
        <source>There is no library at %1 yet.</source>
        <translation>Il n’y a pas encore de bibliothèque dans %1.</translation>
    </message>
    <message>
        <source>The library %1 is intact.</source>
        <translation>La bibliothèque %1 est intacte.</translation>
    </message>
    <message>
        <source>The library %1 is damaged:</source>
        <translation>La bibliothèque %1 est endommagée&#xa0;:</translation>
    </message>
    <message>
        <source>tidings: run `tidings check --repair` to keep a copy of the damaged file and recover what can be read.</source>
        <translation>tidings&#xa0;: exécutez `tidings check --repair` pour garder une copie du fichier endommagé et récupérer ce qui peut être lu.</translation>
    </message>
    <message>
        <source>The search index %1 was damaged; it is rebuilt the next time the library is opened.</source>
        <translation>L’index de recherche %1 était endommagé&#xa0;; il sera reconstruit à la prochaine ouverture de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Cli::Context</name>
    <message>
        <source>The search index could not be updated; it is tried again next time.</source>
        <translation>L’index de recherche n’a pas pu être mis à jour&#xa0;; une nouvelle tentative aura lieu la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index (%Ln changes)…</source>
        <translation>
            <numerusform>Mise à jour de l’index de recherche (%Ln modification)…</numerusform>
            <numerusform>Mise à jour de l’index de recherche (%Ln modifications)…</numerusform>
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
Options globales (avant ou après la commande)&#xa0;:
  --profile DIR  Conserver toutes les données dans DIR au lieu du dossier de données par défaut
                 (la variable d’environnement TIDINGS_PROFILE fait de même)
  --verbose      Afficher les messages de débogage des catégories de journal tidings.*
  -h, --help     Afficher cette aide&#xa0;; « tidings COMMAND --help » affiche les options d’une commande
  --version      Afficher la version
</translation>
    </message>
    <message>
        <source>tidings: unknown command &apos;%1&apos;</source>
        <translation>tidings&#xa0;: commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez « %1 --help ».</translation>
    </message>
    <message>
        <source>Usage: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
       tidings [--profile DIR] [FILE | URL]...

Tidings is a news reader. Without a command it opens its window. Given
feed files or links, it offers to subscribe to them; given OPML files, to
import them.

Commands:
</source>
        <translation>Utilisation&#xa0;: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]
              tidings [--profile DIR] [FILE | URL]...

Tidings est un lecteur d’actualités. Sans commande, il ouvre sa fenêtre. Avec
des fichiers ou des liens de flux, il propose de s’y abonner&#xa0;; avec des
fichiers OPML, il propose de les importer.

Commandes&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>Cli::ExportBookmarksCommand</name>
    <message>
        <source>Write the bookmarked articles as a web page or JSON</source>
        <translation>Écrire les articles en signet sous forme de page web ou de JSON</translation>
    </message>
    <message>
        <source>html: a web page of links (the default); json: an array of objects with title, link, source and date.</source>
        <translation>html&#xa0;: une page web de liens (par défaut)&#xa0;; json&#xa0;: un tableau d’objets avec titre, lien, source et date.</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Où écrire (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: give at most one file</source>
        <translation>tidings export-bookmarks&#xa0;: indiquez au plus un fichier</translation>
    </message>
    <message>
        <source>tidings export-bookmarks: --format is html or json</source>
        <translation>tidings export-bookmarks&#xa0;: --format vaut html ou json</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ExportOpmlCommand</name>
    <message>
        <source>Write the subscriptions as an OPML file</source>
        <translation>Écrire les abonnements dans un fichier OPML</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Où écrire (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>tidings export-opml: give at most one file</source>
        <translation>tidings export-opml&#xa0;: indiquez au plus un fichier</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Abonnements Tidings</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ExtractCommand</name>
    <message>
        <source>Print the article text of a web page (a file or an http(s) URL)</source>
        <translation>Afficher le texte de l’article d’une page web (un fichier ou une URL http(s))</translation>
    </message>
    <message>
        <source>Print the sanitized HTML instead of text.</source>
        <translation>Afficher le HTML nettoyé au lieu du texte.</translation>
    </message>
    <message>
        <source>The web page: a file, or an http(s) URL.</source>
        <translation>La page web&#xa0;: un fichier ou une URL http(s).</translation>
    </message>
    <message>
        <source>extract needs exactly one FILE or URL</source>
        <translation>extract attend exactement un FILE ou une URL</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 dépasse %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli::ImportOpmlCommand</name>
    <message>
        <source>Subscribe to the feeds of an OPML file, keeping its folders</source>
        <translation>S’abonner aux flux d’un fichier OPML en conservant ses dossiers</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>Le fichier OPML.</translation>
    </message>
    <message>
        <source>tidings import-opml: give one file</source>
        <translation>tidings import-opml&#xa0;: indiquez un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable OPML file: %2</source>
        <translation>%1 n’est pas un fichier OPML utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 skipped (already subscribed or listed twice), %4 failed</source>
        <translation>%1 importé&#xa0;: %2 ajoutés, %3 ignorés (déjà abonnés ou listés deux fois), %4 en échec</translation>
    </message>
</context>
<context>
    <name>Cli::InfoCommand</name>
    <message>
        <source>Show the version, the profile folder and the library</source>
        <translation>Afficher la version, le dossier du profil et la bibliothèque</translation>
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
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>--profile needs a folder, as in --profile DIR</source>
        <translation>--profile attend un dossier, comme dans --profile DIR</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor a feed link</source>
        <translation>« %1 » n’est ni un fichier ni un lien de flux</translation>
    </message>
</context>
<context>
    <name>Cli::MuteCommand</name>
    <message>
        <source>Hide articles with a word until a date; list or remove mute words</source>
        <translation>Masquer les articles contenant un mot jusqu’à une date&#xa0;; lister ou retirer les mots masqués</translation>
    </message>
    <message>
        <source>The word or phrase; articles with it in the title or text are hidden.</source>
        <translation>Le mot ou l’expression&#xa0;; les articles qui le contiennent dans leur titre ou leur texte sont masqués.</translation>
    </message>
    <message>
        <source>When the mute ends: a date (YYYY-MM-DD, to the end of that day), a date and time, or a number of days or hours (7d, 12h).</source>
        <translation>Fin du masquage&#xa0;: une date (AAAA-MM-JJ, jusqu’à la fin de ce jour), une date et une heure, ou un nombre de jours ou d’heures (7d, 12h).</translation>
    </message>
    <message>
        <source>List the mute words, expired ones too.</source>
        <translation>Lister les mots masqués, y compris ceux qui ont expiré.</translation>
    </message>
    <message>
        <source>Remove a mute word.</source>
        <translation>Retirer un mot masqué.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>Avec --list&#xa0;: afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>tidings mute: give one word (quote a phrase)</source>
        <translation>tidings mute&#xa0;: indiquez un seul mot (mettez une expression entre guillemets)</translation>
    </message>
    <message>
        <source>tidings mute: --until needs a date in the future, such as 2026-12-31 or 7d</source>
        <translation>tidings mute&#xa0;: --until demande une date future, comme 2026-12-31 ou 7d</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>a expiré le %1</translation>
    </message>
    <message>
        <source>mute %1: &quot;%2&quot; until %3</source>
        <translation>masquage %1&#xa0;: &quot;%2&quot; jusqu’au %3</translation>
    </message>
</context>
<context>
    <name>Cli::ParseCommand</name>
    <message>
        <source>Parse a feed file (or - for standard input) and print it as JSON</source>
        <translation>Analyser un fichier de flux (ou - pour l’entrée standard) et l’afficher en JSON</translation>
    </message>
    <message>
        <source>Resolve relative links against &lt;url&gt; (the feed&apos;s address).</source>
        <translation>Résoudre les liens relatifs par rapport à &lt;url&gt; (l’adresse du flux).</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the document came with (for its charset).</source>
        <translation>Le Content-Type HTTP reçu avec le document (pour son jeu de caractères).</translation>
    </message>
    <message>
        <source>Refuse documents larger than &lt;mib&gt; MiB (default 32).</source>
        <translation>Refuser les documents de plus de &lt;mib&gt; Mio (32 par défaut).</translation>
    </message>
    <message>
        <source>The feed document, or - for standard input.</source>
        <translation>Le document du flux, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>parse needs exactly one FILE (or -)</source>
        <translation>parse attend exactement un FILE (ou -)</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL</source>
        <translation>--base-url attend une URL absolue</translation>
    </message>
    <message>
        <source>--max-size needs a number of MiB between 0 and 4096</source>
        <translation>--max-size attend un nombre de Mio entre 0 et 4096</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
</context>
<context>
    <name>Cli::RefreshCommand</name>
    <message>
        <source>Fetch new articles from every source, or from the given ones</source>
        <translation>Récupérer les nouveaux articles de toutes les sources, ou de celles indiquées</translation>
    </message>
    <message>
        <source>Refresh only source ID (repeatable).</source>
        <translation>Actualiser uniquement la source ID (répétable).</translation>
    </message>
    <message>
        <source>Download at most N feeds at once (default 12).</source>
        <translation>Télécharger au plus N flux à la fois (12 par défaut).</translation>
    </message>
    <message>
        <source>tidings refresh: &apos;%1&apos; is not a source id</source>
        <translation>tidings refresh&#xa0;: « %1 » n’est pas un identifiant de source</translation>
    </message>
    <message>
        <source>tidings refresh: --jobs takes a number from 1 to 64</source>
        <translation>tidings refresh&#xa0;: --jobs attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no source with that id</source>
        <translation>aucune source avec cet identifiant</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n source(s): %1 ok (%2 not modified), %3 failed; %4 new and %5 updated articles</source>
        <translation>
            <numerusform>%n source actualisée&#xa0;: %1 réussies (%2 inchangées), %3 en échec&#xa0;; %4 articles nouveaux et %5 mis à jour</numerusform>
            <numerusform>%n sources actualisées&#xa0;: %1 réussies (%2 inchangées), %3 en échec&#xa0;; %4 articles nouveaux et %5 mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old article(s) that the retention settings no longer keep</source>
        <translation>
            <numerusform>%n ancien article supprimé, car les paramètres de conservation ne le gardent plus</numerusform>
            <numerusform>%n anciens articles supprimés, car les paramètres de conservation ne les gardent plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RelatedCommand</name>
    <message>
        <source>List the articles most related to an article</source>
        <translation>Lister les articles les plus proches d’un article</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>L’identifiant de l’article, tel que l’affiche `tidings articles`.</translation>
    </message>
    <message>
        <source>At most N articles (default %1).</source>
        <translation>Au plus N articles (%1 par défaut).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>tidings related: give one article id</source>
        <translation>tidings related&#xa0;: indiquez un identifiant d’article</translation>
    </message>
    <message>
        <source>tidings related: --limit takes a number above 0</source>
        <translation>tidings related&#xa0;: --limit attend un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>l’article %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>Cli::RestoreCommand</name>
    <message>
        <source>List the backups, or restore the library from one</source>
        <translation>Lister les sauvegardes, ou restaurer la bibliothèque à partir de l’une d’elles</translation>
    </message>
    <message>
        <source>A backup&apos;s name as listed, or the path of a backup file; without it, the backups are listed.</source>
        <translation>Le nom d’une sauvegarde tel qu’il est listé, ou le chemin d’un fichier de sauvegarde&#xa0;; sans lui, les sauvegardes sont listées.</translation>
    </message>
    <message>
        <source>tidings restore: give at most one backup</source>
        <translation>tidings restore&#xa0;: indiquez au plus une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>Il n’y a pas encore de sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>Restored the library from %1. The library as it was is kept in %2.</source>
        <translation>Bibliothèque restaurée à partir de %1. La bibliothèque telle qu’elle était est conservée dans %2.</translation>
    </message>
</context>
<context>
    <name>Cli::RuleCommand</name>
    <message>
        <source>Add, remove or test a rule</source>
        <translation>Ajouter, supprimer ou tester une règle</translation>
    </message>
    <message>
        <source>add: a new rule from the options; remove ID; test ID: how many articles the rule matches, and which.</source>
        <translation>add&#xa0;: une nouvelle règle à partir des options&#xa0;; remove ID&#xa0;; test ID&#xa0;: combien d’articles la règle retient, et lesquels.</translation>
    </message>
    <message>
        <source>Condition: the %1 %2 TEXT (repeatable).</source>
        <extracomment>%1 is a part of an article (title, author, ...), %2 how it is matched.</extracomment>
        <translation>Condition&#xa0;: %1 %2 TEXTE (répétable).</translation>
    </message>
    <message>
        <source>Every condition must hold (default: any one of them).</source>
        <translation>Toutes les conditions doivent être remplies (par défaut&#xa0;: l’une d’elles suffit).</translation>
    </message>
    <message>
        <source>What to do: mark-read, bookmark, hide or notify (repeatable).</source>
        <translation>Action&#xa0;: mark-read, bookmark, hide ou notify (répétable).</translation>
    </message>
    <message>
        <source>Add this tag to matching articles.</source>
        <translation>Ajouter cette étiquette aux articles correspondants.</translation>
    </message>
    <message>
        <source>Highlight matching articles in the list with this colour (#rrggbb).</source>
        <translation>Mettre en évidence les articles correspondants dans la liste avec cette couleur (#rrggbb).</translation>
    </message>
    <message>
        <source>A name for the rule.</source>
        <translation>Un nom pour la règle.</translation>
    </message>
    <message>
        <source>Only for the articles of this source.</source>
        <translation>Uniquement pour les articles de cette source.</translation>
    </message>
    <message>
        <source>Add: leave the articles already in the library alone.</source>
        <translation>Ajout&#xa0;: ne pas toucher aux articles déjà présents dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Test: list at most N of the matches (default 20).</source>
        <translation>Test&#xa0;: lister au plus N correspondances (20 par défaut).</translation>
    </message>
    <message>
        <source>Test: print the matches as a JSON array.</source>
        <translation>Test&#xa0;: afficher les correspondances sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>tidings rule: say add, remove ID or test ID</source>
        <translation>tidings rule&#xa0;: indiquez add, remove ID ou test ID</translation>
    </message>
    <message>
        <source>--%1 needs a text</source>
        <translation>--%1 demande un texte</translation>
    </message>
    <message>
        <source>give at least one condition, such as --title-contains TEXT</source>
        <translation>indiquez au moins une condition, par exemple --title-contains TEXTE</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (mark-read, bookmark, hide or notify)</source>
        <translation>action inconnue &quot;%1&quot; (mark-read, bookmark, hide ou notify)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation>&quot;%1&quot; n’est pas une couleur de la forme #rrggbb</translation>
    </message>
    <message>
        <source>give an action: --action, --tag or --highlight</source>
        <translation>indiquez une action&#xa0;: --action, --tag ou --highlight</translation>
    </message>
    <message>
        <source>--source needs a source id, as `tidings sources` shows</source>
        <translation>--source demande un identifiant de source, tel que `tidings sources` l’affiche</translation>
    </message>
    <message>
        <source>tidings rule add: %1</source>
        <translation>tidings rule add&#xa0;: %1</translation>
    </message>
    <message>
        <source>rule %1 added</source>
        <translation>règle %1 ajoutée</translation>
    </message>
    <message>
        <source>applied to %1 of %2 articles</source>
        <translation>appliquée à %1 articles sur %2</translation>
    </message>
    <message>
        <source>tidings rule remove: give one rule id</source>
        <translation>tidings rule remove&#xa0;: indiquez un seul identifiant de règle</translation>
    </message>
    <message>
        <source>tidings rule test: give one rule id (and --limit N)</source>
        <translation>tidings rule test&#xa0;: indiquez un seul identifiant de règle (et --limit N)</translation>
    </message>
    <message>
        <source>there is no rule %1</source>
        <translation>il n’y a pas de règle %1</translation>
    </message>
    <message numerus="yes">
        <source>rule %1 matches %n article(s)</source>
        <translation>
            <numerusform>la règle %1 retient %n article</numerusform>
            <numerusform>la règle %1 retient %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RulesCommand</name>
    <message>
        <source>List the rules with their conditions and actions</source>
        <translation>Lister les règles avec leurs conditions et leurs actions</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>si %1</translation>
    </message>
    <message>
        <source>in source %1</source>
        <translation>dans la source %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>alors %1</translation>
    </message>
</context>
<context>
    <name>Cli::SourcesCommand</name>
    <message>
        <source>List the sources with their unread counts and last errors</source>
        <translation>Lister les sources avec leur nombre d’articles non lus et leurs dernières erreurs</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>dernière erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeCommand</name>
    <message>
        <source>Summarize an article, or list its key points</source>
        <translation>Résumer un article ou lister ses points clés</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>L’identifiant de l’article, tel que l’affiche `tidings articles`.</translation>
    </message>
    <message>
        <source>builtin: the summarizer on this computer; remote: the language model server in the AI settings (default: the provider chosen there).</source>
        <translation>builtin&#xa0;: l’outil de résumé de cet ordinateur&#xa0;; remote&#xa0;: le serveur de modèle de langage défini dans les paramètres de l’IA (par défaut&#xa0;: le fournisseur choisi dans ces paramètres).</translation>
    </message>
    <message>
        <source>List the key points instead of a summary.</source>
        <translation>Lister les points clés au lieu d’un résumé.</translation>
    </message>
    <message>
        <source>Ask again instead of showing the saved answer.</source>
        <translation>Redemander au lieu d’afficher la réponse enregistrée.</translation>
    </message>
    <message>
        <source>tidings summarize: give one article id</source>
        <translation>tidings summarize&#xa0;: indiquez un identifiant d’article</translation>
    </message>
    <message>
        <source>tidings summarize: --provider is builtin or remote</source>
        <translation>tidings summarize&#xa0;: --provider vaut builtin ou remote</translation>
    </message>
    <message>
        <source>AI features are turned off. Turn them on in the AI settings (%1=true in %2), or use --provider builtin for the summarizer that runs on this computer.</source>
        <translation>Les fonctions d’IA sont désactivées. Activez-les dans les paramètres de l’IA (%1=true dans %2), ou utilisez --provider builtin pour l’outil de résumé qui fonctionne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Key points are turned off in the AI settings.</source>
        <translation>Les points clés sont désactivés dans les paramètres de l’IA.</translation>
    </message>
    <message>
        <source>Summaries are turned off in the AI settings.</source>
        <translation>Les résumés sont désactivés dans les paramètres de l’IA.</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>l’article %1 n’existe pas</translation>
    </message>
    <message>
        <source>The API key could not be read from the keyring: %1</source>
        <translation>La clé d’API n’a pas pu être lue dans le trousseau de clés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cli::SummarizeTextCommand</name>
    <message>
        <source>Summarize a plain-text file (or - for standard input) offline</source>
        <translation>Résumer hors ligne un fichier texte brut (ou - pour l’entrée standard)</translation>
    </message>
    <message>
        <source>Print the key points, most important first, instead of a summary.</source>
        <translation>Afficher les points clés, du plus important au moins important, au lieu d’un résumé.</translation>
    </message>
    <message>
        <source>Use at most &lt;n&gt; sentences (default 4, or 5 key points).</source>
        <translation>Utiliser au plus &lt;n&gt; phrases (4 par défaut, ou 5 points clés).</translation>
    </message>
    <message>
        <source>A UTF-8 text file, or - for standard input.</source>
        <translation>Un fichier texte UTF-8, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>summarize-text needs exactly one FILE (or -)</source>
        <translation>summarize-text attend exactement un FILE (ou -)</translation>
    </message>
    <message>
        <source>--sentences needs a number between 1 and 100</source>
        <translation>--sentences attend un nombre entre 1 et 100</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli::SyncCommand</name>
    <message>
        <source>Send the changes waiting and fetch what is new on the sync servers</source>
        <translation>Envoyer les modifications en attente et récupérer les nouveautés des serveurs de synchronisation</translation>
    </message>
    <message>
        <source>Sync only account ID, as `tidings accounts` shows (default: all).</source>
        <translation>Synchroniser uniquement le compte ID, tel que l’affiche `tidings accounts` (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>tidings sync: &apos;%1&apos; is not an account id</source>
        <translation>tidings sync&#xa0;: «&#xa0;%1&#xa0;» n’est pas un identifiant de compte</translation>
    </message>
    <message>
        <source>there is no sync account; add one with `tidings account add`</source>
        <translation>il n’y a aucun compte de synchronisation&#xa0;; ajoutez-en un avec `tidings account add`</translation>
    </message>
    <message>
        <source>there is no sync account %1</source>
        <translation>il n’y a pas de compte de synchronisation %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: sent %n change(s), %2 folders, %3 sources, %4 new and %5 updated articles</source>
        <translation>
            <numerusform>%1&#xa0;: %n modification envoyée, %2 dossiers, %3 sources, %4 articles nouveaux et %5 mis à jour</numerusform>
            <numerusform>%1&#xa0;: %n modifications envoyées, %2 dossiers, %3 sources, %4 articles nouveaux et %5 mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli::TagCommand</name>
    <message>
        <source>Tag an article (or remove the tag); list the tags</source>
        <translation>Étiqueter un article (ou retirer l’étiquette)&#xa0;; lister les étiquettes</translation>
    </message>
    <message>
        <source>The article&apos;s id, as `tidings articles` shows.</source>
        <translation>L’identifiant de l’article, tel que `tidings articles` l’affiche.</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>L’étiquette.</translation>
    </message>
    <message>
        <source>Remove the tag from the article instead.</source>
        <translation>Retirer plutôt l’étiquette de l’article.</translation>
    </message>
    <message>
        <source>List the tags with their article counts.</source>
        <translation>Lister les étiquettes avec leur nombre d’articles.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array.</source>
        <translation>Avec --list&#xa0;: afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>tidings tag: give an article id and a tag name</source>
        <translation>tidings tag&#xa0;: indiquez un identifiant d’article et un nom d’étiquette</translation>
    </message>
</context>
<context>
    <name>Feeds::FeedParser</name>
    <message>
        <source>not a feed: an HTML page</source>
        <translation>pas un flux&#xa0;: une page HTML</translation>
    </message>
    <message>
        <source>not a feed: the root element &lt;%1&gt; is not RSS, RDF or Atom</source>
        <translation>pas un flux&#xa0;: l’élément racine &lt;%1&gt; n’est ni RSS, ni RDF, ni Atom</translation>
    </message>
    <message>
        <source>not a feed: invalid JSON at offset %1: %2</source>
        <translation>pas un flux&#xa0;: JSON invalide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>pas un flux&#xa0;: un document JSON sans version JSON Feed</translation>
    </message>
    <message>
        <source>document too large: %1 bytes, the limit is %2 bytes</source>
        <translation>document trop volumineux&#xa0;: %1 octets, la limite est de %2 octets</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>pas un flux&#xa0;: le document est vide</translation>
    </message>
    <message>
        <source>not a feed: binary data</source>
        <translation>pas un flux&#xa0;: données binaires</translation>
    </message>
    <message>
        <source>not a feed: neither XML nor JSON</source>
        <translation>pas un flux&#xa0;: ni XML ni JSON</translation>
    </message>
</context>
<context>
    <name>Feeds::JsonFeedReader</name>
    <message>
        <source>unreadable date &quot;%1&quot;</source>
        <translation>date illisible «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a feed: a JSON document without a JSON Feed version</source>
        <translation>pas un flux&#xa0;: un document JSON sans version JSON Feed</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlReaderContext</name>
    <message>
        <source>unreadable date &quot;%1&quot; in &lt;%2&gt;</source>
        <translation>date illisible «&#xa0;%1&#xa0;» dans &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>Feeds::XmlTreeBuilder</name>
    <message>
        <source>junk before the document</source>
        <translation>données parasites avant le document</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>aucun élément racine</translation>
    </message>
    <message>
        <source>document truncated inside &lt;%1&gt;</source>
        <translation>document tronqué à l’intérieur de &lt;%1&gt;</translation>
    </message>
    <message>
        <source>%1 more problems not listed</source>
        <translation>%1 autres problèmes non listés</translation>
    </message>
    <message>
        <source>unescaped &apos;&lt;&apos;</source>
        <translation>« &lt; » non échappé</translation>
    </message>
    <message>
        <source>missing &apos;&gt;&apos; after &lt;%1</source>
        <translation>« &gt; » manquant après &lt;%1</translation>
    </message>
    <message>
        <source>malformed attribute in &lt;%1&gt;</source>
        <translation>attribut mal formé dans &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute value without quotes</source>
        <translation>valeur d’attribut sans guillemets</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>éléments imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>element name too long</source>
        <translation>nom d’élément trop long</translation>
    </message>
    <message>
        <source>unexpected close tag &lt;/%1&gt;</source>
        <translation>balise fermante inattendue &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>missing close tag &lt;/%1&gt;</source>
        <translation>balise fermante &lt;/%1&gt; manquante</translation>
    </message>
    <message>
        <source>undeclared namespace prefix &apos;%1&apos;</source>
        <translation>préfixe d’espace de noms non déclaré « %1 »</translation>
    </message>
    <message>
        <source>unescaped &apos;&amp;&apos;</source>
        <translation>« &amp; » non échappé</translation>
    </message>
    <message>
        <source>entity expansion over the limit of %1 bytes</source>
        <translation>expansion d’entités au-delà de la limite de %1 octets</translation>
    </message>
    <message>
        <source>external entity &apos;&amp;%1;&apos; not fetched</source>
        <translation>entité externe « &amp;%1; » non récupérée</translation>
    </message>
    <message>
        <source>undefined entity &apos;&amp;%1;&apos;</source>
        <translation>entité non définie « &amp;%1; »</translation>
    </message>
    <message>
        <source>too many entity declarations</source>
        <translation>trop de déclarations d’entités</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not well-formed at %1: recovered (%2)</source>
        <translation>mal formé à %1&#xa0;: récupéré (%2)</translation>
    </message>
    <message>
        <source>not well-formed at %1: %2</source>
        <translation>mal formé à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>document trop volumineux</translation>
    </message>
</context>
<context>
    <name>Html::ArticleExtractor</name>
    <message>
        <source>The page is larger than %1 MB.</source>
        <translation>La page dépasse %1&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The page is nested too deeply to be read.</source>
        <translation>La page est trop profondément imbriquée pour être lue.</translation>
    </message>
    <message>
        <source>No article text found on this page.</source>
        <translation>Aucun texte d’article trouvé sur cette page.</translation>
    </message>
</context>
<context>
    <name>Html::Sanitizer</name>
    <message>
        <source>▶ Video on %1</source>
        <translation>▶ Vidéo sur %1</translation>
    </message>
</context>
<context>
    <name>Models::ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>dans les signets</translation>
    </message>
    <message numerus="yes">
        <source>and %n more sources</source>
        <translation>
            <numerusform>et %n autre source</numerusform>
            <numerusform>et %n autres sources</numerusform>
        </translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>étiqueté %1</translation>
    </message>
</context>
<context>
    <name>Models::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>il y a une heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>Models::SourceTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>%1
Last refresh failed: %2</source>
        <translation>%1
La dernière actualisation a échoué&#xa0;: %2</translation>
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
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>last refresh failed</source>
        <translation>la dernière actualisation a échoué</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Point du jour</translation>
    </message>
    <message>
        <source>Today&apos;s main stories, grouped from all your sources</source>
        <translation>Les principaux sujets du jour, regroupés à partir de toutes vos sources</translation>
    </message>
    <message>
        <source>%1, today&apos;s main stories</source>
        <translation>%1, les principaux sujets du jour</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>La dernière actualisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqués</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>%1
Saved search: %2</source>
        <translation>%1
Recherche enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Articles hidden by your rules and mute words</source>
        <translation>Articles masqués par vos règles et vos mots masqués</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n article(s)</source>
        <translation>
            <numerusform>%1
%n article</numerusform>
            <numerusform>%1
%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n article</numerusform>
            <numerusform>%1, %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet. New ones arrive when your sources are refreshed (F5).</source>
        <translation>Pas encore d’articles. Les nouveaux arrivent quand vos sources sont actualisées (F5).</translation>
    </message>
    <message>
        <source>All caught up: nothing is unread.</source>
        <translation>Vous êtes à jour : rien n’est non lu.</translation>
    </message>
    <message>
        <source>Nothing new today yet.</source>
        <translation>Rien de neuf aujourd’hui pour l’instant.</translation>
    </message>
    <message>
        <source>No bookmarks yet. Bookmark an article (S) to keep it here; bookmarks are never removed.</source>
        <translation>Pas encore de signets. Ajoutez un article aux signets (S) pour le garder ici ; les signets ne sont jamais supprimés.</translation>
    </message>
    <message>
        <source>No article is hidden. Articles that your rules and mute words hide are gathered here.</source>
        <translation>Aucun article n’est masqué. Les articles que masquent vos règles et vos mots ignorés sont rassemblés ici.</translation>
    </message>
    <message>
        <source>This folder has no sources. Drag sources onto it in the tree.</source>
        <translation>Ce dossier ne contient aucune source. Faites-y glisser des sources dans l’arborescence.</translation>
    </message>
    <message>
        <source>No articles in this folder yet.</source>
        <translation>Pas encore d’articles dans ce dossier.</translation>
    </message>
    <message>
        <source>No articles from this source yet.</source>
        <translation>Pas encore d’articles de cette source.</translation>
    </message>
    <message>
        <source>No articles from this source yet. Its last refresh failed: %1</source>
        <translation>Pas encore d’articles de cette source. Sa dernière actualisation a échoué : %1</translation>
    </message>
    <message>
        <source>No article matches this saved search (%1).</source>
        <translation>Aucun article ne correspond à cette recherche enregistrée (%1).</translation>
    </message>
    <message>
        <source>No article is tagged “%1”.</source>
        <translation>Aucun article n’a l’étiquette « %1 ».</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>%1 is missing; looked in %2</source>
        <translation>%1 est introuvable&#xa0;; cherché dans %2</translation>
    </message>
</context>
<context>
    <name>Net::FetchErrors</name>
    <message>
        <source>The server answered %1</source>
        <translation>Le serveur a répondu %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>check the user name and password for this source</source>
        <translation>vérifiez le nom d’utilisateur et le mot de passe de cette source</translation>
    </message>
    <message>
        <source>the feed may have moved</source>
        <translation>le flux a peut-être déménagé</translation>
    </message>
    <message>
        <source>the feed has been removed for good</source>
        <translation>le flux a été supprimé définitivement</translation>
    </message>
    <message>
        <source>Tidings will try again later</source>
        <translation>Tidings réessaiera plus tard</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused</source>
        <translation>Impossible de se connecter à %1&#xa0;: la connexion a été refusée</translation>
    </message>
    <message>
        <source>Cannot find the server %1 — check the address and your connection</source>
        <translation>Serveur %1 introuvable — vérifiez l’adresse et votre connexion</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the feed</source>
        <translation>%1 a fermé la connexion avant d’envoyer le flux</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The proxy server could not be used: %1</source>
        <translation>Le serveur mandataire n’a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>Le réseau n’est pas disponible</translation>
    </message>
    <message>
        <source>Cannot fetch the feed from %1: %2</source>
        <translation>Impossible de récupérer le flux depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Pas de réponse en %1&#xa0;s</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MiB; Tidings stopped downloading it</source>
        <translation>Le flux dépasse %1&#xa0;Mio&#xa0;; Tidings a arrêté de le télécharger</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times</source>
        <translation>Le serveur a redirigé plus de %1 fois</translation>
    </message>
    <message>
        <source>The server redirects in a loop (back to %1)</source>
        <translation>Le serveur redirige en boucle (retour vers %1)</translation>
    </message>
    <message>
        <source>The server redirected to an address Tidings cannot use: %1</source>
        <translation>Le serveur a redirigé vers une adresse que Tidings ne peut pas utiliser&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tidings cannot fetch %1 addresses</source>
        <translation>Tidings ne peut pas récupérer les adresses %1</translation>
    </message>
    <message>
        <source>The user name or password was not accepted; check them in the source&apos;s settings</source>
        <translation>Le nom d’utilisateur ou le mot de passe a été refusé&#xa0;; vérifiez-les dans les paramètres de la source</translation>
    </message>
    <message>
        <source>The server asks for a user name and password; enter them in the source&apos;s settings</source>
        <translation>Le serveur demande un nom d’utilisateur et un mot de passe&#xa0;; saisissez-les dans les paramètres de la source</translation>
    </message>
    <message>
        <source>The server sent a compressed feed that is damaged or cut off</source>
        <translation>Le serveur a envoyé un flux compressé endommagé ou tronqué</translation>
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
        <translation>Rédaction…</translation>
    </message>
    <message>
        <source>Made by %1.</source>
        <translation>Généré par %1.</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the article.</source>
        <translation>Les réponses de l’IA peuvent être erronées&#xa0;: vérifiez l’essentiel dans l’article.</translation>
    </message>
    <message>
        <source>Summaries and key points, made on this computer.</source>
        <translation>Résumés et points clés, générés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Try AI features…</source>
        <translation>Essayer les fonctions d’IA…</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Ne plus afficher</translation>
    </message>
</context>
<context>
    <name>Pages::ArticlePage</name>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Chargement de l’article complet…</translation>
    </message>
    <message>
        <source>Load full article</source>
        <translation>Charger l’article complet</translation>
    </message>
    <message>
        <source>Related Articles</source>
        <translation>Articles connexes</translation>
    </message>
    <message>
        <source>More from this source</source>
        <translation>Plus d’articles de cette source</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>Plus d’articles de %1</translation>
    </message>
    <message>
        <source>Read the comments on the site</source>
        <translation>Lire les commentaires sur le site</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Pas encore de commentaires</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Afficher les commentaires</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Chargement des commentaires…</translation>
    </message>
    <message>
        <source>The comments could not be loaded: %1</source>
        <translation>Les commentaires n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>Pages::BriefingPage</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Point du jour</translation>
    </message>
    <message numerus="yes">
        <source>%n top stories</source>
        <translation>
            <numerusform>%n sujet à la une</numerusform>
            <numerusform>%n sujets à la une</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough of today&apos;s articles yet to build a briefing — refresh or come back later.</source>
        <translation>Pas encore assez d’articles aujourd’hui pour établir le point du jour — actualisez ou revenez plus tard.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Stories grouped and summarized on this computer.</source>
        <translation>Sujets regroupés et résumés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Stories grouped and summarized by: %1.</source>
        <translation>Sujets regroupés et résumés par&#xa0;: %1.</translation>
    </message>
    <message>
        <source>AI output can be wrong: check what matters against the articles.</source>
        <translation>Les réponses de l’IA peuvent être erronées&#xa0;: vérifiez l’essentiel dans les articles.</translation>
    </message>
    <message>
        <source>Preparing today&apos;s briefing…</source>
        <translation>Préparation du point du jour…</translation>
    </message>
</context>
<context>
    <name>Reading::CommentThread</name>
    <message>
        <source>The comments could not be loaded.</source>
        <translation>Les commentaires n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>Loading the comments was cancelled.</source>
        <translation>Le chargement des commentaires a été annulé.</translation>
    </message>
    <message>
        <source>The server sent no comments (HTTP %1).</source>
        <translation>Le serveur n’a envoyé aucun commentaire (HTTP %1).</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>Les commentaires n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reading::FullArticleLoader</name>
    <message>
        <source>The article no longer exists.</source>
        <translation>L’article n’existe plus.</translation>
    </message>
    <message>
        <source>The article has no web page to load.</source>
        <translation>L’article n’a pas de page web à charger.</translation>
    </message>
    <message>
        <source>The article&apos;s link leads to a file of type %1, not to a web page.</source>
        <translation>Le lien de l’article mène à un fichier de type %1, et non à une page web.</translation>
    </message>
</context>
<context>
    <name>Refresh::IngestWorker</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>La bibliothèque ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Impossible d’enregistrer les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk that holds your library is full, or the library may grow no further (%1). The refresh stopped; nothing stored before was lost. Free some space, then refresh again.</source>
        <translation>Le disque qui contient votre bibliothèque est plein, ou la bibliothèque ne peut plus grandir (%1). L’actualisation s’est arrêtée&#xa0;; rien de ce qui avait été enregistré n’a été perdu. Libérez de l’espace, puis actualisez à nouveau.</translation>
    </message>
</context>
<context>
    <name>Refresh::RefreshService</name>
    <message>
        <source>The server asks for a user name and password, and the password could not be read from the system keyring: %1</source>
        <translation>Le serveur demande un nom d’utilisateur et un mot de passe, mais le mot de passe n’a pas pu être lu dans le trousseau de clés du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleApplier</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>Impossible d’appliquer la règle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rules::RuleMatcher</name>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>&quot;%1&quot; n’est pas une expression régulière valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rules::RuleText</name>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>author</source>
        <translation>l’auteur</translation>
    </message>
    <message>
        <source>text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>link</source>
        <translation>le lien</translation>
    </message>
    <message>
        <source>category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>source</source>
        <translation>la source</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>has the word</source>
        <translation>contient le mot</translation>
    </message>
    <message>
        <source>matches the expression</source>
        <translation>correspond à l’expression</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <extracomment>A rule&apos;s condition: field, match, pattern, e.g. title contains “election”.</extracomment>
        <translation>%1 %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>marquer comme lu</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>ajouter aux signets</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>masquer</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>notifier</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>highlight %1</source>
        <translation>mettre en évidence en %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>Secrets::Keyring</name>
    <message>
        <source>No keyring is available on this system, so passwords and keys cannot be stored safely. Install or start a keyring service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun trousseau de clés n’est disponible sur ce système&#xa0;: les mots de passe et les clés ne peuvent pas être conservés en sécurité. Installez ou démarrez un service de trousseau (comme GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied.</source>
        <translation>L’accès au trousseau de clés a été refusé.</translation>
    </message>
    <message>
        <source>The keyring refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau de clés a refusé l’accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry (%1).</source>
        <translation>Le trousseau de clés n’a pas pu supprimer l’entrée (%1).</translation>
    </message>
    <message>
        <source>The keyring could not be used (%1). Check that a keyring service such as GNOME Keyring or KWallet is running and unlocked.</source>
        <translation>Le trousseau de clés n’a pas pu être utilisé (%1). Vérifiez qu’un service de trousseau comme GNOME Keyring ou KWallet est en cours d’exécution et déverrouillé.</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be locked or busy; unlock it and try again.</source>
        <translation>
            <numerusform>Le trousseau de clés n’a pas répondu en %n seconde. Il est peut-être verrouillé ou occupé&#xa0;; déverrouillez-le et réessayez.</numerusform>
            <numerusform>Le trousseau de clés n’a pas répondu en %n secondes. Il est peut-être verrouillé ou occupé&#xa0;; déverrouillez-le et réessayez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage::AccountMirror</name>
    <message>
        <source>Cannot store the folders: %1</source>
        <translation>Impossible d’enregistrer les dossiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the sources: %1</source>
        <translation>Impossible d’enregistrer les sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the source %1: %2</source>
        <translation>Impossible d’enregistrer la source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Impossible d’enregistrer les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the article states: %1</source>
        <translation>Impossible d’enregistrer les états des articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the article states: %1</source>
        <translation>Impossible de lire les états des articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Impossible de lire les articles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::AccountRepository</name>
    <message>
        <source>There is only one local account.</source>
        <translation>Il n’y a qu’un seul compte local.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (http:// or https://).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur (http:// ou https://).</translation>
    </message>
    <message>
        <source>An account needs a user name.</source>
        <translation>Un compte doit avoir un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation>Impossible d’ajouter le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local account cannot be removed.</source>
        <translation>Le compte local ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Cannot remove the account: %1</source>
        <translation>Impossible de supprimer le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’y a pas de compte %1.</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Impossible de lire les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot update the account: %1</source>
        <translation>Impossible de mettre à jour le compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::ArticleRepository</name>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Impossible d’enregistrer les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot clean up old articles: %1</source>
        <translation>Impossible de nettoyer les anciens articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot mark the article: %1</source>
        <translation>Impossible de marquer l’article&#xa0;: %1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>L’article n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot mark the articles: %1</source>
        <translation>Impossible de marquer les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot change the bookmark: %1</source>
        <translation>Impossible de modifier le signet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Impossible de lire les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the article: %1</source>
        <translation>Impossible de lire l’article&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>Impossible de compter les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot search the articles: %1</source>
        <translation>Impossible de rechercher dans les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the full article: %1</source>
        <translation>Impossible d’enregistrer l’article complet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the file and its folder are readable and writable.</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2. Vérifiez que le fichier et son dossier sont accessibles en lecture et en écriture.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database (%2). Tidings has left it untouched. Move it aside or restore a backup, then start Tidings again to begin with an empty library.</source>
        <translation>La base de données %1 est endommagée ou n’est pas une base Tidings (%2). Tidings ne l’a pas modifiée. Déplacez-la ou restaurez une sauvegarde, puis relancez Tidings pour commencer avec une bibliothèque vide.</translation>
    </message>
    <message>
        <source>Cannot open the database %1. %2</source>
        <translation>Impossible d’ouvrir la base de données %1. %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2. Your data has not been changed.</source>
        <translation>Impossible de mettre à jour la base de données %1&#xa0;: %2. Vos données n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2.</source>
        <translation>Impossible de préparer la base de données %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database %1 needs updating, which cannot be done where it is (the folder cannot be written to).</source>
        <translation>La base de données %1 doit être mise à jour, ce qui est impossible à son emplacement actuel (le dossier n’est pas accessible en écriture).</translation>
    </message>
    <message>
        <source>Cannot open the search index of %1: %2.</source>
        <translation>Impossible d’ouvrir l’index de recherche de %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Storage::FolderRepository</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>Le dossier parent n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot add the folder &quot;%1&quot;: %2</source>
        <translation>Impossible d’ajouter le dossier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot rename the folder: %1</source>
        <translation>Impossible de renommer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Le dossier n’existe plus.</translation>
    </message>
    <message>
        <source>The target folder no longer exists.</source>
        <translation>Le dossier de destination n’existe plus.</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself or one of its subfolders.</source>
        <translation>Un dossier ne peut pas être déplacé dans lui-même ni dans l’un de ses sous-dossiers.</translation>
    </message>
    <message>
        <source>Cannot move the folder: %1</source>
        <translation>Impossible de déplacer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remove the folder: %1</source>
        <translation>Impossible de supprimer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the folder: %1</source>
        <translation>Impossible de lire le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the folders: %1</source>
        <translation>Impossible de lire les dossiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Library</name>
    <message>
        <source>Tidings opened the library read-only: you can read it, but nothing can be changed or refreshed.</source>
        <translation>Tidings a ouvert la bibliothèque en lecture seule&#xa0;: vous pouvez la lire, mais rien ne peut être modifié ni actualisé.</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryBackups</name>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegardes %1.</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1: %2</source>
        <translation>Impossible de sauvegarder la bibliothèque dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot back up the library to %1.</source>
        <translation>Impossible de sauvegarder la bibliothèque dans %1.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Il n’y a pas de sauvegarde %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); the library was not changed.</source>
        <translation>La sauvegarde %1 est endommagée (%2)&#xa0;; la bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the library before restoring (%1); the library was not changed.</source>
        <translation>Impossible de garder une copie de la bibliothèque avant la restauration (%1)&#xa0;; la bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot restore the backup %1: %2</source>
        <translation>Impossible de restaurer la sauvegarde %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRecovery</name>
    <message>
        <source>Cannot make a working copy of %1 next to %2.</source>
        <translation>Impossible de faire une copie de travail de %1 à côté de %2.</translation>
    </message>
    <message>
        <source>Cannot create the recovered library %1: %2</source>
        <translation>Impossible de créer la bibliothèque récupérée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the recovered library %1: %2</source>
        <translation>Impossible d’écrire la bibliothèque récupérée %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Storage::LibraryRepair</name>
    <message>
        <source>Cannot create the folder %1 for a copy of the damaged library.</source>
        <translation>Impossible de créer le dossier %1 pour une copie de la bibliothèque endommagée.</translation>
    </message>
    <message>
        <source>Cannot copy the damaged library to %1 (is the disk full?).</source>
        <translation>Impossible de copier la bibliothèque endommagée dans %1 (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database, and nothing in it could be recovered. Tidings has left it untouched. Move it aside or restore a backup (tidings restore), then start Tidings again.</source>
        <translation>La base de données %1 est endommagée ou n’est pas une base de données Tidings, et rien n’a pu en être récupéré. Tidings n’y a pas touché. Déplacez-la ailleurs ou restaurez une sauvegarde (tidings restore), puis relancez Tidings.</translation>
    </message>
    <message>
        <source>Cannot put the recovered library in place of %1.</source>
        <translation>Impossible de mettre la bibliothèque récupérée à la place de %1.</translation>
    </message>
    <message>
        <source>Your library was damaged, and Tidings has repaired it. It recovered %1 sources, %2 articles and %3 bookmarks.</source>
        <translation>Votre bibliothèque était endommagée, et Tidings l’a réparée. Il a récupéré %1 sources, %2 articles et %3 signets.</translation>
    </message>
    <message>
        <source>Some parts of the file could not be read; what they held is lost.</source>
        <translation>Certaines parties du fichier n’ont pas pu être lues&#xa0;; leur contenu est perdu.</translation>
    </message>
    <message>
        <source>A copy of the damaged file is in %1.</source>
        <translation>Une copie du fichier endommagé se trouve dans %1.</translation>
    </message>
    <message>
        <source>Your library is damaged, and Tidings could not repair it: %1 The library was left as it was.</source>
        <translation>Votre bibliothèque est endommagée, et Tidings n’a pas pu la réparer&#xa0;: %1 La bibliothèque a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>Storage::MigrationRunner</name>
    <message>
        <source>The database was written by a newer version of Tidings (schema %1; this version knows up to %2). Update Tidings to open it.</source>
        <translation>La base de données a été écrite par une version plus récente de Tidings (schéma %1&#xa0;; cette version connaît jusqu’au %2). Mettez Tidings à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Impossible de lire la migration %1.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>La mise à jour de la base de données vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>une ligne de %1 fait référence à une ligne manquante de %2</translation>
    </message>
</context>
<context>
    <name>Storage::MuteRepository</name>
    <message>
        <source>Cannot read the mute words: %1</source>
        <translation>Impossible de lire les mots masqués&#xa0;: %1</translation>
    </message>
    <message>
        <source>A mute needs a word.</source>
        <translation>Un masquage demande un mot.</translation>
    </message>
    <message>
        <source>A mute needs an end date.</source>
        <translation>Un masquage demande une date de fin.</translation>
    </message>
    <message>
        <source>Cannot add the mute word: %1</source>
        <translation>Impossible d’ajouter le mot masqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remove the mute word: %1</source>
        <translation>Impossible de retirer le mot masqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no mute word %1.</source>
        <translation>Il n’y a pas de mot masqué %1.</translation>
    </message>
</context>
<context>
    <name>Storage::PendingChangeRepository</name>
    <message>
        <source>Article states are queued by the articles themselves.</source>
        <translation>Les états des articles sont mis en file d’attente par les articles eux-mêmes.</translation>
    </message>
    <message>
        <source>Cannot remember the change: %1</source>
        <translation>Impossible de noter la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the changes to send: %1</source>
        <translation>Impossible de lire les modifications à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count the changes to send: %1</source>
        <translation>Impossible de compter les modifications à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot record what the server took: %1</source>
        <translation>Impossible d’enregistrer ce que le serveur a accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot record the failed send: %1</source>
        <translation>Impossible d’enregistrer l’échec de l’envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::Profile</name>
    <message>
        <source>The profile folder %1 is a file. Choose another folder with --profile or move the file away.</source>
        <translation>Le dossier de profil %1 est un fichier. Choisissez un autre dossier avec --profile ou déplacez le fichier.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and that you may write to it, or choose another folder with --profile.</source>
        <translation>Impossible de créer le dossier de profil %1. Vérifiez que son dossier parent existe et que vous pouvez y écrire, ou choisissez un autre dossier avec --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable. Give yourself write permission on it or choose another folder with --profile.</source>
        <translation>Le dossier de profil %1 n’est pas accessible en écriture. Donnez-vous le droit d’y écrire ou choisissez un autre dossier avec --profile.</translation>
    </message>
</context>
<context>
    <name>Storage::RuleActionWriter</name>
    <message>
        <source>Cannot apply the rule: %1</source>
        <translation>Impossible d’appliquer la règle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleRepository</name>
    <message>
        <source>Cannot read the rules: %1</source>
        <translation>Impossible de lire les règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the rule: %1</source>
        <translation>Impossible d’enregistrer la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>Il n’y a pas de règle %1.</translation>
    </message>
    <message>
        <source>Cannot remove the rule: %1</source>
        <translation>Impossible de supprimer la règle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::RuleSubjectReader</name>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>Impossible de compter les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles: %1</source>
        <translation>Impossible de lire les articles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SavedSearchRepository</name>
    <message>
        <source>A saved search needs a name and a search.</source>
        <translation>Une recherche enregistrée demande un nom et une recherche.</translation>
    </message>
    <message>
        <source>Cannot save the search: %1</source>
        <translation>Impossible d’enregistrer la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Une recherche enregistrée demande un nom.</translation>
    </message>
    <message>
        <source>Cannot rename the saved search: %1</source>
        <translation>Impossible de renommer la recherche enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved search no longer exists.</source>
        <translation>La recherche enregistrée n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot delete the saved search: %1</source>
        <translation>Impossible de supprimer la recherche enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the saved searches: %1</source>
        <translation>Impossible de lire les recherches enregistrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexFile</name>
    <message>
        <source>Cannot create the search index %1: %2</source>
        <translation>Impossible de créer l’index de recherche %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Storage::SearchIndexer</name>
    <message>
        <source>The search index %1 does not exist.</source>
        <translation>L’index de recherche %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>Impossible d’ouvrir l’index de recherche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The search index belongs to another state of the library; it is rebuilt when the library is next opened.</source>
        <translation>L’index de recherche correspond à un autre état de la bibliothèque&#xa0;; il sera reconstruit à la prochaine ouverture de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Storage::SearchOperators</name>
    <message>
        <source>“%1:” needs a value, as in %1:word or %1:&quot;two words&quot;.</source>
        <translation>«&#xa0;%1:&#xa0;» demande une valeur, comme dans %1:mot ou %1:&quot;deux mots&quot;.</translation>
    </message>
    <message>
        <source>“%1:” is not a search operator.</source>
        <translation>«&#xa0;%1:&#xa0;» n’est pas un opérateur de recherche.</translation>
    </message>
    <message>
        <source>“%1:%2” is not a search operator; use %3.</source>
        <translation>«&#xa0;%1:%2&#xa0;» n’est pas un opérateur de recherche&#xa0;; utilisez %3.</translation>
    </message>
    <message>
        <source>“%1:%2”: not a date. Use a date like 2026-12-31, or today, yesterday, 7d (days ago) or 2w (weeks ago).</source>
        <translation>«&#xa0;%1:%2&#xa0;»&#xa0;: ce n’est pas une date. Utilisez une date comme 2026-12-31, ou today, yesterday, 7d (il y a 7 jours) ou 2w (il y a 2 semaines).</translation>
    </message>
</context>
<context>
    <name>Storage::SourceRepository</name>
    <message>
        <source>&quot;%1&quot; is not a feed address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de flux.</translation>
    </message>
    <message>
        <source>Cannot add the source: %1</source>
        <translation>Impossible d’ajouter la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot add the source %1: %2</source>
        <translation>Impossible d’ajouter la source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove the source: %1</source>
        <translation>Impossible de supprimer la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>La source n’existe plus.</translation>
    </message>
    <message>
        <source>Another source already has the address %1.</source>
        <translation>Une autre source a déjà l’adresse %1.</translation>
    </message>
    <message>
        <source>Cannot read the sources: %1</source>
        <translation>Impossible de lire les sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot change the source: %1</source>
        <translation>Impossible de modifier la source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage::TagRepository</name>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>Impossible de lire les étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette demande un nom.</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>Impossible d’ajouter l’étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Il n’y a pas d’article %1.</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>Impossible de retirer l’étiquette&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Subscriptions::FeedDiscoverer</name>
    <message>
        <source>Only web addresses (http or https) can be searched for feeds</source>
        <translation>Seules les adresses web (http ou https) peuvent être explorées à la recherche de flux</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Pas de réponse en %1&#xa0;s</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>Cannot find the server %1</source>
        <translation>Serveur %1 introuvable</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed</source>
        <translation>La connexion sécurisée à %1 a échoué</translation>
    </message>
    <message>
        <source>%1 redirects too many times</source>
        <translation>%1 redirige trop de fois</translation>
    </message>
    <message>
        <source>%1 redirects to an unencrypted address</source>
        <translation>%1 redirige vers une adresse non chiffrée</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This page offers no feed, and none was found at the usual addresses</source>
        <translation>Cette page ne propose aucun flux, et aucun n’a été trouvé aux adresses habituelles</translation>
    </message>
</context>
<context>
    <name>Subscriptions::OpmlImporter</name>
    <message>
        <source>%1: not a feed address</source>
        <translation>%1&#xa0;: pas une adresse de flux</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Subscriptions::OpmlReader</name>
    <message>
        <source>The file declares a document type (DTD); OPML files need none, so it is not read for safety.</source>
        <translation>Le fichier déclare un type de document (DTD)&#xa0;; les fichiers OPML n’en ont pas besoin, il n’est donc pas lu par sécurité.</translation>
    </message>
    <message>
        <source>The file holds no XML element; it is not an OPML file.</source>
        <translation>Le fichier ne contient aucun élément XML&#xa0;; ce n’est pas un fichier OPML.</translation>
    </message>
    <message>
        <source>This is not an OPML file: its root element is &lt;%1&gt;.</source>
        <translation>Ce n’est pas un fichier OPML&#xa0;: son élément racine est &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>OPML version %1 is unknown; the file is read as OPML 2.0.</source>
        <translation>La version OPML %1 est inconnue&#xa0;; le fichier est lu comme de l’OPML 2.0.</translation>
    </message>
    <message>
        <source>The file has no &lt;body&gt;, so it lists no feeds.</source>
        <translation>Le fichier n’a pas de &lt;body&gt; et ne liste donc aucun flux.</translation>
    </message>
    <message>
        <source>The creation date “%1” could not be read.</source>
        <translation>La date de création «&#xa0;%1&#xa0;» n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Line %1: the feed “%2” also holds outlines; they are kept in a folder of the same name.</source>
        <translation>Ligne %1&#xa0;: le flux «&#xa0;%2&#xa0;» contient aussi des entrées&#xa0;; elles sont placées dans un dossier du même nom.</translation>
    </message>
    <message>
        <source>Line %1: a folder without a name; its feeds are kept in the enclosing folder.</source>
        <translation>Ligne %1&#xa0;: un dossier sans nom&#xa0;; ses flux sont placés dans le dossier parent.</translation>
    </message>
    <message>
        <source>Line %1: the outline “%2” has no feed address and holds nothing; it was skipped.</source>
        <translation>Ligne %1&#xa0;: l’entrée «&#xa0;%2&#xa0;» n’a pas d’adresse de flux et ne contient rien&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Folders are nested more than %1 levels deep (line %2); the file is not read further.</source>
        <translation>Les dossiers sont imbriqués sur plus de %1 niveaux (ligne %2)&#xa0;; la suite du fichier n’est pas lue.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Le fichier n’est pas du XML bien formé&#xa0;: %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
</context>
<context>
    <name>Subscriptions::UrlParser</name>
    <message>
        <source>Enter the address of a feed or of a web site.</source>
        <translation>Saisissez l’adresse d’un flux ou d’un site web.</translation>
    </message>
    <message>
        <source>“%1” is not a feed address that can be followed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de flux utilisable.</translation>
    </message>
    <message>
        <source>“%1” is not a complete address: it lacks http:// or https://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse complète&#xa0;: il manque http:// ou https://.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” are not supported; use an http or https address.</source>
        <translation>Les adresses commençant par «&#xa0;%1:&#xa0;» ne sont pas prises en charge&#xa0;; utilisez une adresse http ou https.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web valide.</translation>
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
        <translation>Autre serveur à l’API Google Reader</translation>
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
        <translation>%1 n’a pas répondu comme un serveur à l’API Google Reader. Vérifiez l’adresse du serveur (FreshRSS&#xa0;: …/api/greader.php&#xa0;; Miniflux&#xa0;: son adresse racine).</translation>
    </message>
    <message>
        <source>The server did not accept the login of %1 (%2). Check the user name and the API password (FreshRSS: Profile → API password; Miniflux: Settings → Integrations → Google Reader).</source>
        <translation>Le serveur n’a pas accepté la connexion de %1 (%2). Vérifiez le nom d’utilisateur et le mot de passe de l’API (FreshRSS&#xa0;: Profil → Mot de passe API&#xa0;; Miniflux&#xa0;: Paramètres → Intégrations → Google Reader).</translation>
    </message>
    <message>
        <source>The server&apos;s API is turned off: allow API access in FreshRSS&apos;s Administration → Authentication.</source>
        <translation>L’API du serveur est désactivée&#xa0;: autorisez l’accès à l’API dans FreshRSS, sous Administration → Authentification.</translation>
    </message>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (le serveur a indiqué&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings est en cours de fermeture.</translation>
    </message>
    <message>
        <source>The server gave no T token.</source>
        <translation>Le serveur n’a fourni aucun jeton T.</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1%2.</source>
        <translation>Le serveur n’a pas pu s’abonner à %1%2.</translation>
    </message>
    <message>
        <source>A Google Reader API server keeps every feed in a folder: move it into one.</source>
        <translation>Un serveur à l’API Google Reader range chaque flux dans un dossier&#xa0;: déplacez-le dans l’un d’eux.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <source>The library cannot be opened.</source>
        <translation>La bibliothèque ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The library could not be updated.</source>
        <translation>La bibliothèque n’a pas pu être mise à jour.</translation>
    </message>
    <message>
        <source>There is no account %1 to sync.</source>
        <translation>Il n’y a pas de compte %1 à synchroniser.</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Connexion</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>Envoi de %n modification</numerusform>
            <numerusform>Envoi de %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading folders and sources</source>
        <translation>Lecture des dossiers et des sources</translation>
    </message>
    <message>
        <source>Fetching new articles (%1 so far)</source>
        <translation>Récupération des nouveaux articles (%1 jusqu’ici)</translation>
    </message>
    <message>
        <source>Reading read and bookmark states</source>
        <translation>Lecture des états «&#xa0;lu&#xa0;» et des signets</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>The local account has no server to sync with.</source>
        <translation>Le compte local n’a pas de serveur avec lequel se synchroniser.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring: %2</source>
        <translation>Le mot de passe de %1 n’a pas pu être lu dans le trousseau de clés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sync::TtRssClient</name>
    <message>
        <source>The server did not start a session.</source>
        <translation>Le serveur n’a pas ouvert de session.</translation>
    </message>
    <message>
        <source>Tidings is shutting down.</source>
        <translation>Tidings est en cours de fermeture.</translation>
    </message>
    <message>
        <source>%1 did not answer like Tiny Tiny RSS. Check the server address.</source>
        <translation>%1 n’a pas répondu comme Tiny Tiny RSS. Vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The server does not allow API access for %1: enable API access in TT-RSS&apos;s Preferences.</source>
        <translation>Le serveur n’autorise pas l’accès à l’API pour %1&#xa0;: activez l’accès à l’API dans les préférences de TT-RSS.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password of %1.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe de %1.</translation>
    </message>
    <message>
        <source>The server did not keep the session (it answered NOT_LOGGED_IN).</source>
        <translation>Le serveur n’a pas conservé la session (il a répondu NOT_LOGGED_IN).</translation>
    </message>
    <message>
        <source>The server no longer has that feed.</source>
        <translation>Le serveur n’a plus ce flux.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>The server could not subscribe to %1 (code %2%3).</source>
        <translation>Le serveur n’a pas pu s’abonner à %1 (code %2%3).</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot move a feed through its API; move it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS ne peut pas déplacer un flux via son API&#xa0;; déplacez-le directement dans TT-RSS.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot rename a feed through its API; rename it in TT-RSS itself.</source>
        <translation>Tiny Tiny RSS ne peut pas renommer un flux via son API&#xa0;; renommez-le directement dans TT-RSS.</translation>
    </message>
    <message>
        <source>This Tiny Tiny RSS speaks API level %1; subscribing and unsubscribing through its API need level %2 (TT-RSS 1.7.6) or later.</source>
        <translation>Ce Tiny Tiny RSS utilise le niveau d’API %1&#xa0;; s’abonner et se désabonner via son API demande le niveau %2 (TT-RSS 1.7.6) ou ultérieur.</translation>
    </message>
</context>
<context>
    <name>Text::Encoding</name>
    <message>
        <source>The document is not valid UTF-8; it was read as windows-1252.</source>
        <translation>Le document n’est pas en UTF-8 valide&#xa0;; il a été lu en windows-1252.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not valid UTF-8 were read as windows-1252.</source>
        <translation>
            <numerusform>%n octet qui n’est pas de l’UTF-8 valide a été lu comme du windows-1252.</numerusform>
            <numerusform>%n octets qui ne sont pas de l’UTF-8 valide ont été lus comme du windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document ends in the middle of a character.</source>
        <translation>Le document se termine au milieu d’un caractère.</translation>
    </message>
    <message>
        <source>Invalid characters were replaced by U+FFFD.</source>
        <translation>Les caractères invalides ont été remplacés par U+FFFD.</translation>
    </message>
    <message>
        <source>This system cannot convert from %1.</source>
        <translation>Ce système ne sait pas convertir depuis %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced by U+FFFD.</source>
        <translation>
            <numerusform>%n séquence d’octets invalide a été remplacée par U+FFFD.</numerusform>
            <numerusform>%n séquences d’octets invalides ont été remplacées par U+FFFD.</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTTP header names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>L’en-tête HTTP indique un codage de caractères inconnu, «&#xa0;%1&#xa0;»&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The XML declaration names an unknown character encoding, &quot;%1&quot;; it was ignored.</source>
        <translation>La déclaration XML indique un codage de caractères inconnu, «&#xa0;%1&#xa0;»&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The document is %1, not %2 as labelled.</source>
        <translation>Le document est en %1, et non en %2 comme indiqué.</translation>
    </message>
    <message>
        <source>The document is not %1 as labelled.</source>
        <translation>Le document n’est pas en %1 comme indiqué.</translation>
    </message>
    <message>
        <source>The HTTP header says %1 and the XML declaration says %2; the header wins.</source>
        <translation>L’en-tête HTTP indique %1 et la déclaration XML %2&#xa0;; l’en-tête l’emporte.</translation>
    </message>
</context>
<context>
    <name>Text::Headline</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Tidings cannot start</source>
        <translation>Tidings ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Tidings cannot open your library.</source>
        <translation>Tidings ne peut pas ouvrir votre bibliothèque.</translation>
    </message>
    <message>
        <source>Checking your library…</source>
        <translation>Vérification de votre bibliothèque…</translation>
    </message>
    <message>
        <source>Library Repaired</source>
        <translation>Bibliothèque réparée</translation>
    </message>
    <message>
        <source>Library Damaged</source>
        <translation>Bibliothèque endommagée</translation>
    </message>
    <message>
        <source>Read-Only Library</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected. The server speaks API level %1.</source>
        <translation>Connecté. Le serveur utilise le niveau d’API %1.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
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
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>The account could not be added.</source>
        <translation>Le compte n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>Account added; it syncs when Preferences close.</source>
        <translation>Compte ajouté&#xa0;; il sera synchronisé à la fermeture des préférences.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Le compte n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Its folders, sources and articles leave Tidings. Changes not yet sent to the server are not sent.</source>
        <translation>Ses dossiers, ses sources et ses articles quittent Tidings. Les modifications pas encore envoyées au serveur ne seront pas envoyées.</translation>
    </message>
    <message>
        <source>&amp;Copy its bookmarked articles into the local library</source>
        <translation>&amp;Copier ses articles dans les signets vers la bibliothèque locale</translation>
    </message>
</context>
<context>
    <name>Ui::AddSourceDialog</name>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>Add a Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>https://example.org or a feed address</source>
        <translation>https://example.org ou une adresse de flux</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Flux trouvés</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;S’abonner</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for feeds at %1…</source>
        <translation>Recherche de flux sur %1…</translation>
    </message>
    <message>
        <source>No feed found at this address.</source>
        <translation>Aucun flux trouvé à cette adresse.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>This site offers %n feeds. Choose one:</source>
        <translation>
            <numerusform>Ce site propose %n flux. Choisissez-le&#xa0;:</numerusform>
            <numerusform>Ce site propose %n flux. Choisissez-en un&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>A website, whose feed Tidings finds, or the address of a feed</source>
        <translation>Un site web, dont Tidings trouvera le flux, ou l’adresse d’un flux</translation>
    </message>
</context>
<context>
    <name>Ui::AiCardController</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
</context>
<context>
    <name>Ui::AiSettingsPage</name>
    <message>
        <source>Use AI features</source>
        <translation>Utiliser les fonctions d’IA</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Summary&lt;/b&gt; shortens an article to a few sentences, &lt;b&gt;Key points&lt;/b&gt; lists its main facts, &lt;b&gt;Translate&lt;/b&gt; puts it into another language and the &lt;b&gt;Daily briefing&lt;/b&gt; groups today&apos;s articles into stories and sums each up.&lt;/p&gt;&lt;p&gt;With &lt;b&gt;On this computer&lt;/b&gt; the work is done here and nothing is sent anywhere. With &lt;b&gt;OpenAI-compatible server&lt;/b&gt; the article&apos;s title and text (up to the text budget below) are sent to the server at the address you give, along with the API key. Nothing is sent until you ask for a summary, key points, a translation or a briefing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le &lt;b&gt;Résumé&lt;/b&gt; réduit un article à quelques phrases, les &lt;b&gt;Points clés&lt;/b&gt; en listent les principaux faits, &lt;b&gt;Traduire&lt;/b&gt; le fait passer dans une autre langue et le &lt;b&gt;Point du jour&lt;/b&gt; regroupe les articles du jour en sujets et résume chacun d’eux.&lt;/p&gt;&lt;p&gt;Avec &lt;b&gt;Sur cet ordinateur&lt;/b&gt;, le traitement se fait ici et rien n’est envoyé nulle part. Avec &lt;b&gt;Serveur compatible OpenAI&lt;/b&gt;, le titre et le texte de l’article (dans la limite de texte ci-dessous) sont envoyés au serveur à l’adresse indiquée, avec la clé d’API. Rien n’est envoyé tant que vous ne demandez pas un résumé, des points clés, une traduction ou un point du jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>Lieu du traitement</translation>
    </message>
    <message>
        <source>On this computer (summary and key points only)</source>
        <translation>Sur cet ordinateur (résumé et points clés uniquement)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualiser les modèles</translation>
    </message>
    <message>
        <source>Not needed by most local servers</source>
        <translation>Inutile pour la plupart des serveurs locaux</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Conservée dans le trousseau de clés du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>A server that sends nothing for this long is given up.</source>
        <translation>La requête est abandonnée si le serveur n’envoie rien pendant cette durée.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Longer articles are cut to this many characters before they are sent.</source>
        <translation>Les articles plus longs sont coupés à ce nombre de caractères avant d’être envoyés.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Abandonner après</translation>
    </message>
    <message>
        <source>Send at most</source>
        <translation>Envoyer au plus</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Translate to</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>La langue de l’interface</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Point du jour</translation>
    </message>
    <message>
        <source>AI Features</source>
        <translation>Fonctions d’IA</translation>
    </message>
    <message>
        <source>The API key cannot be kept: %1 It is not written anywhere else.</source>
        <translation>La clé d’API ne peut pas être conservée&#xa0;: %1 Elle n’est enregistrée nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Demande de la liste des modèles au serveur…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Le serveur propose %n modèle.</numerusform>
            <numerusform>Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Langue de traduction</translation>
    </message>
</context>
<context>
    <name>Ui::AppearanceSettingsPage</name>
    <message>
        <source>Comfortable: title, source, excerpt and picture</source>
        <translation>Confortable&#xa0;: titre, source, extrait et image</translation>
    </message>
    <message>
        <source>Compact: one line per article</source>
        <translation>Compacte&#xa0;: une ligne par article</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d’accentuation</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>Liste des articles</translation>
    </message>
    <message>
        <source>List font size</source>
        <translation>Taille de police de la liste</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>Ui::ArticleCommands</name>
    <message>
        <source>Save Article as PDF</source>
        <translation>Enregistrer l’article en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The article could not be saved as %1.</source>
        <translation>L’article n’a pas pu être enregistré sous %1.</translation>
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
            <numerusform>+ %n autre source</numerusform>
            <numerusform>+ %n autres sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ArticleListPane</name>
    <message>
        <source>Search (/)</source>
        <translation>Rechercher (/)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Newest first; each article says whether it is unread or bookmarked</source>
        <translation>Les plus récents d’abord&#xa0;; chaque article indique s’il est non lu ou dans les signets</translation>
    </message>
    <message>
        <source>Words match as prefixes; &quot;quoted words&quot; as a phrase; -word excludes.
Operators: title:, author:, source:, is:unread, is:read, is:bookmarked, before: and after: a date (2026-12-31, today, yesterday, 7d).</source>
        <translation>Les mots correspondent par préfixe&#xa0;; les &quot;mots entre guillemets&quot;, comme une expression&#xa0;; -mot exclut.
Opérateurs&#xa0;: title:, author:, source:, is:unread, is:read, is:bookmarked, before: et after: suivis d’une date (2026-12-31, today, yesterday, 7d).</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>Save this search as a view in the source tree</source>
        <translation>Enregistrer cette recherche comme vue dans l’arborescence des sources</translation>
    </message>
    <message>
        <source>No article here matches “%1”.
Words match as prefixes; fewer words find more.</source>
        <translation>Aucun article ici ne correspond à « %1 ».
Les mots valent comme débuts de mots ; moins de mots trouvent davantage.</translation>
    </message>
</context>
<context>
    <name>Ui::ArticlePane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Sélectionnez un article pour le lire ici.</translation>
    </message>
    <message>
        <source>Tidings cannot show articles: %1</source>
        <translation>Tidings ne peut pas afficher les articles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::CardsView</name>
    <message>
        <source>Article cards</source>
        <translation>Cartes des articles</translation>
    </message>
    <message>
        <source>Arrow keys move between the cards; Enter reads one on its own.</source>
        <translation>Les touches fléchées passent d’une carte à l’autre&#xa0;; Entrée en ouvre une pour la lire seule.</translation>
    </message>
</context>
<context>
    <name>Ui::EmptyStateWidget</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Bienvenue dans Tidings</translation>
    </message>
    <message>
        <source>Add the news sites and feeds you follow, and their new articles will gather here. Give Tidings a website&apos;s address and it finds the feed for you.</source>
        <translation>Ajoutez les sites d’actualités et les flux que vous suivez, et leurs nouveaux articles se rassembleront ici. Donnez à Tidings l’adresse d’un site web et il trouvera le flux pour vous.</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importer un fichier OPML…</translation>
    </message>
    <message>
        <source>World news</source>
        <translation>Actualité internationale</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Science</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Or start with some well-known feeds:</source>
        <translation>Ou commencez avec quelques flux connus&#xa0;:</translation>
    </message>
    <message>
        <source>Well-known feeds</source>
        <translation>Flux connus</translation>
    </message>
    <message>
        <source>Subscribe to the ticked feeds</source>
        <translation>S’abonner aux flux cochés</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>S’abonner à un flux ou à un site web</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file from another reader</source>
        <translation>S’abonner aux flux listés dans un fichier OPML provenant d’un autre lecteur</translation>
    </message>
    <message>
        <source>Topics and their feeds; Space ticks one, then subscribe to the ticked feeds</source>
        <translation>Thèmes et leurs flux&#xa0;; Espace en coche un, puis abonnez-vous aux flux cochés</translation>
    </message>
    <message>
        <source>Subscribe to the feeds ticked above</source>
        <translation>S’abonner aux flux cochés ci-dessus</translation>
    </message>
</context>
<context>
    <name>Ui::GeneralSettingsPage</name>
    <message>
        <source>Refresh all sources when Tidings starts</source>
        <translation>Actualiser toutes les sources au démarrage de Tidings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Check for new articles every</source>
        <translation>Rechercher de nouveaux articles toutes les</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language takes effect when Tidings restarts.</source>
        <translation>La nouvelle langue prendra effet au redémarrage de Tidings.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Indéfiniment</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> articles</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Keep Tidings running in the tray when the window is closed</source>
        <translation>Garder Tidings dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Notify about new articles found in the background</source>
        <translation>Signaler les nouveaux articles trouvés en arrière-plan</translation>
    </message>
    <message>
        <source>Mark the selected article as read</source>
        <translation>Marquer l’article sélectionné comme lu</translation>
    </message>
    <message>
        <source>Remove read articles after</source>
        <translation>Conserver les articles lus pendant</translation>
    </message>
    <message>
        <source>Keep per source at most</source>
        <translation>Conserver au plus, par source</translation>
    </message>
    <message>
        <source>Bookmarked articles are always kept, whatever their age.</source>
        <translation>Les articles dans les signets sont toujours conservés, quel que soit leur âge.</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryMaintenance</name>
    <message>
        <source>Tidings found damage in your library (%1). Quit and start Tidings again: it then keeps a copy of the damaged file and recovers everything that can be read.</source>
        <translation>Tidings a trouvé des dommages dans votre bibliothèque (%1). Quittez Tidings et relancez-le&#xa0;: il gardera alors une copie du fichier endommagé et récupérera tout ce qui peut être lu.</translation>
    </message>
</context>
<context>
    <name>Ui::LibrarySettingsPage</name>
    <message>
        <source>Tidings backs up your library once a day while you leave it alone, and keeps the newest %1 backups in %2. It also checks the library for damage once a week.</source>
        <translation>Tidings sauvegarde votre bibliothèque une fois par jour pendant que vous ne l’utilisez pas, et conserve les %1 sauvegardes les plus récentes dans %2. Il vérifie aussi une fois par semaine que la bibliothèque n’est pas endommagée.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Check Library Now</source>
        <translation>&amp;Vérifier la bibliothèque maintenant</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>La bibliothèque est intacte.</translation>
    </message>
    <message>
        <source>The library is damaged: %1. Start Tidings again to repair it.</source>
        <translation>La bibliothèque est endommagée&#xa0;: %1. Relancez Tidings pour la réparer.</translation>
    </message>
    <message>
        <source>The library was restored. Start Tidings again to see it everywhere.</source>
        <translation>La bibliothèque a été restaurée. Relancez Tidings pour la voir partout.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Aucune sauvegarde pour l’instant</translation>
    </message>
    <message>
        <source>Restore the Library</source>
        <translation>Restaurer la bibliothèque</translation>
    </message>
    <message>
        <source>Replace your library with the backup of %1?</source>
        <translation>Remplacer votre bibliothèque par la sauvegarde du %1&#xa0;?</translation>
    </message>
    <message>
        <source>The library as it is now is kept as before-restore.sqlite in the backups folder.</source>
        <translation>La bibliothèque dans son état actuel est conservée sous le nom before-restore.sqlite dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;Add Source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importer un fichier OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exporter en OPML…</translation>
    </message>
    <message>
        <source>Export &amp;Bookmarks…</source>
        <translation>Exporter les &amp;signets…</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la barre d’&amp;outils</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Compact List</source>
        <translation>Liste &amp;compacte</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>Article non lu s&amp;uivant</translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation>Défiler vers le bas ou non lu suivant</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Marquer comme &amp;lu/non lu</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Signet</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>Tout &amp;marquer comme lu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>&amp;À propos de Tidings</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Share by &amp;E-mail…</source>
        <translation>Partager par &amp;e-mail…</translation>
    </message>
    <message>
        <source>Load &amp;Full Article</source>
        <translation>C&amp;harger l’article complet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website</source>
        <translation>S’abonner à un flux ou à un site web</translation>
    </message>
    <message>
        <source>Create a folder for sources</source>
        <translation>Créer un dossier pour les sources</translation>
    </message>
    <message>
        <source>Subscribe to the feeds listed in an OPML file</source>
        <translation>S’abonner aux flux listés dans un fichier OPML</translation>
    </message>
    <message>
        <source>Save your subscriptions as an OPML file</source>
        <translation>Enregistrer vos abonnements dans un fichier OPML</translation>
    </message>
    <message>
        <source>Save your bookmarked articles as a web page</source>
        <translation>Enregistrer les articles de vos signets sous forme de page web</translation>
    </message>
    <message>
        <source>Fetch new articles from every source</source>
        <translation>Récupérer les nouveaux articles de toutes les sources</translation>
    </message>
    <message>
        <source>Close Tidings</source>
        <translation>Fermer Tidings</translation>
    </message>
    <message>
        <source>Show or hide the tool bar</source>
        <translation>Afficher ou masquer la barre d’outils</translation>
    </message>
    <message>
        <source>Use the whole screen for the window</source>
        <translation>Utiliser tout l’écran pour la fenêtre</translation>
    </message>
    <message>
        <source>Show more articles in the list, without excerpts</source>
        <translation>Afficher plus d’articles dans la liste, sans extraits</translation>
    </message>
    <message>
        <source>Search the articles of the current view</source>
        <translation>Rechercher dans les articles de la vue actuelle</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Déplacer le focus clavier vers le volet suivant</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Déplacer le focus clavier vers le volet précédent</translation>
    </message>
    <message>
        <source>Show the next article in the list</source>
        <translation>Afficher l’article suivant de la liste</translation>
    </message>
    <message>
        <source>Show the previous article in the list</source>
        <translation>Afficher l’article précédent de la liste</translation>
    </message>
    <message>
        <source>Show the next unread article</source>
        <translation>Afficher l’article non lu suivant</translation>
    </message>
    <message>
        <source>Scroll the article down, or go to the next unread one at its end</source>
        <translation>Faire défiler l’article vers le bas ou, à sa fin, passer à l’article non lu suivant</translation>
    </message>
    <message>
        <source>Mark the article as read or unread</source>
        <translation>Marquer l’article comme lu ou non lu</translation>
    </message>
    <message>
        <source>Bookmark the article, or remove its bookmark</source>
        <translation>Ajouter l’article aux signets ou retirer son signet</translation>
    </message>
    <message>
        <source>Open the article&apos;s web page in your browser</source>
        <translation>Ouvrir la page web de l’article dans votre navigateur</translation>
    </message>
    <message>
        <source>Copy the address of the article&apos;s web page</source>
        <translation>Copier l’adresse de la page web de l’article</translation>
    </message>
    <message>
        <source>Write an e-mail with a link to the article</source>
        <translation>Écrire un e-mail avec un lien vers l’article</translation>
    </message>
    <message>
        <source>Load the whole article from its web page</source>
        <translation>Charger l’article complet depuis sa page web</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Imprimer l’article</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>Enregistrer l’article dans un fichier PDF</translation>
    </message>
    <message>
        <source>Make the article&apos;s text larger</source>
        <translation>Agrandir le texte de l’article</translation>
    </message>
    <message>
        <source>Make the article&apos;s text smaller</source>
        <translation>Réduire le texte de l’article</translation>
    </message>
    <message>
        <source>Show the article&apos;s text at its normal size</source>
        <translation>Afficher le texte de l’article à sa taille normale</translation>
    </message>
    <message>
        <source>Mark every article of the current view as read</source>
        <translation>Marquer comme lus tous les articles de la vue actuelle</translation>
    </message>
    <message>
        <source>Undo the last change to read states</source>
        <translation>Annuler la dernière modification des états lu/non lu</translation>
    </message>
    <message>
        <source>Change how Tidings refreshes, looks and reads</source>
        <translation>Modifier l’actualisation, l’apparence et la lecture dans Tidings</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <source>Show Tidings&apos; version</source>
        <translation>Afficher la version de Tidings</translation>
    </message>
    <message>
        <source>Show the version of Qt</source>
        <translation>Afficher la version de Qt</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet précé&amp;dent</translation>
    </message>
    <message>
        <source>Sources, the article list and the article side by side</source>
        <translation>Les sources, la liste des articles et l’article côte à côte</translation>
    </message>
    <message>
        <source>The articles as a grid of cards; Enter opens one</source>
        <translation>Les articles sous forme de grille de cartes&#xa0;; Entrée en ouvre un</translation>
    </message>
    <message>
        <source>The article list above the article</source>
        <translation>La liste des articles au-dessus de l’article</translation>
    </message>
    <message>
        <source>Only the article; Esc or F11 returns</source>
        <translation>Uniquement l’article&#xa0;; Échap ou F11 pour revenir</translation>
    </message>
    <message>
        <source>Show the sources and the articles again</source>
        <translation>Afficher à nouveau les sources et les articles</translation>
    </message>
    <message>
        <source>&amp;Three Panes</source>
        <translation>&amp;Trois volets</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>C&amp;artes</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>&amp;Large</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>Mode c&amp;oncentration</translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation>Quitter le mode concentration</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>&amp;Mute Words…</source>
        <translation>&amp;Mots masqués…</translation>
    </message>
</context>
<context>
    <name>Ui::MainStatusBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progression de l’actualisation</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>Actualisation %1 sur %2</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2: %3</source>
        <translation>Actualisation %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Refresh progress, results and errors</source>
        <translation>Progression, résultats et erreurs de l’actualisation</translation>
    </message>
    <message>
        <source>Undoes the last change</source>
        <translation>Annule la dernière modification</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>À propos de Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A news reader for people who read many sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;Un lecteur d’actualités pour celles et ceux qui lisent de nombreuses sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S’abonner</translation>
    </message>
    <message>
        <source>Subscribe to “%1”?</source>
        <translation>S’abonner à «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;S’abonner</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer un fichier OPML</translation>
    </message>
    <message numerus="yes">
        <source>Import %n source(s) from “%1”?</source>
        <translation>
            <numerusform>Importer %n source depuis «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
            <numerusform>Importer %n sources depuis «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) as read.</source>
        <translation>
            <numerusform>%n article marqué comme lu.</numerusform>
            <numerusform>%n articles marqués comme lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>Rien de non lu ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); %1 source(s) failed</source>
        <translation>
            <numerusform>%n nouvel article&#xa0;; sources en échec&#xa0;: %1</numerusform>
            <numerusform>%n nouveaux articles&#xa0;; sources en échec&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>The articles of the chosen source or view</source>
        <translation>Les articles de la source ou de la vue choisie</translation>
    </message>
    <message>
        <source>The article being read, with related articles; F6 and Shift+F6 leave it</source>
        <translation>L’article en cours de lecture, avec des articles connexes&#xa0;; F6 et Maj+F6 permettent d’en sortir</translation>
    </message>
    <message>
        <source>The Refresh Stopped</source>
        <translation>L’actualisation s’est arrêtée</translation>
    </message>
    <message>
        <source>Your Library Is Damaged</source>
        <translation>Votre bibliothèque est endommagée</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index: %Ln article(s) to go</source>
        <translation>
            <numerusform>Mise à jour de l’index de recherche&#xa0;: encore %Ln article</numerusform>
            <numerusform>Mise à jour de l’index de recherche&#xa0;: encore %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MuteDialog</name>
    <message>
        <source>Mute Words</source>
        <translation>Mots masqués</translation>
    </message>
    <message>
        <source>Articles with this word or phrase in their title or text are hidden until the end of the day you choose.</source>
        <translation>Les articles contenant ce mot ou cette expression dans leur titre ou leur texte sont masqués jusqu’à la fin du jour que vous choisissez.</translation>
    </message>
    <message>
        <source>A word from the title, or your own</source>
        <translation>Un mot du titre, ou le vôtre</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>Mo&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Hide &amp;until the end of:</source>
        <translation>Masquer &amp;jusqu’à la fin du&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ui::NetworkSettingsPage</name>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>Proxy HTTP manuel</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>A download that receives nothing for this long is given up.</source>
        <translation>Un téléchargement qui ne reçoit rien pendant cette durée est abandonné.</translation>
    </message>
    <message>
        <source>Sent to every site as the name of the program. Leave empty for Tidings&apos; own.</source>
        <translation>Envoyé à chaque site comme nom du programme. Laissez vide pour utiliser celui de Tidings.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Give up a silent download after</source>
        <translation>Abandonner un téléchargement muet après</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
</context>
<context>
    <name>Ui::OpenRequest</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a feed or a subscription list.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être un flux ou une liste d’abonnements.</translation>
    </message>
    <message>
        <source>“%1” is neither a feed nor an OPML subscription list.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un flux ni une liste d’abonnements OPML.</translation>
    </message>
</context>
<context>
    <name>Ui::ReadingSettingsPage</name>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Load images from the web in articles</source>
        <translation>Charger les images des articles depuis le web</translation>
    </message>
    <message>
        <source>Images are fetched without cookies or referrer; turned off, a site cannot tell when an article is read.</source>
        <translation>Les images sont récupérées sans cookies ni référent&#xa0;; si cette option est désactivée, un site ne peut pas savoir quand un article est lu.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Taille du texte des articles</translation>
    </message>
    <message>
        <source>Show the same story from several sources as one row</source>
        <translation>Afficher la même information venant de plusieurs sources sur une seule ligne</translation>
    </message>
    <message>
        <source>Reading one source&apos;s article marks the other sources&apos; read</source>
        <translation>Lire l’article d’une source marque comme lus ceux des autres sources</translation>
    </message>
</context>
<context>
    <name>Ui::RuleApplyController</name>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Applying the rule to your articles…</source>
        <translation>Application de la règle à vos articles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Ui::RuleEditDialog</name>
    <message>
        <source>Edit Rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>e.g. Football results</source>
        <translation>p. ex. Résultats de football</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Any of these conditions holds</source>
        <translation>L’une de ces conditions est remplie</translation>
    </message>
    <message>
        <source>All of these conditions hold</source>
        <translation>Toutes ces conditions sont remplies</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>&amp;Ajouter une condition</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Signet</translation>
    </message>
    <message>
        <source>&amp;Hide (only the Hidden view shows it)</source>
        <translation>&amp;Masquer (seule la vue Masqués l’affiche)</translation>
    </message>
    <message>
        <source>Notify &amp;me</source>
        <translation>Me n&amp;otifier</translation>
    </message>
    <message>
        <source>Add the ta&amp;g</source>
        <translation>Ajouter l’é&amp;tiquette</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>High&amp;light in the list</source>
        <translation>Mettre en év&amp;idence dans la liste</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>Count the articles of your library this rule would match</source>
        <translation>Compter les articles de votre bibliothèque que cette règle retiendrait</translation>
    </message>
    <message>
        <source>Articles the rule would match</source>
        <translation>Articles que la règle retiendrait</translation>
    </message>
    <message>
        <source>Looking at %1 of %2 articles…</source>
        <translation>Examen de %1 articles sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Would match %n article(s)</source>
        <translation>
            <numerusform>Retiendrait %n article</numerusform>
            <numerusform>Retiendrait %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Part of the article</source>
        <translation>Partie de l’article</translation>
    </message>
    <message>
        <source>How it matches</source>
        <translation>Type de correspondance</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Couleur de mise en évidence</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Give a condition a text to look for.</source>
        <translation>Indiquez dans la condition un texte à rechercher.</translation>
    </message>
    <message>
        <source>Choose what the rule does.</source>
        <translation>Choisissez ce que fait la règle.</translation>
    </message>
</context>
<context>
    <name>Ui::RulesController</name>
    <message>
        <source>Tag Article</source>
        <translation>Étiqueter l’article</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Mute Words</source>
        <translation>Mots masqués</translation>
    </message>
</context>
<context>
    <name>Ui::RulesSettingsPage</name>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rules act on new articles as they arrive. A rule you save also runs once on the articles you already have.</source>
        <translation>Les règles agissent sur les nouveaux articles dès leur arrivée. Une règle que vous enregistrez s’applique aussi une fois aux articles que vous avez déjà.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Mute words</source>
        <translation>Mots masqués</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>A word or phrase to hide</source>
        <translation>Un mot ou une expression à masquer</translation>
    </message>
    <message>
        <source>Word to mute</source>
        <translation>Mot à masquer</translation>
    </message>
    <message>
        <source>Hide until</source>
        <translation>Masquer jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>until the end of</source>
        <translation>jusqu’à la fin du</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>a expiré le %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Remove the rule “%1”? What it already did to articles stays.</source>
        <translation>Supprimer la règle «&#xa0;%1&#xa0;»&#xa0;? Ce qu’elle a déjà fait aux articles est conservé.</translation>
    </message>
</context>
<context>
    <name>Ui::SavedSearchController</name>
    <message>
        <source>Save This Search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nom de la recherche enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Impossible d’enregistrer la recherche</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Renommage impossible</translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation>Impossible de supprimer la recherche enregistrée</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Open in Browser (article list)</source>
        <translation>Ouvrir dans le navigateur (liste des articles)</translation>
    </message>
</context>
<context>
    <name>Ui::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Load the full article from the website</source>
        <translation>Charger l’article complet depuis le site web</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Feed address:</source>
        <translation>Adresse du &amp;flux&#xa0;:</translation>
    </message>
    <message>
        <source>Only for feeds that ask for one</source>
        <translation>Uniquement pour les flux qui en demandent un</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the library or the settings file.</source>
        <translation>Conservé dans le trousseau de clés du système, jamais dans la bibliothèque ni dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;Paused: not refreshed until resumed</source>
        <translation>En &amp;pause&#xa0;: aucune actualisation jusqu’à la reprise</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualiser toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be saved. It is not written anywhere else; clear it to save the other changes.</source>
        <translation>Aucun trousseau de clés système n’est disponible&#xa0;: le mot de passe ne peut pas être enregistré. Il n’est écrit nulle part ailleurs&#xa0;; effacez-le pour enregistrer les autres modifications.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>Ui::SourcePane</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Renommage impossible</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its sources move up a level.</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;? Ses sources remontent d’un niveau.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are removed, except the bookmarked ones.</source>
        <translation>Se désabonner de «&#xa0;%1&#xa0;»&#xa0;? Ses articles sont supprimés, sauf ceux qui sont dans les signets.</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Mark All as &amp;Read</source>
        <translation>Tout marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Open Website</source>
        <translation>&amp;Ouvrir le site web</translation>
    </message>
    <message>
        <source>&amp;Notify About New Articles</source>
        <translation>Signaler les &amp;nouveaux articles</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>Se &amp;désabonner…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>Views, folders and sources, each with its number of unread articles; the menu key opens a source&apos;s commands</source>
        <translation>Vues, dossiers et sources, chacun avec son nombre d’articles non lus&#xa0;; la touche Menu ouvre les commandes d’une source</translation>
    </message>
    <message>
        <source>New Ru&amp;le for This Source…</source>
        <translation>Nouvelle rè&amp;gle pour cette source…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>Su&amp;pprimer la recherche enregistrée</translation>
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
        <translation>Dossiers et sources</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Subscribe to a feed</source>
        <translation>S’abonner à un flux</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected source (Enter)</source>
        <translation>Modifier la source sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected source, or delete the selected folder (Delete)</source>
        <translation>Se désabonner de la source sélectionnée ou supprimer le dossier sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Make a folder inside the selected one, or at the top</source>
        <translation>Créer un dossier dans le dossier sélectionné ou au premier niveau</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importer un fichier OPML…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of a subscription list</source>
        <translation>S’abonner aux flux d’une liste d’abonnements</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>E&amp;xporter en OPML…</translation>
    </message>
    <message>
        <source>Save your subscriptions as a subscription list</source>
        <translation>Enregistrer vos abonnements dans une liste d’abonnements</translation>
    </message>
    <message>
        <source>Select a source to see its details.</source>
        <translation>Sélectionnez une source pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>Flux&#xa0;:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>Last fetched:</source>
        <translation>Dernière récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation>Actualisation&#xa0;:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>En pause&#xa0;:</translation>
    </message>
    <message>
        <source>Full article:</source>
        <translation>Article complet&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Changes on this page are made at once; Cancel does not undo them.</source>
        <translation>Les modifications de cette page s’appliquent immédiatement&#xa0;; Annuler ne les défait pas.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Intervalle de %n minute</numerusform>
            <numerusform>Intervalle de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>As set under General</source>
        <translation>Selon le réglage de la page Général</translation>
    </message>
    <message>
        <source>Yes: not refreshed until resumed</source>
        <translation>Oui&#xa0;: aucune actualisation jusqu’à la reprise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Loaded from the website</source>
        <translation>Chargé depuis le site web</translation>
    </message>
    <message>
        <source>As the feed gives it</source>
        <translation>Tel que fourni par le flux</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>Cannot subscribe</source>
        <translation>Abonnement impossible</translation>
    </message>
    <message>
        <source>You are already subscribed to this feed.</source>
        <translation>Vous êtes déjà abonné à ce flux.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer un fichier OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 n’est pas une liste d’abonnements&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>%n source importée.</numerusform>
            <numerusform>%n sources importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed or listed twice.</source>
        <translation>
            <numerusform>%n déjà abonnée ou listée deux fois.</numerusform>
            <numerusform>%n déjà abonnées ou listées deux fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n n’a pas pu être importée.</numerusform>
            <numerusform>%n n’ont pas pu être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exporter en OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Fichiers OPML (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Abonnements Tidings</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Subscriptions exported to %1.</source>
        <translation>Abonnements exportés vers %1.</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>Exporter les signets</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation>Page web (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) exported to %1.</source>
        <translation>
            <numerusform>%n signet exporté vers %1.</numerusform>
            <numerusform>%n signets exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be synced</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting — %1</source>
        <translation>
            <numerusform>%n modification en attente — %1</numerusform>
            <numerusform>%n modifications en attente — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be synced: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être synchronisé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <source>Show Tidings</source>
        <translation>Afficher Tidings</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread</source>
        <translation>
            <numerusform>Tidings&#xa0;: %n non lu</numerusform>
            <numerusform>Tidings&#xa0;: %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more source(s)</source>
        <translation>
            <numerusform>et %n autre source</numerusform>
            <numerusform>et %n autres sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) matched your rules</source>
        <translation>
            <numerusform>%n nouvel article correspond à vos règles</numerusform>
            <numerusform>%n nouveaux articles correspondent à vos règles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::WebArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Vue de lecture</translation>
    </message>
    <message>
        <source>Tab goes from link to link; F6 and Shift+F6 leave the page</source>
        <translation>Tab passe d’un lien à l’autre&#xa0;; F6 et Maj+F6 permettent de quitter la page</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>tidings: cannot open the window: %1</source>
        <translation>tidings&#xa0;: impossible d’ouvrir la fenêtre&#xa0;: %1</translation>
    </message>
</context>
</TS>
