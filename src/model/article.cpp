#include "article.hpp"

#include <algorithm>

#include "builders.hpp"
#include "prose/sentences.hpp"
#include "text.hpp"

namespace citelint::model {

std::uint32_t Article::section_at(std::uint32_t offset) const {
    const auto it =
        std::upper_bound(sections.begin() + (sections.empty() ? 0 : 1), sections.end(), offset,
                         [](std::uint32_t at, const Section& s) { return at < s.heading.begin; });
    return static_cast<std::uint32_t>(std::max<std::ptrdiff_t>(it - sections.begin() - 1, 0));
}

void collect_template_titles(Article& a) {
    const std::vector<syntax::Node>& nodes = a.syntax.nodes;
    a.template_title_spans.assign(nodes.size(), Span{});
    std::string text; // the titles one after another
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const syntax::Node& n = nodes[i];
        if (n.kind != syntax::NodeKind::template_call) continue;
        const std::string_view written = php_trim(a.source->slice(n.name));
        const auto begin = static_cast<std::uint32_t>(text.size());
        // Comments in names are rare: strip_comments() copies only when there is one.
        if (written.find("<!--") == std::string_view::npos)
            append_canonical_title(text, written);
        else
            append_canonical_title(text, strip_comments(written));
        a.template_title_spans[i] = {begin, static_cast<std::uint32_t>(text.size())};
    }
    a.template_title_text.assign(text.begin(), text.end());
}

Article build_article(const Source& source, const ModelOptions& options) {
    Article article;
    article.source = &source;
    article.options = options;
    article.syntax = syntax::parse(source.text());
    collect_template_titles(article);
    article.dialect = options.dialect ? *options.dialect : detect_dialect(source, article.syntax);
    article.catalogues = options.catalogues ? options.catalogues : &Catalogues::builtin();
    collect_structure(article);
    if (options.claims.captions || options.claims.tables) collect_optional_prose(article);
    collect_references(article, article.catalogues->references);
    collect_citations(article, article.catalogues->citations);
    collect_footnotes(article, article.catalogues->footnotes);
    // After the footnotes: Module:Footnotes names the refs {{sfn}} makes.
    run_cite(article);
    collect_citation_points(article);
    collect_written_citations(article);
    join_citation_lines(article);
    collect_marks(article, article.catalogues->citation_needed, article.catalogues->months);
    if (!options.sentences) {
        // Left out: no rule of this run reads sentences.
    } else if (options.segmenter) {
        collect_sentences(article, *options.segmenter);
    } else {
        SentenceSegmenter segmenter;
        collect_sentences(article, segmenter);
    }
    if (options.sentences) {
        mark_non_claims(article);
        mark_attributed_statistics(article);
        collect_prose_words(article);
    }
    return article;
}

} // namespace citelint::model
