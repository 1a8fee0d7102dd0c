// The visible text of prose: a paragraph's wikitext with markup removed, every byte of it
// mapped back to the source, so that sentences found on the text are spans of the source.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "../article.hpp"

namespace citelint::model {

// Appends the projection of source spans to Article::prose_text and Article::prose_pieces.
// What stays: text, the labels of wikilinks and external links, the contents of HTML tags,
// the shown arguments of the templates of rules/data/visible_templates.tsv, character
// references decoded. What goes: refs, other templates, comments, extension tags but
// <nowiki> and <poem>, file and category links, bold and italic quote marks, behaviour
// switches (__NOTOC__), and in the rendered dialect the `Template:Name` placeholders. Newlines
// and tabs, and the tags of blocks and lines (<br>, <li>, <td>), become spaces.
class ProseProjector {
  public:
    explicit ProseProjector(Article& article);
    void project(Span span);

  private:
    Article& a_;
    const std::vector<syntax::Node>& nodes_;
    std::string_view src_;
    std::vector<Span> drops_; // rendered dialect: placeholders, sorted

    void emit_verbatim(std::uint32_t begin, std::uint32_t end);
    void emit(std::string_view text, Span source);
    // `first`: the first node that may lie in [begin, end) (nodes come in document order).
    void span(std::uint32_t begin, std::uint32_t end, std::uint32_t first);
    void text_run(std::uint32_t begin, std::uint32_t end);
    void plain_run(std::uint32_t begin, std::uint32_t end);
    void node(std::uint32_t index);
    void template_call(std::uint32_t index);
    void wikilink(std::uint32_t index);
    void external_link(std::uint32_t index);
    void space_after_dropped_citation(std::uint32_t end);
};

// Where a position of the prose text lies in the source: the first byte of the character at
// `text`, and the end of the character before `text`.
std::uint32_t prose_source_begin(std::span<const ProsePiece> pieces, std::uint32_t text);
std::uint32_t prose_source_end(std::span<const ProsePiece> pieces, std::uint32_t text);
// Where a source offset that lies in no piece (a dropped construct) falls in the prose text:
// before the first piece that starts at or after it.
std::uint32_t prose_text_at(std::span<const ProsePiece> pieces, std::uint32_t source,
                            std::uint32_t text_end);

} // namespace citelint::model
