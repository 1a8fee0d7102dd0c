// The prose the claims options add to the page's paragraphs (../shared/spec/unsourced-claims.md
// makes captions and tables configurable; by default neither is prose):
// - --claims-captions: the caption of a file link ([[File:x.jpg|thumb|Caption.]]) and of each
//   image of a <gallery> is a paragraph of its own; a caption of fewer than four words is a
//   label, not prose.
// - --claims-tables: a table data cell that holds a sentence (six words or more, with a
//   sentence's end) is a paragraph of its own; the citations in the later cells of its row (a
//   "Ref" column) are its own.
#include <algorithm>

#include "../article.hpp"
#include "../builders.hpp"
#include "../site/namespaces.hpp"
#include "../text.hpp"
#include "claims.hpp"

namespace citelint::model {

namespace {

using syntax::NodeKind;
using syntax::Tag;

// The options of an image link that are not its caption (MediaWiki's img_* magic words in
// languages/messages/MessagesEn.php, with the German, French, Spanish, Italian, Portuguese,
// Russian and Dutch names): a last argument that is one of these leaves the image uncaptioned.
constexpr std::string_view image_options[] = {
    "thumb",      "thumbnail", "frame",
    "framed",     "frameless", "border",
    "left",       "right",     "center",
    "centre",     "none",      "upright",
    "baseline",   "sub",       "super",
    "sup",        "top",       "text-top",
    "middle",     "bottom",    "text-bottom",
    "mini",       "miniatur",  "hochkant",
    "links",      "rechts",    "zentriert",
    "ohne",       "rahmen",    "rahmenlos",
    "vignette",   "gauche",    "droite",
    "centré",     "néant",     "cadre",
    "sans_cadre", "redresse",  "miniaturadeimagen",
    "miniatura",  "izquierda", "derecha",
    "centro",     "no",        "marco",
    "sinmarco",   "destra",    "sinistra",
    "esquerda",   "direita",   "мини",
    "миниатюра",  "справа",    "слева",
    "центр",      "рамка",     "без",
    "links",      "rechts",    "gecentreerd",
    "geen",
};

bool image_option(std::string_view argument) {
    argument = php_trim(argument);
    if (argument.empty()) return true;
    // Sizes (200px, x120px, 100x80px) and keyed options (alt=, link=, upright=0.8, page=).
    if (argument.size() > 2 && argument.substr(argument.size() - 2) == "px") return true;
    const auto equals = argument.find('=');
    if (equals != std::string_view::npos && equals < 20 &&
        argument.substr(0, equals).find(' ') == std::string_view::npos)
        return true;
    const std::string lower = ascii_lower(argument);
    return std::find(std::begin(image_options), std::end(image_options), lower) !=
           std::end(image_options);
}

bool file_target(std::string_view target, const ModelOptions& options) {
    const auto colon = target.find(':');
    if (colon == std::string_view::npos || (!target.empty() && target.front() == ':')) return false;
    const std::string prefix = canonical_title(target.substr(0, colon));
    return options.file_namespace(prefix);
}

// The arguments of a link or a gallery line, split at the '|' that stand outside the nodes
// nested in it (children of `parent`, from `first`).
std::vector<Span> arguments(const Article& a, Span inside, std::uint32_t parent,
                            std::uint32_t first) {
    const auto& nodes = a.syntax.nodes;
    const std::string_view text = a.source->text();
    std::vector<Span> out;
    std::uint32_t begin = inside.begin, j = first;
    for (std::uint32_t at = inside.begin; at < inside.end; ++at) {
        while (j < nodes.size() && nodes[j].whole.begin < inside.end &&
               (nodes[j].parent != parent || nodes[j].whole.end <= at))
            ++j;
        if (j < nodes.size() && nodes[j].parent == parent && nodes[j].whole.begin <= at &&
            at < nodes[j].whole.end) {
            at = nodes[j].whole.end - 1;
            continue;
        }
        if (text[at] == '|') {
            out.push_back({begin, at});
            begin = at + 1;
        }
    }
    out.push_back({begin, inside.end});
    return out;
}

// The span of a text without the blanks around it.
Span trimmed_span(const Article& a, Span span) {
    const std::string_view text = a.text(span);
    const std::string_view trimmed = php_trim(text);
    const auto begin = span.begin + static_cast<std::uint32_t>(trimmed.data() - text.data());
    return {begin, begin + static_cast<std::uint32_t>(trimmed.size())};
}

// Whether the paragraphs built from the page's lines hold an offset (an added paragraph must
// not overlap them).
bool in_paragraph(const Article& a, std::uint32_t offset) {
    const auto after =
        std::upper_bound(a.paragraphs.begin(), a.paragraphs.end(), offset,
                         [](std::uint32_t at, const Paragraph& p) { return at < p.span.begin; });
    return after != a.paragraphs.begin() && std::prev(after)->span.end > offset;
}

void add_caption(Article& a, std::vector<Paragraph>& out, Span caption) {
    // An image inside a paragraph's line is not shown in its text.
    if (in_paragraph(a, caption.begin)) return;
    const Span span = trimmed_span(a, caption);
    // A caption of a few words names what the image shows ("Arch of Trajan"); it claims
    // nothing a source could support.
    if (count_words(a.text(span)) < 4) return;
    out.push_back(Paragraph{span, a.section_at(span.begin), {}, true});
}

// The index of the first node that begins at or after an offset.
std::uint32_t first_node_at(const std::vector<syntax::Node>& nodes, std::uint32_t offset) {
    const auto it = std::lower_bound(
        nodes.begin(), nodes.end(), offset,
        [](const syntax::Node& n, std::uint32_t at) { return n.whole.begin < at; });
    return static_cast<std::uint32_t>(it - nodes.begin());
}

// A cell that reads as prose: six words or more, and a sentence's end in it: a full stop, '!'
// or '?' after a word of three lower-case letters or more (not an initial, "F.", nor "Co.").
bool prose_cell(std::string_view text) {
    if (count_words(text) < 6) return false;
    const auto lower = [](char c) {
        return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    };
    for (std::size_t at = text.find_first_of(".!?"); at != std::string_view::npos;
         at = text.find_first_of(".!?", at + 1)) {
        if (at + 1 < text.size() && text[at + 1] != ' ' && text[at + 1] != '\n' &&
            text[at + 1] != '<')
            continue;
        std::size_t letters = 0;
        while (letters < at && lower(text[at - letters - 1]))
            ++letters;
        if (letters >= 3) return true;
    }
    for (std::string_view stop : other_script_stops)
        if (text.find(stop) != std::string_view::npos) return true;
    return false;
}

// The data cells of the page's top-level tables that read as prose, with their rows. A cell
// runs from its marker ("|" at a line's start, or "||") to the next marker; "attributes |"
// before its text are left out; header cells ("!") and the table's caption ("|+") are not
// prose.
void collect_table_cells(Article& a, std::vector<Paragraph>& out) {
    const auto& nodes = a.syntax.nodes;
    const std::string_view text = a.source->text();
    struct Cell {
        Span span;
        bool data = false;
    };
    std::vector<Cell> row_cells;
    std::uint32_t depth = 0, row_begin = 0;
    bool in_cell = false, data = false;
    std::uint32_t cell_begin = 0;
    const auto end_cell = [&](std::uint32_t at) {
        if (in_cell) row_cells.push_back({{cell_begin, at}, data});
        in_cell = false;
    };
    const auto end_row = [&](std::uint32_t at) {
        for (const Cell& c : row_cells) {
            if (!c.data) continue;
            // "style=... | text": the text is after the first '|' outside the nodes in it.
            const auto parts =
                arguments(a, c.span, syntax::no_parent, first_node_at(nodes, c.span.begin));
            const Span cell =
                trimmed_span(a, parts.size() > 1 ? Span{parts[1].begin, c.span.end} : c.span);
            if (cell.begin >= cell.end || !prose_cell(a.text(cell)) || in_paragraph(a, cell.begin))
                continue;
            out.push_back(Paragraph{cell, a.section_at(cell.begin), {row_begin, at}, true});
        }
        row_cells.clear();
        row_begin = at;
    };
    for (const syntax::Node& n : nodes) {
        if (n.parent != syntax::no_parent || n.kind != NodeKind::table_marker) continue;
        const std::string_view marker = php_trim(a.text(n.whole));
        if (marker == "{|") {
            end_cell(n.whole.begin); // a table nested in a cell ends the cell's text
            if (depth++ == 0) row_begin = n.whole.end;
            continue;
        }
        if (depth == 0) continue;
        if (marker == "|}") {
            end_cell(n.whole.begin);
            end_row(n.whole.begin);
            --depth;
        } else if (marker == "|-") {
            end_cell(n.whole.begin);
            end_row(n.whole.begin);
        } else if (marker == "|" || marker == "||") {
            end_cell(n.whole.begin);
            const bool caption =
                marker == "|" && n.whole.end < text.size() && text[n.whole.end] == '+';
            in_cell = true;
            data = !caption && (marker == "|" || data);
            cell_begin = n.whole.end;
        } else if (marker == "!" || marker == "!!") {
            end_cell(n.whole.begin);
            in_cell = true;
            data = false;
            cell_begin = n.whole.end;
        }
    }
}

} // namespace

void collect_optional_prose(Article& a) {
    const auto& nodes = a.syntax.nodes;
    std::vector<Paragraph> captions;
    if (a.options.claims.tables) collect_table_cells(a, captions);
    for (std::uint32_t i = 0; i < nodes.size() && a.options.claims.captions; ++i) {
        const syntax::Node& n = nodes[i];
        // Files at the top level of the page; a file inside a template (an infobox's image) is
        // the template's.
        if (n.parent != syntax::no_parent) continue;
        if (n.kind == NodeKind::wikilink && file_target(a.text(n.name), a.options)) {
            if (n.name.end + 2 >= n.whole.end) continue; // no argument at all
            const Span inside{n.name.end + 1, n.whole.end - 2};
            const auto args = arguments(a, inside, i, i + 1);
            if (!image_option(a.text(args.back()))) add_caption(a, captions, args.back());
        } else if (n.kind == NodeKind::extension_tag && n.tag == Tag::gallery && !n.unclosed) {
            // One image per line: "File:x.jpg|Caption" (the namespace may be left out).
            const std::string_view text = a.source->text();
            std::uint32_t line = n.inner.begin;
            while (line < n.inner.end) {
                auto end = static_cast<std::uint32_t>(text.find('\n', line));
                if (end > n.inner.end) end = n.inner.end;
                const auto args = arguments(a, {line, end}, i, i + 1);
                if (args.size() > 1 && !image_option(a.text(args.back())))
                    add_caption(a, captions, args.back());
                line = end + 1;
            }
        }
    }
    if (captions.empty()) return;
    a.paragraphs.insert(a.paragraphs.end(), captions.begin(), captions.end());
    std::sort(a.paragraphs.begin(), a.paragraphs.end(),
              [](const Paragraph& x, const Paragraph& y) { return x.span.begin < y.span.begin; });
}

} // namespace citelint::model
