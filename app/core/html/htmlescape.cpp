#include "html/htmlescape.h"

#include <array>

namespace Html::Private {
namespace {

enum : unsigned char { Copy, Drop, Amp, Lt, Gt, Quot };

constexpr std::array<unsigned char, 256> makeTable(bool attribute)
{
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[std::size_t(c)] = Drop;
    table['\t'] = Copy;
    table['\n'] = Copy;
    table['\r'] = Copy;
    table['&'] = Amp;
    table['<'] = Lt;
    table['>'] = Gt;
    if (attribute)
        table['"'] = Quot;
    return table;
}

constexpr std::array<unsigned char, 256> kTextTable = makeTable(false);
constexpr std::array<unsigned char, 256> kAttributeTable = makeTable(true);

void appendEscaped(std::string_view text, const std::array<unsigned char, 256> &table,
                   std::string &out)
{
    std::size_t run = 0; // start of the pending stretch that needs no escaping
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char action = table[static_cast<unsigned char>(text[i])];
        if (action == Copy)
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (action) {
        case Amp:
            out += "&amp;";
            break;
        case Lt:
            out += "&lt;";
            break;
        case Gt:
            out += "&gt;";
            break;
        case Quot:
            out += "&quot;";
            break;
        default:
            break;
        }
    }
    out.append(text.data() + run, text.size() - run);
}

} // namespace

void appendEscapedText(std::string_view text, std::string &out)
{
    appendEscaped(text, kTextTable, out);
}

void appendEscapedAttribute(std::string_view value, std::string &out)
{
    appendEscaped(value, kAttributeTable, out);
}

} // namespace Html::Private
