// The steps that build an Article (build_article() in article.cpp), one job per file: private
// to the model, whose .cpp files include it; rules and renderers read the finished Article.
#pragma once

#include <cstdint>
#include <vector>

#include "article.hpp"

namespace citelint::model {

void collect_template_titles(Article& article); // and the unclosed templates' names
void collect_placeholders(Article& article);    // rendered dialect; before collect_references
void collect_structure(Article& article);
void collect_end_matter(Article& article);
void collect_optional_prose(Article& article); // captions and table cells, as the options ask
void collect_references(Article& article, const ReferenceTemplates& catalogue);
void run_cite(Article& article);
void collect_citations(Article& article, const CitationTemplates& catalogue);
void collect_footnotes(Article& article, const FootnoteTemplates& catalogue);
void collect_citation_points(Article& article);
// Author-date citations written into the paragraphs as text ("(Knuth 1973:5)", "Sidwell (2011)"),
// added to the page's citation points (after collect_footnotes: a citation's anchor tells one).
void collect_written_citations(Article& article);
// A line that holds only citation points, right after a paragraph's last line, is that
// paragraph's, and so is the text on the line after it (MediaWiki joins lines with no blank
// line between them).
void join_citation_lines(Article& article);
void collect_marks(Article& article, const CitationNeededTemplates& catalogue,
                   const MonthNames& months);
void collect_sentences(Article& article, SentenceSegmenter& segmenter);
void collect_prose_words(Article& article); // after collect_sentences
// Marks the sentences that state nothing a source could support (after collect_sentences).
void mark_non_claims(Article& article);
// Marks the paragraphs of statistics a section's opening attribution sources.
void mark_attributed_statistics(Article& article);
// The citation points in, after and before each block quotation, once the sentences are known
// (`appendix`: per section, whether it holds sources or links).
void attach_block_quotes(Article& article, const std::vector<std::uint8_t>& appendix);
Dialect detect_dialect(const Source& source, const syntax::Syntax& syntax);

// Whether a syntax node lies inside a ref: a <ref> tag (or <references>), or the content of a
// template that makes refs or lists of them ({{efn}}, {{#tag:ref}}, {{reflist|refs=}}).
bool inside_ref(const Article& article, std::uint32_t node);

} // namespace citelint::model
