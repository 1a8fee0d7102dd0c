// Sections and paragraphs of a page, and which dialect it is written in.
#include <algorithm>
#include <optional>

#include "article.hpp"
#include "builders.hpp"
#include "prose/claims.hpp"
#include "text.hpp"

namespace citelint::model {

namespace {

using syntax::NodeKind;

constexpr std::string_view rendered_heading_suffix = "Edit";

bool blank(std::string_view line) {
    return php_trim(line).empty();
}

// Rendered dialect: a heading is a line of its own, between blank lines, ending in "Edit".
bool rendered_heading(const Source& source, std::uint32_t line) {
    const std::string_view text = source.slice(source.line_span(line));
    if (text.size() <= rendered_heading_suffix.size() || text.size() > 200 ||
        text.substr(text.size() - rendered_heading_suffix.size()) != rendered_heading_suffix)
        return false;
    if (text.find("<ref") != std::string_view::npos ||
        text.find(placeholder_marker) != std::string_view::npos)
        return false;
    const bool blank_before = line == 1 || blank(source.slice(source.line_span(line - 1)));
    const bool blank_after =
        line == source.line_count() || blank(source.slice(source.line_span(line + 1)));
    return blank_before && blank_after;
}

// A line that is only bold or italic text ('''Film''', ''Indicativo'') stands as a heading
// written by hand over what follows: a label, not prose.
bool pseudo_heading(std::string_view line) {
    line = php_trim(line);
    if (line.size() > 120) return false;
    for (std::string_view marks : {"'''''", "'''", "''"}) {
        if (line.size() <= 2 * marks.size() || !line.starts_with(marks) || !line.ends_with(marks))
            continue;
        const std::string_view inner = line.substr(marks.size(), line.size() - 2 * marks.size());
        return inner.find("''") == std::string_view::npos && !php_trim(inner).empty() &&
               inner.find_first_of(".!?") == std::string_view::npos;
    }
    return false;
}

// A horizontal rule: MediaWiki turns four or more hyphens at the start of a line into <hr />.
// A line of nothing else shows no text; text after the hyphens is prose as any other.
bool horizontal_rule(std::string_view line) {
    return line.starts_with("----") &&
           php_trim(line).find_first_not_of('-') == std::string_view::npos;
}

// Rendered dialect: whether a line ends as a sentence does, with . ! ? : ; or the full stop of
// another script, perhaps inside closing quotes or brackets, placeholders after it aside
// ("...the members.Template:Sfn").
bool ends_like_sentence(std::string_view line) {
    line = php_trim(line);
    for (auto at = line.rfind(placeholder_marker);
         at != std::string_view::npos && line.find(' ', at) == std::string_view::npos;
         at = line.rfind(placeholder_marker))
        line = php_trim(line.substr(0, at));
    for (std::string_view closer : {"\"", "'", ")", "]", "\u201D", "\u2019", "\u00BB"})
        while (line.size() > closer.size() && line.ends_with(closer))
            line.remove_suffix(closer.size());
    if (line.empty()) return false;
    if (std::string_view(".!?:;").find(line.back()) != std::string_view::npos) return true;
    for (std::string_view stop : other_script_stops)
        if (line.ends_with(stop)) return true;
    return false;
}

// Rendered dialect: three lines or more of which none ends like a sentence are a table or a
// list as the browser drew it (a caption, a row of years, a row of names), not prose.
bool rendered_table(const Source& source, std::uint32_t first_line, std::uint32_t last_line) {
    if (last_line < first_line + 2) return false;
    for (std::uint32_t line = first_line; line <= last_line; ++line)
        if (ends_like_sentence(source.slice(source.line_span(line)))) return false;
    return true;
}

} // namespace

Dialect detect_dialect(const Source& source, const syntax::Syntax& syntax) {
    std::size_t templates = 0;
    for (const auto& n : syntax.nodes)
        if (n.kind == NodeKind::template_call &&
            source.slice(n.name).find("#invoke") == std::string_view::npos)
            ++templates;
    std::size_t placeholders = 0;
    const std::string_view text = source.text();
    for (std::size_t at = text.find(placeholder_marker); at != std::string_view::npos;
         at = text.find(placeholder_marker, at + 1)) {
        const std::size_t name = at + placeholder_marker.size();
        const auto next = name < text.size() ? static_cast<unsigned char>(text[name]) : 0;
        if ((next >= 'A' && next <= 'Z') || next >= 0x80) ++placeholders;
    }
    return placeholders >= 3 && placeholders >= 2 * templates ? Dialect::rendered
                                                              : Dialect::wikitext;
}

namespace {

// Lines of offsets that mostly come in order: a sweep forward, a binary search otherwise.
class LineCursor {
  public:
    explicit LineCursor(const Source& source) : source_(source) {}
    std::uint32_t line_of(std::uint32_t offset) {
        if (offset < source_.line_start(line_)) {
            line_ = source_.locate(offset).line;
            return line_;
        }
        while (line_ < source_.line_count() && source_.line_start(line_ + 1) <= offset)
            ++line_;
        return line_;
    }

