#pragma once

#include "html/articledocument.h"

#include <QString>

#include <vector>

namespace Html::Private {

// Writes the chosen part of a page, leaving out every node marked removed: as HTML for the
// sanitizer, and as plain text with one block per line.
class ContentWriter final
{
public:
    ContentWriter(const ArticleDocument &document, const std::vector<char> &removed);

    // Unsanitized HTML of the roots. Table and list parts without their table or list become
    // <div>, forms become <div> (the sanitizer would drop a form with its content), and lazily
    // loaded images get their real source.
    [[nodiscard]] QString html(const std::vector<int> &roots) const;
    // The text of the roots: whitespace collapsed, a line per block, no empty lines.
    [[nodiscard]] QString text(const std::vector<int> &roots) const;
    // text() of one node on a single line.
    [[nodiscard]] QString line(int root) const;

private:
    void writeElement(int index, bool tableOpen, bool listOpen, std::string &out) const;

    const ArticleDocument &m_document;
    const std::vector<char> &m_removed;
};

} // namespace Html::Private
