#pragma once

#include "html/articledocument.h"

#include <optional>
#include <vector>

namespace Html::Private {

// How strict one attempt is. A page whose article is lost to the strict rules (a whole page
// wrapped in a <form>, a content div named "main-with-sidebar") is tried again with fewer.
struct ExtractionPass
{
    bool stripUnlikely = true;      // drop furniture by class, id, role, nav/aside/footer/...
    bool weightClasses = true;      // class and id hints add to and take from scores
    bool cleanConditionally = true; // prune link lists, image galleries and forms in the content
};

// The article's part of a page: the nodes to write, in document order, and every node below
// them to leave out.
struct ContentSelection
{
    std::vector<int> roots;
    std::vector<char> removed;
};

// Scores blocks of text and chooses the container of the article with its related siblings.
class ContentScorer final
{
public:
    ContentScorer(const ArticleDocument &document, ExtractionPass pass);

    // Empty when no block of the page looks like article text.
    [[nodiscard]] std::optional<ContentSelection> select();

private:
    struct Counts
    {
        int paragraphs = 0;
        int images = 0;
        int listItems = 0;
        int inputs = 0;
        int embeds = 0;
    };

    void markNoise();
    void measure();
    void scoreParagraphs();
    [[nodiscard]] const std::vector<int> &inlineContent(int holder) const;
    void addUnit(int container, int length, int commas);
    void initialize(int candidate);
    [[nodiscard]] int topCandidate() const;
    [[nodiscard]] std::vector<int> withSiblings(int top) const;
    void clean(const std::vector<int> &roots);
    [[nodiscard]] bool shouldRemove(int index) const;
    [[nodiscard]] double linkDensity(int index) const;
    [[nodiscard]] bool isRemoved(int index) const { return m_removed[std::size_t(index)] != 0; }

    const ArticleDocument &m_document;
    ExtractionPass m_pass;
    std::vector<char> m_removed;
    std::vector<int> m_length; // weighted text length of the subtree, removed parts excluded
    std::vector<int> m_linkLength;
    std::vector<int> m_commas;
    std::vector<Counts> m_counts;
    std::vector<double> m_score;
    std::vector<char> m_candidate;
};

} // namespace Html::Private