  private:
    const Source& source_;
    std::uint32_t line_ = 1;
};

} // namespace

namespace {

// A link that shows no text where it stands: a file or image (shown as a picture with its
// caption apart), a category, a link to another language's article. Its target has a prefix
// before a colon: "File:", "Category:", "Fichier:", "de:". "[[:Category:X]]" shows text.
bool link_shows_no_text(std::string_view target) {
    target = php_trim(target);
    if (target.empty() || target.front() == ':') return false;
    const auto colon = target.find(':');
    return colon != std::string_view::npos && colon > 0 && target.find(' ') > colon &&
           colon + 1 < target.size() && target[colon + 1] != ' ';
}

// Whether a line of the page shows text as prose: something beside templates, comments,
// tags, files, categories, HTML tags and magic words (`hidden` holds the spans of those, sorted).
bool line_has_text(std::string_view text, Span line, const std::vector<Span>& hidden,
                   std::size_t& h) {
    std::uint32_t at = line.begin;
    while (at < line.end) {
        while (h < hidden.size() && hidden[h].end <= at)
            ++h;
        if (h < hidden.size() && hidden[h].begin <= at) {
            at = hidden[h].end;
            continue;
        }
        const char c = text[at];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++at;
            continue;
        }
        if (c == '<') { // an HTML tag: <div ...>, </center>, <br />
            const auto close = text.find('>', at);
            const bool tag = close != std::string_view::npos && close < line.end &&
                             at + 1 < line.end &&
                             (text[at + 1] == '/' || (text[at + 1] >= 'a' && text[at + 1] <= 'z') ||
                              (text[at + 1] >= 'A' && text[at + 1] <= 'Z'));
            if (tag) {
                at = static_cast<std::uint32_t>(close + 1);
                continue;
            }
        }
        if (const std::size_t length = behaviour_switch_at(text, at, line.end); length > 0) {
            at += static_cast<std::uint32_t>(length);
            continue;
        }
        return true;
    }
    return false;
}

// Rendered dialect: a line that is a template's placeholder ("Template:See also",
// "Template:Main Article") shows no prose; one that runs on into a sentence or a ref does.
bool is_file_line(std::string_view line) {
    line = php_trim(line);
    return line.rfind("File:", 0) == 0 || line.rfind("Image:", 0) == 0;
}

bool placeholder_line(std::string_view line) {
    line = php_trim(line);
    // An image left as its file name ("File:Ashraf2.JPG"), caption lost.
    if ((line.rfind("File:", 0) == 0 || line.rfind("Image:", 0) == 0) &&
        line.find(' ', line.find('.')) == std::string_view::npos)
        return true;
    return line.rfind(placeholder_marker, 0) == 0 && line.find('.') == std::string_view::npos &&
           line.find('<') == std::string_view::npos;
}

// The <blockquote> elements of the page's text, outside other constructs (`hidden`, sorted)
// and outside headings, lists and tables; an element that is never closed is left alone.
std::vector<BlockQuote> blockquote_elements(const Article& a, const std::vector<Span>& hidden,
                                            const std::vector<std::uint8_t>& not_prose) {
    std::vector<BlockQuote> out;
    const std::string_view text = a.source->text();
    constexpr std::string_view open_tag = "<blockquote", close_tag = "</blockquote";
    // Tags are looked for at each '<', in any case, rather than in a lowered copy of the page.
    auto tag_at = [&](std::size_t at, std::string_view tag) {
        if (!ascii_iequal_at(text, at, tag)) return false;
        const char next = at + tag.size() < text.size() ? text[at + tag.size()] : '\0';
        return next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\n';
    };
    std::size_t h = 0;
    for (std::size_t at = text.find('<'); at != std::string_view::npos;
         at = text.find('<', at + 1)) {
        if (!tag_at(at, open_tag)) continue;
        while (h < hidden.size() && hidden[h].end <= at)
            ++h;
        if ((h < hidden.size() && hidden[h].begin <= at) ||
            not_prose[a.source->locate(static_cast<std::uint32_t>(at)).line])
            continue;
        const std::size_t opened = text.find('>', at);
        if (opened == std::string_view::npos) break;
        // Its closing tag (where its '<' is), past the elements nested in it.
        std::size_t depth = 1, close = opened;
        while (depth > 0) {
            close = text.find('<', close + 1);
            if (close == std::string_view::npos) break;
            if (tag_at(close, open_tag))
                ++depth;
            else if (tag_at(close, close_tag))
                --depth;
        }
        if (close == std::string_view::npos) continue;
        const std::size_t closed = text.find('>', close);
        if (closed == std::string_view::npos) continue;
        BlockQuote q;
        q.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(closed + 1)};
        q.opening = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(opened + 1)};
        q.text = {static_cast<std::uint32_t>(opened + 1), static_cast<std::uint32_t>(close)};
        q.words = count_words(text.substr(q.text.begin, q.text.size()));
        out.push_back(q);
        at = closed;
    }
    return out;
}

