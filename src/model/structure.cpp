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

// Rendered dialect: whether a line ends as a sentence does, with . ! ? : ; or the full stop of
// another script, perhaps inside closing quotes or brackets, placeholders after it aside
// ("...the members.Template:Sfn").
bool ends_like_sentence(std::string_view line) {
    line = php_trim(line);
    for (auto at = line.rfind("Template:");
         at != std::string_view::npos && line.find(' ', at) == std::string_view::npos;
         at = line.rfind("Template:"))
        line = php_trim(line.substr(0, at));
    for (std::string_view closer : {"\"", "'", ")", "]", "\u201D", "\u2019", "\u00BB"})
        while (line.size() > closer.size() && line.ends_with(closer))
            line.remove_suffix(closer.size());
    if (line.empty()) return false;
    if (std::string_view(".!?:;").find(line.back()) != std::string_view::npos) return true;
    for (std::string_view stop : {"\u3002", "\uFF01", "\uFF1F", "\u0964", "\u061F"})
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
        if (c == '_' && text.substr(at, 2) == "__") { // a magic word: __NOTOC__
            const auto close = text.find("__", at + 2);
            if (close != std::string_view::npos && close < line.end && close - at < 40) {
                at = static_cast<std::uint32_t>(close + 2);
                continue;
            }
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
    return line.rfind("Template:", 0) == 0 && line.find('.') == std::string_view::npos &&
           line.find('<') == std::string_view::npos;
}

} // namespace

void collect_structure(Article& a) {
    const Source& source = *a.source;
    a.sections.push_back(Section{});
    // Lines that start a heading, list item or table row are not prose, nor lines that show
    // no text: templates, comments, files and tags alone on them.
    std::vector<std::uint8_t> not_prose(source.line_count() + 2, 0);
    std::vector<std::pair<std::uint32_t, Section>> headings;
    std::vector<Span> hidden; // top-level constructs that show no text of prose where they stand
    std::vector<std::uint32_t> open_tables; // lines of "{|" not closed yet
    LineCursor cursor(source);
    for (const auto& n : a.syntax.nodes) {
        if (n.parent != syntax::no_parent) continue;
        const std::uint32_t first = cursor.line_of(n.whole.begin);
        switch (n.kind) {
        case NodeKind::heading:
            headings.push_back(
                {first, Section{n.whole, std::string(php_trim(source.slice(n.name))), n.level}});
            not_prose[first] = 1;
            break;
        case NodeKind::list_marker:
            not_prose[first] = 1;
            break;
        case NodeKind::table_marker: {
            not_prose[first] = 1;
            // A table's cells run on over lines that start with no marker: none of it is prose.
            const std::string_view marker = php_trim(source.slice(n.whole));
            if (marker == "{|") {
                open_tables.push_back(first);
            } else if (marker == "|}" && !open_tables.empty()) {
                for (std::uint32_t l = open_tables.back(); l <= first; ++l)
                    not_prose[l] = 1;
                open_tables.pop_back();
            }
            break;
        }
        case NodeKind::template_call:
        case NodeKind::comment:
        case NodeKind::extension_tag:
            hidden.push_back(n.whole);
            break;
        case NodeKind::wikilink:
            if (link_shows_no_text(source.slice(n.name))) hidden.push_back(n.whole);
            break;
        default:
            break;
        }
    }
    // A construct that spans lines carries its first line's kind on: the text after a <ref>
    // that a list item opened and a later line closes is still that list item's.
    for (const Span& hid : hidden) {
        if (hid.end <= hid.begin) continue;
        const std::uint32_t first = source.locate(hid.begin).line;
        const std::uint32_t last = source.locate(hid.end - 1).line;
        if (last > first && not_prose[first])
            for (std::uint32_t l = first + 1; l <= last; ++l)
                not_prose[l] = 1;
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
    std::size_t next_heading = 0, h = 0;
    bool caption_next = false;
    Paragraph current;
    std::uint32_t first_line = 0;
    bool open = false;
    const auto close = [&](std::uint32_t last_line) {
        if (a.dialect != Dialect::rendered || !rendered_table(source, first_line, last_line))
            a.paragraphs.push_back(current);
        open = false;
    };
    for (std::uint32_t line = 1; line <= source.line_count(); ++line) {
        if (next_heading < headings.size() && headings[next_heading].first == line) {
            a.sections.push_back(headings[next_heading].second);
            ++next_heading;
        }
        const Span span = source.line_span(line);
        const bool placeholder =
            a.dialect == Dialect::rendered && placeholder_line(source.slice(span));
        // Rendered dialect: the line after an image's file name is its caption.
        const bool caption = caption_next && !placeholder;
        if (!php_trim(source.slice(span)).empty())
            caption_next = placeholder && is_file_line(source.slice(span));
        const bool prose = !not_prose[line] && line_has_text(source.text(), span, hidden, h) &&
                           !placeholder && !caption;
        if (prose && !open) {
            // A paragraph that starts after a template's "}}" (an infobox ending on the line)
            // starts there, not inside it.
            std::uint32_t begin = span.begin;
            for (const Span& hid : hidden)
                if (hid.begin < span.begin && hid.end > begin && hid.end <= span.end)
                    begin = hid.end;
            current =
                Paragraph{{begin, span.end}, static_cast<std::uint32_t>(a.sections.size() - 1)};
            first_line = line;
            open = true;
        } else if (prose) {
            current.span.end = span.end;
        } else if (open) {
            close(line - 1);
        }
    }
    if (open) close(source.line_count());
}

} // namespace citelint::model
