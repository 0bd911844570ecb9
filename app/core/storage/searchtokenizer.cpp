#include "storage/searchtokenizer.h"

#include <QtGlobal>

#include <cstring>
#include <limits>
#include <memory>

#include <sqlite3.h>

namespace Storage::SearchTokenizer {

namespace {

// Starts text split into tokens: no UTF-8 text starts with it, and what the index is given
// (titles, authors, plain texts of articles) comes from QString.
constexpr char Marker = '\xff';
// Between the tokens: unicode61 never puts a space into one.
constexpr char Separator = ' ';

// The options the index has always tokenized with; fixed, so that the tokens the pool finds
// are the ones the index finds in a query or in the values that remove an article.
const char *Unicode61Options[] = {"remove_diacritics", "2"};
constexpr int Unicode61OptionCount = 2;

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

fts5_api *fts5Of(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

struct Unicode61
{
    fts5_tokenizer functions{};
    void *context = nullptr;
};

bool findUnicode61(fts5_api *api, Unicode61 *found)
{
    return api &&
           api->xFindTokenizer(api, "unicode61", &found->context, &found->functions) == SQLITE_OK;
}

// One unicode61 tokenizer, with the fixed options.
class Delegate final
{
public:
    explicit Delegate(const Unicode61 &unicode61) : m_functions(unicode61.functions)
    {
        if (m_functions.xCreate(unicode61.context, Unicode61Options, Unicode61OptionCount,
                                &m_tokenizer) != SQLITE_OK)
            m_tokenizer = nullptr;
    }
    ~Delegate()
    {
        if (m_tokenizer)
            m_functions.xDelete(m_tokenizer);
    }
    Q_DISABLE_COPY_MOVE(Delegate)

    [[nodiscard]] bool isValid() const { return m_tokenizer; }
    int tokenize(void *context, int flags, const char *text, int length,
                 TokenCallback onToken) const
    {
        return m_functions.xTokenize(m_tokenizer, context, flags, text, length, onToken);
    }

private:
    fts5_tokenizer m_functions;
    Fts5Tokenizer *m_tokenizer = nullptr;
};

// The index's side: tokens as pretokenized() wrote them are only split; anything else, and
// every query, goes to unicode61.
int emitPretokenized(void *context, const char *text, int length, TokenCallback onToken)
{
    const char *const end = text + length;
    for (const char *token = text + 1; token < end;) {
        const auto *separator =
            static_cast<const char *>(std::memchr(token, Separator, size_t(end - token)));
        const char *const tokenEnd = separator ? separator : end;
        if (tokenEnd > token) {
            const int start = int(token - text);
            if (const int status =
                    onToken(context, 0, token, int(tokenEnd - token), start, int(tokenEnd - text));
                status != SQLITE_OK)
                return status;
        }
        token = tokenEnd + 1;
    }
    return SQLITE_OK;
}

int createTokenizer(void *registration, const char **, int optionCount, Fts5Tokenizer **created)
{
    if (optionCount != 0)
        return SQLITE_ERROR; // the options are fixed, see Unicode61Options
    auto delegate = std::make_unique<Delegate>(*static_cast<const Unicode61 *>(registration));
    if (!delegate->isValid())
        return SQLITE_ERROR;
    *created = reinterpret_cast<Fts5Tokenizer *>(delegate.release());
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Delegate *>(tokenizer);
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int length,
             TokenCallback onToken)
{
    if ((flags & FTS5_TOKENIZE_DOCUMENT) && length > 0 && text[0] == Marker)
        return emitPretokenized(context, text, length, onToken);
    return reinterpret_cast<const Delegate *>(tokenizer)->tokenize(context, flags, text, length,
                                                                   onToken);
}

// The pool's side. unicode61 is found on a connection of this module's own, never closed:
// the threads' tokenizers made from it may outlive any static object.
const Unicode61 *processUnicode61()
{
    static const Unicode61 *const found = [] {
        sqlite3 *handle = nullptr;
        auto unicode61 = std::make_unique<Unicode61>();
        if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
            !findUnicode61(fts5Of(handle), unicode61.get())) {
            sqlite3_close(handle);
            return static_cast<Unicode61 *>(nullptr);
        }
        return unicode61.release();
    }();
    return found;
}

int appendToken(void *tokens, int, const char *token, int length, int, int)
{
    auto *const out = static_cast<QByteArray *>(tokens);
    if (out->size() > 1)
        out->append(Separator);
    out->append(token, length);
    return SQLITE_OK;
}

} // namespace

bool registerOn(sqlite3 *handle, QString *errorMessage)
{
    fts5_api *const api = handle ? fts5Of(handle) : nullptr;
    auto unicode61 = std::make_unique<Unicode61>();
    if (findUnicode61(api, unicode61.get())) {
        fts5_tokenizer functions{createTokenizer, deleteTokenizer, tokenize};
        const auto destroy = [](void *registration) {
            delete static_cast<Unicode61 *>(registration);
        };
        if (api->xCreateTokenizer(api, Name, unicode61.get(), &functions, destroy) == SQLITE_OK) {
            unicode61.release(); // FTS5's now, for destroy
            return true;
        }
    }
    if (errorMessage) {
        *errorMessage = handle ? QStringLiteral("FTS5 is not available: %1")
                                     .arg(QString::fromUtf8(sqlite3_errmsg(handle)))
                               : QStringLiteral("not an SQLite connection");
    }
    return false;
}

QByteArray pretokenized(QStringView text)
{
    if (text.isEmpty())
        return {};
    QByteArray utf8 = text.toUtf8();
    thread_local const std::unique_ptr<const Delegate> delegate = [] {
        const Unicode61 *const unicode61 = processUnicode61();
        return unicode61 ? std::make_unique<const Delegate>(*unicode61) : nullptr;
    }();
    // Plain text is always right, only slower to index: the fallback.
    if (!delegate || !delegate->isValid() || utf8.size() > std::numeric_limits<int>::max())
        return utf8;
    QByteArray tokens;
    tokens.reserve(utf8.size() + 1);
    tokens.append(Marker);
    if (delegate->tokenize(&tokens, FTS5_TOKENIZE_DOCUMENT, utf8.constData(), int(utf8.size()),
                           appendToken) != SQLITE_OK)
        return utf8;
    return tokens.size() > 1 ? tokens : QByteArray();
}

} // namespace Storage::SearchTokenizer