// A top-level template of rules/data/quote_templates.tsv, with its quoted text: the first of
// its text arguments that is given.
std::optional<BlockQuote> quote_template(const Article& a, std::uint32_t index) {
    const auto& nodes = a.syntax.nodes;
    const syntax::Node& n = nodes[index];
    const std::string_view name = a.template_title(index);
    const std::vector<std::string>* arguments = a.catalogues->quote_templates.text_arguments(name);
    if (!arguments) return std::nullopt;
    BlockQuote q;
    q.span = n.whole;
    q.opening = {n.whole.begin, n.name.end};
    q.template_name = name;
    std::size_t best = arguments->size();
    unsigned position = 0;
    for (const std::uint32_t j : a.syntax.children_of(index)) {
        if (nodes[j].kind != NodeKind::template_arg) continue;
        const std::string key =
            nodes[j].named ? clean_text(a.text(nodes[j].name)) : std::to_string(++position);
        const auto it = std::find(arguments->begin(), arguments->end(), key);
        const auto rank = static_cast<std::size_t>(it - arguments->begin());
        if (rank < best && !php_trim(a.text(nodes[j].inner)).empty()) {
            best = rank;
            q.text = nodes[j].inner;
        }
    }
    q.words = count_words(a.text(q.text));
    return q;
}

// Cuts the paragraphs around the block quotations in them: MediaWiki ends a paragraph before a
// block and begins another after it. The citations right after a block are the block's, so
// the paragraph after it begins past them.
void split_at_block_quotes(Article& a, const std::vector<Span>& hidden) {
    if (a.block_quotes.empty()) return;
    const std::string_view text = a.source->text();
    std::vector<Paragraph> out;
    std::size_t q = 0;
    for (const Paragraph& p : a.paragraphs) {
        while (q < a.block_quotes.size() && a.block_quotes[q].span.end <= p.span.begin)
            ++q;
        Paragraph rest = p;
        for (; q < a.block_quotes.size() && a.block_quotes[q].span.begin < p.span.end; ++q) {
            const Span block = a.block_quotes[q].span;
            std::size_t h = 0;
            if (block.begin > rest.span.begin &&
                line_has_text(text, {rest.span.begin, block.begin}, hidden, h))
                out.push_back({{rest.span.begin, block.begin}, p.section, {}});
            std::uint32_t after = std::max(block.end, rest.span.begin);
            for (bool moved = true; moved;) {
                moved = false;
                while (after < p.span.end && (text[after] == ' ' || text[after] == '\t'))
                    ++after;
                for (const Span& hid : hidden)
                    if (hid.begin == after && hid.end > after) {
                        after = hid.end;
                        moved = true;
                    }
            }
            rest.span.begin = std::min(after, p.span.end);
        }
        std::size_t h = 0;
        if (rest.span.begin < rest.span.end && line_has_text(text, rest.span, hidden, h))
            out.push_back(rest);
    }
    a.paragraphs = std::move(out);
}

