#include "article.hpp"

#include <algorithm>

#include "builders.hpp"
#include "prose/sentences.hpp"
#include "site/namespaces.hpp"
#include "text.hpp"

namespace citelint::model {

namespace {

// Whether `canonical` is one of a dump's own names of a namespace.
bool dump_name(std::span<const std::string> names, std::string_view canonical) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& n) { return canonical_title(n) == canonical; });
}

} // namespace

// A site the page's own dump claims may not narrow the names (DBpedia's dumps carry English
// Wikipedia's <siteinfo> over every language's pages).
bool ModelOptions::file_namespace(std::string_view canonical_prefix) const {
    const bool known = site && !site_from_page;
    return (known ? is_file_namespace(canonical_prefix, site->language)
                  : is_file_namespace(canonical_prefix)) ||
           dump_name(file_namespaces, canonical_prefix);
}

bool ModelOptions::category_namespace(std::string_view canonical_prefix) const {
    const bool known = site && !site_from_page;
    return (known ? is_category_namespace(canonical_prefix, site->language)
                  : is_category_namespace(canonical_prefix)) ||
           dump_name(category_namespaces, canonical_prefix);
}

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
    for (const std::uint32_t at : a.syntax.unclosed_templates) {
        std::string_view rest = a.source->text().substr(at + 2);
        rest = rest.substr(0, std::min<std::size_t>(rest.find_first_of("|}\n<{"), 60));
        a.unclosed_templates.push_back({at, php_trim(rest)});
    }
}

Article build_article(const Source& source, const ModelOptions& options) {
    Article article;
    article.source = &source;
    article.options = options;
    article.syntax = syntax::parse(source.text());
    collect_template_titles(article);
    article.dialect = options.dialect ? *options.dialect : detect_dialect(source, article.syntax);
    article.catalogues = options.catalogues ? options.catalogues : &Catalogues::builtin();
    collect_placeholders(article);
    collect_structure(article);
    collect_end_matter(article);
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
