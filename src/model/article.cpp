#include "article.hpp"

#include <algorithm>

#include "prose/sentences.hpp"
#include "text.hpp"

namespace citelint::model {

std::string_view cite_message_key(CiteKey key) {
    switch (key) {
    case CiteKey::ref_too_many_keys:
        return "cite_error_ref_too_many_keys";
    case CiteKey::ref_parameter_suggestion:
        return "cite_error_ref_parameter_suggestion";
    case CiteKey::references_invalid_parameters:
        return "cite_error_references_invalid_parameters";
    case CiteKey::ref_invalid_dir:
        return "cite_error_ref_invalid_dir";
    case CiteKey::ref_conflicting_dir:
        return "cite_error_ref_conflicting_dir";
    case CiteKey::ref_numeric_key:
        return "cite_error_ref_numeric_key";
    case CiteKey::ref_follow_conflicts:
        return "cite_error_ref_follow_conflicts";
    case CiteKey::details_missing_parent:
        return "cite_error_details_missing_parent";
    case CiteKey::ref_with_details_no_name:
        return "cite_error_ref_with_details_no_name";
    case CiteKey::ref_no_key:
        return "cite_error_ref_no_key";
    case CiteKey::ref_no_input:
        return "cite_error_ref_no_input";
    case CiteKey::included_ref:
        return "cite_error_included_ref";
    case CiteKey::details_unsupported_context:
        return "cite_error_details_unsupported_context";
    case CiteKey::references_group_mismatch:
        return "cite_error_references_group_mismatch";
    case CiteKey::references_no_key:
        return "cite_error_references_no_key";
    case CiteKey::empty_references_define:
        return "cite_error_empty_references_define";
    case CiteKey::references_missing_key:
        return "cite_error_references_missing_key";
    case CiteKey::references_duplicate_key:
        return "cite_error_references_duplicate_key";
    case CiteKey::references_no_text:
        return "cite_error_references_no_text";
    case CiteKey::group_refs_without_references:
        return "cite_error_group_refs_without_references";
    case CiteKey::included_references:
        return "cite_error_included_references";
    }
    return "";
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