// What the top-level constructs of a page say of its lines and of the text on them.
struct PageLines {
    // Lines that start a heading, list item or table row are not prose, nor lines that show
    // no text: templates, comments, files and tags alone on them.
    std::vector<std::uint8_t> not_prose;
    std::vector<std::pair<std::uint32_t, Section>> headings;
    std::vector<Span> hidden; // top-level constructs that show no text of prose where they stand
    // Those of them that stand in the run of the text, whatever lines they span: refs, footnote
    // templates and comments (a table or an infobox template is a block of its own).
    std::vector<Span> inline_hidden;
};

// Whether a template stands in the run of the text: a footnote, a reuse or a short footnote.
bool inline_template(const Article& a, std::string_view title) {
    const ReferenceTemplate* entry = a.catalogues->references.find_title(title);
    return a.catalogues->footnotes.role(title) != FootnoteRole::none ||
           (entry && (entry->role == TemplateRole::footnote || entry->role == TemplateRole::reuse ||
                      entry->role == TemplateRole::short_footnote));
}

// The top-level nodes' marks on the lines; quote templates go to the article's block quotes.
PageLines read_top_level_nodes(Article& a) {
    const Source& source = *a.source;
    PageLines lines;
    lines.not_prose.assign(source.line_count() + 2, 0);
    std::vector<std::uint32_t> open_tables; // lines of "{|" not closed yet
    LineCursor cursor(source);
    for (const auto& n : a.syntax.nodes) {
        if (n.parent != syntax::no_parent) continue;
        const std::uint32_t first = cursor.line_of(n.whole.begin);
        switch (n.kind) {
        case NodeKind::heading:
            lines.headings.push_back(
                {first, Section{n.whole, std::string(php_trim(source.slice(n.name))), n.level}});
            lines.not_prose[first] = 1;
            break;
        case NodeKind::list_marker:
            lines.not_prose[first] = 1;
            break;
        case NodeKind::table_marker: {
            lines.not_prose[first] = 1;
            // A table's cells run on over lines that start with no marker: none of it is prose.
            const std::string_view marker = php_trim(source.slice(n.whole));
            if (marker == "{|") {
                open_tables.push_back(first);
            } else if (marker == "|}" && !open_tables.empty()) {
                for (std::uint32_t l = open_tables.back(); l <= first; ++l)
                    lines.not_prose[l] = 1;
                open_tables.pop_back();
            }
            break;
        }
        case NodeKind::template_call: {
            const auto index = static_cast<std::uint32_t>(&n - a.syntax.nodes.data());
            if (auto q = quote_template(a, index)) a.block_quotes.push_back(std::move(*q));
            lines.hidden.push_back(n.whole);
            if (inline_template(a, a.template_title(index))) lines.inline_hidden.push_back(n.whole);
            break;
        }
        case NodeKind::comment:
            lines.hidden.push_back(n.whole);
            lines.inline_hidden.push_back(n.whole);
            break;
        case NodeKind::extension_tag:
            lines.hidden.push_back(n.whole);
            if (n.tag == syntax::Tag::ref) lines.inline_hidden.push_back(n.whole);
            break;
        case NodeKind::wikilink:
            if (link_shows_no_text(source.slice(n.name))) lines.hidden.push_back(n.whole);
            break;
        default:
            break;
        }
    }
    return lines;
}

