// Sections and paragraphs of a page, and which dialect it is written in.
#include <algorithm>

#include "article.hpp"
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
        text.find("Template:") != std::string_view::npos)
        return false;
    const bool blank_before = line == 1 || blank(source.slice(source.line_span(line - 1)));
    const bool blank_after =
        line == source.line_count() || blank(source.slice(source.line_span(line + 1)));
    return blank_before && blank_after;
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
    for (std::size_t at = text.find("Template:"); at != std::string_view::npos;
         at = text.find("Template:", at + 1)) {
        const auto next = at + 9 < text.size() ? static_cast<unsigned char>(text[at + 9]) : 0;
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
        if (offset < source_.line_span(line_).begin) {
            line_ = source_.locate(offset).line;
            return line_;
        }
        while (line_ < source_.line_count() && source_.line_span(line_ + 1).begin <= offset)
            ++line_;
        return line_;
    }

  private:
    const Source& source_;
    std::uint32_t line_ = 1;
};

} // namespace

void collect_structure(Article& a) {
    const Source& source = *a.source;
    a.sections.push_back(Section{});
    // Lines that start a heading, list item or table row are not prose.
    std::vector<std::uint8_t> not_prose(source.line_count() + 2, 0);
    // Page-level templates and comments show no prose where they stand: a line holds prose
    // when something is left of it outside them.
    std::vector<Span> hidden;
    std::vector<std::pair<std::uint32_t, Section>> headings;
    LineCursor cursor(source);
    for (const auto& n : a.syntax.nodes) {
        if (n.parent != syntax::no_parent) continue;
        switch (n.kind) {
        case NodeKind::heading: {
            const std::uint32_t first = cursor.line_of(n.whole.begin);
            headings.push_back(
                {first, Section{n.whole, std::string(php_trim(source.slice(n.name))), n.level}});
            not_prose[first] = 1;
            break;
        }
        case NodeKind::list_marker:
        case NodeKind::table_marker:
            not_prose[cursor.line_of(n.whole.begin)] = 1;
            break;
        case NodeKind::template_call:
        case NodeKind::comment:
            hidden.push_back(n.whole);
            break;
        default:
            break;
        }
    }
    if (a.dialect == Dialect::rendered) {
        for (std::uint32_t line = 1; line <= source.line_count(); ++line) {
            if (!rendered_heading(source, line)) continue;
            const Span span = source.line_span(line);
            const std::string_view t = source.slice(span);
            headings.push_back(
                {line,
                 Section{span, std::string(t.substr(0, t.size() - rendered_heading_suffix.size())),
                         2}});
            not_prose[line] = 1;
        }
        std::sort(headings.begin(), headings.end(),
                  [](const auto& x, const auto& y) { return x.first < y.first; });
    }
    const std::string_view all = source.text();
    auto visible = [&](std::uint32_t begin, std::uint32_t end) {
        for (std::uint32_t i = begin; i < end; ++i)
            if (!is_php_space(all[i])) return true;
        return false;
    };
    std::size_t next_heading = 0;
    std::size_t h = 0;
    Paragraph current;
    bool open = false;
    for (std::uint32_t line = 1; line <= source.line_count(); ++line) {
        if (next_heading < headings.size() && headings[next_heading].first == line) {
            a.sections.push_back(headings[next_heading].second);
            ++next_heading;
        }
        const Span span = source.line_span(line);
        // What of the line lies outside page-level templates and comments.
        while (h < hidden.size() && hidden[h].end <= span.begin)
            ++h;
        std::uint32_t at = span.begin;
        std::uint32_t continued = span.begin; // the end of a template begun on a line before
        bool shows = false;
        for (std::size_t k = h; k < hidden.size() && hidden[k].begin < span.end; ++k) {
            if (hidden[k].begin < span.begin) continued = std::max(continued, hidden[k].end);
            shows = shows || visible(at, std::max(at, hidden[k].begin));
            at = std::max(at, hidden[k].end);
        }
        shows = shows || visible(std::min(at, span.end), span.end);
        const bool inside_template = continued > span.begin;
        if (not_prose[line] || (!shows && !(inside_template && open))) {
            if (open) a.paragraphs.push_back(current);
            open = false;
        } else if (!open) {
            // A paragraph that starts after a template's "}}" starts there, not in it.
            current =
                Paragraph{{inside_template ? std::min(continued, span.end) : span.begin, span.end},
                          static_cast<std::uint32_t>(a.sections.size() - 1)};
            open = true;
        } else {
            current.span.end = span.end;
        }
    }
    if (open) a.paragraphs.push_back(current);
}

} // namespace citelint::model
