// The figures of one document that the machine formats report beside its diagnostics.
#include <algorithm>

#include "../model/article.hpp"
#include "renderer.hpp"

namespace citelint::report {

Figures figures_of(const model::Article& article) {
    Figures figures;
    figures.refs = article.refs.size();
    figures.citation_points = article.page_citation_points.size();
    if (article.options.sentences) {
        figures.sentences = article.sentences.size();
        figures.covered_sentences = static_cast<std::size_t>(
            std::count_if(article.sentences.begin(), article.sentences.end(),
                          [](const model::Sentence& s) { return s.covered; }));
    }
    return figures;
}

} // namespace citelint::report