// A construct that spans lines carries its first line's kind on: the text after a <ref>
// that a list item opened and a later line closes is still that list item's.
void carry_line_kinds(const Source& source, PageLines& lines) {
    LineCursor first_cursor(source), last_cursor(source);
    for (const Span& hid : lines.hidden) {
        if (hid.end <= hid.begin) continue;
        const std::uint32_t first = first_cursor.line_of(hid.begin);
        const std::uint32_t last = last_cursor.line_of(hid.end - 1);
        if (last > first && lines.not_prose[first])
            for (std::uint32_t l = first + 1; l <= last; ++l)
                lines.not_prose[l] = 1;
    }
}

// The block quotations of the text: quote templates outside headings, lists and tables, and
// <blockquote> elements, which show no text of prose where they stand.
void gather_block_quotes(Article& a, PageLines& lines) {
    std::erase_if(a.block_quotes, [&](const BlockQuote& q) {
        return lines.not_prose[a.source->locate(q.span.begin).line] != 0;
    });
    std::vector<BlockQuote> elements = blockquote_elements(a, lines.hidden, lines.not_prose);
    if (elements.empty()) return;
    for (const BlockQuote& q : elements)
        lines.hidden.push_back(q.span);
    std::sort(lines.hidden.begin(), lines.hidden.end(), [](const Span& x, const Span& y) {
        return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
    });
    a.block_quotes.insert(a.block_quotes.end(), elements.begin(), elements.end());
    std::sort(a.block_quotes.begin(), a.block_quotes.end(),
              [](const BlockQuote& x, const BlockQuote& y) { return x.span.begin < y.span.begin; });
}

// Rendered dialect: the headings the browser drew, among those of the nodes, in line order.
void add_rendered_headings(const Source& source, PageLines& lines) {
    for (std::uint32_t line = 1; line <= source.line_count(); ++line) {
        if (!rendered_heading(source, line)) continue;
        const Span span = source.line_span(line);
        const std::string_view t = source.slice(span);
        lines.headings.push_back(
            {line,
             Section{span, std::string(t.substr(0, t.size() - rendered_heading_suffix.size())),
                     2}});
        lines.not_prose[line] = 1;
    }
    std::sort(lines.headings.begin(), lines.headings.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
}

// Cuts the page's lines into sections and paragraphs of prose.
class ParagraphCutter {
  public:
    ParagraphCutter(Article& a, PageLines& lines) : a_(a), source_(*a.source), lines_(lines) {
        // reach_[k]: the furthest end of hidden[0..k]. A paragraph's start looks back over the
        // hidden spans before it only as far as one of them can still reach into its line.
        const std::vector<Span>& hidden = lines_.hidden;
        reach_.resize(hidden.size());
        for (std::size_t k = 0; k < hidden.size(); ++k)
            reach_[k] = std::max(hidden[k].end, k > 0 ? reach_[k - 1] : 0u);
        // Top-level nodes: none inside another.
        std::sort(lines_.inline_hidden.begin(), lines_.inline_hidden.end(),
                  [](const Span& x, const Span& y) { return x.begin < y.begin; });
    }

    void cut() {
        for (std::uint32_t line = 1; line <= source_.line_count(); ++line) {
            if (next_heading_ < lines_.headings.size() &&
                lines_.headings[next_heading_].first == line) {
                a_.sections.push_back(lines_.headings[next_heading_].second);
                ++next_heading_;
            }
            const Span span = source_.line_span(line);
            const bool prose = line_is_prose(line, span);
            if (prose && !open_) {
                current_ = Paragraph{{paragraph_begin(span), span.end},
                                     static_cast<std::uint32_t>(a_.sections.size() - 1),
                                     {}};
                first_line_ = line;
                open_ = true;
            } else if (prose || (open_ && continues_inline(span))) {
                current_.span.end = span.end;
            } else if (open_) {
                close(line - 1);
            }
        }
        if (open_) close(source_.line_count());
    }

  private:
    bool line_is_prose(std::uint32_t line, Span span) {
        const std::string_view text = source_.slice(span);
        const bool placeholder = a_.dialect == Dialect::rendered && placeholder_line(text);
        // Rendered dialect: the line after an image's file name is its caption.
        const bool caption = caption_next_ && !placeholder;
        if (!php_trim(text).empty()) caption_next_ = placeholder && is_file_line(text);
        return !lines_.not_prose[line] && !pseudo_heading(text) && !horizontal_rule(text) &&
               line_has_text(source_.text(), span, lines_.hidden, h_) && !placeholder && !caption;
    }

    // A paragraph that starts after a template's "}}" (an infobox ending on the line) starts
    // there, not inside it. It begins at the furthest end, within the line, of the spans that
    // begin before it (hidden is sorted by begin).
    [[nodiscard]] std::uint32_t paragraph_begin(Span span) const {
        const std::vector<Span>& hidden = lines_.hidden;
        std::uint32_t begin = span.begin;
        const auto before = static_cast<std::size_t>(
            std::lower_bound(hidden.begin(), hidden.end(), span.begin,
                             [](const Span& hid, std::uint32_t at) { return hid.begin < at; }) -
            hidden.begin());
        for (std::size_t k = before; k > 0 && reach_[k - 1] > span.begin; --k)
            if (const Span& hid = hidden[k - 1]; hid.end > begin && hid.end <= span.end)
                begin = hid.end;
        return begin;
    }

    // Whether a line lies inside a ref, a template or a comment that began after the text of
    // the open paragraph's last line: MediaWiki takes such a construct out of the text before
    // it cuts paragraphs, so the text after it goes on with the same paragraph
    // ("...increases.<ref>Montgomery / (2001, Section 5-2) / </ref> Consequently, ...").
    [[nodiscard]] bool continues_inline(Span line) const {
        const std::vector<Span>& inline_hidden = lines_.inline_hidden;
        const auto after =
            std::lower_bound(inline_hidden.begin(), inline_hidden.end(), line.begin,
                             [](const Span& hid, std::uint32_t at) { return hid.begin < at; });
        if (after == inline_hidden.begin()) return false;
        const Span& hid = *(after - 1);
        return hid.begin > current_.span.begin && hid.end >= line.end &&
               !php_trim(source_.slice({current_.span.begin, hid.begin})).empty();
    }

    void close(std::uint32_t last_line) {
        if (a_.dialect != Dialect::rendered || !rendered_table(source_, first_line_, last_line))
            a_.paragraphs.push_back(current_);
        open_ = false;
    }

    Article& a_;
    const Source& source_;
    PageLines& lines_;
    std::vector<std::uint32_t> reach_;
    std::size_t next_heading_ = 0, h_ = 0;
    bool caption_next_ = false;
    Paragraph current_;
    std::uint32_t first_line_ = 0;
    bool open_ = false;
};

} // namespace

void collect_structure(Article& a) {
    a.sections.push_back(Section{});
    PageLines lines = read_top_level_nodes(a);
    carry_line_kinds(*a.source, lines);
    // A quote template in a heading, a list or a table is not a block quotation of the text.
    gather_block_quotes(a, lines);
    if (a.dialect == Dialect::rendered) add_rendered_headings(*a.source, lines);
    ParagraphCutter(a, lines).cut();
    split_at_block_quotes(a, lines.hidden);
    for (BlockQuote& q : a.block_quotes)
        q.section = a.section_at(q.span.begin);
}

} // namespace citelint::model

namespace citelint::model {

void collect_end_matter(Article& a) {
    const std::string_view text = a.source->text();
    auto end_matter_line = [&](std::string_view line) {
        line = php_trim(line);
        if (line.empty()) return true;
        if (line.size() > 2 && line.substr(0, 2) == "[[") {
            const std::string_view target = line.substr(2);
            const auto colon = target.find(':');
            return colon != std::string_view::npos &&
                   a.options.category_namespace(canonical_title(target.substr(0, colon)));
        }
        return ascii_iequal_at(line, 0, "{{defaultsort:");
    };
    auto end = static_cast<std::uint32_t>(text.size());
    while (end > 0) {
        std::uint32_t begin = end;
        if (text[begin - 1] == '\n') --begin;
        while (begin > 0 && text[begin - 1] != '\n')
            --begin;
        if (!end_matter_line(text.substr(begin, end - begin))) break;
        end = begin;
    }
    a.end_matter = end;
}

} // namespace citelint::model
