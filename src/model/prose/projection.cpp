#include "projection.hpp"

#include <algorithm>
#include <array>

#include "../../syntax/attributes.hpp"
#include "../site/namespaces.hpp"
#include "../text.hpp"

namespace citelint::model {

namespace {

using syntax::Node;
using syntax::NodeKind;
using syntax::Tag;

// HTML tags MediaWiki allows in wikitext (Sanitizer.php), and the tags of transclusion that
// show their contents on the page itself (<noinclude>, <onlyinclude>; <includeonly> is a node
// of its own, dropped with its contents): the tags go, their contents stay.
constexpr std::string_view html_tags[] = {
    "abbr", "b",      "bdi",    "bdo", "big",  "blockquote", "br",  "caption",     "center",
    "cite", "code",   "data",   "dd",  "del",  "dfn",        "div", "dl",          "dt",
    "em",   "font",   "h1",     "h2",  "h3",   "h4",         "h5",  "h6",          "hr",
    "i",    "ins",    "kbd",    "li",  "mark", "noinclude",  "ol",  "onlyinclude", "p",
    "q",    "rb",     "rp",     "rt",  "rtc",  "ruby",       "s",   "samp",        "small",
    "span", "strike", "strong", "sub", "sup",  "table",      "td",  "th",          "time",
    "tr",   "tt",     "u",      "ul",  "var",  "wbr",
};

// Those of them that begin or end a block or a line: a space, so that words on either side
// stay apart ("<li>First.</li><li>Second.</li>").
constexpr std::string_view block_tags[] = {
    "br", "caption", "dd", "div", "dl", "dt",    "h1", "h2", "h3", "h4", "h5",
    "h6", "hr",      "li", "ol",  "p",  "table", "td", "th", "tr", "ul",
};

// Bytes plain_run() stops at: quote marks, tags, character references, line breaks, the
// underscores of behaviour switches.
constexpr std::array<bool, 256> special_bytes = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("'<&\n\r\t_"))
        table[c] = true;
    return table;
}();

bool hidden_link(std::string_view target, bool labelled, const ModelOptions& options) {
    if (!target.empty() && target.front() == ':') return false;
    const auto colon = target.find(':');
    if (colon == std::string_view::npos) return false;
    const std::string prefix = canonical_title(target.substr(0, colon));
    if (options.file_namespace(prefix) || options.category_namespace(prefix)) return true;
    // An interlanguage link ([[fr:Paris]]) shows in the sidebar, not in the text.
    const std::string_view code = php_trim(target.substr(0, colon));
    if (labelled || code.size() < 2 || code.size() > 12) return false;
    return std::all_of(code.begin(), code.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

} // namespace

ProseProjector::ProseProjector(Article& article)
    : a_(article), nodes_(article.syntax.nodes), src_(article.source->text()) {
    if (a_.dialect != Dialect::rendered) return;
    // A placeholder of a template not catalogued is only "Template:": its name runs into the
    // text and cannot be told from it, so its first word goes with it.
    for (const Placeholder& p : a_.placeholders) {
        Span drop = p.span;
        if (!p.reference)
            while (drop.end < src_.size() && !is_php_space(src_[drop.end]) &&
                   src_.substr(drop.end, placeholder_marker.size()) != placeholder_marker)
                ++drop.end;
        if (!drops_.empty() && drops_.back().end > drop.begin)
            drops_.back().end = std::max(drops_.back().end, drop.end);
        else
            drops_.push_back(drop);
    }
}

void ProseProjector::project(Span s) {
    const auto first = static_cast<std::uint32_t>(
        std::lower_bound(nodes_.begin(), nodes_.end(), s.begin,
                         [](const Node& n, std::uint32_t at) { return n.whole.begin < at; }) -
        nodes_.begin());
    span(s.begin, s.end, first);
}

void ProseProjector::emit(std::string_view text, Span source) {
    a_.prose_pieces.push_back(ProsePiece{static_cast<std::uint32_t>(a_.prose_text.size()),
                                         source.begin, static_cast<std::uint32_t>(text.size()),
                                         source.size(), false});
    a_.prose_text += text;
}

void ProseProjector::emit_verbatim(std::uint32_t begin, std::uint32_t end) {
    if (begin >= end) return;
    const auto at = static_cast<std::uint32_t>(a_.prose_text.size());
    if (!a_.prose_pieces.empty()) {
        ProsePiece& last = a_.prose_pieces.back();
        if (last.verbatim && last.text + last.size == at &&
            last.source + last.source_size == begin) {
            last.size += end - begin;
            last.source_size += end - begin;
        } else {
            a_.prose_pieces.push_back(ProsePiece{at, begin, end - begin, end - begin, true});
        }
    } else {
        a_.prose_pieces.push_back(ProsePiece{at, begin, end - begin, end - begin, true});
    }
    a_.prose_text.append(src_.substr(begin, end - begin));
}

// The nodes inside [begin, end) are visited in document order; a node's descendants are
// skipped with it unless it projects part of itself.
void ProseProjector::span(std::uint32_t begin, std::uint32_t end, std::uint32_t j) {
    std::uint32_t cursor = begin;
    for (; j < nodes_.size() && nodes_[j].whole.begin < end; ++j) {
        const Node& n = nodes_[j];
        if (n.whole.begin < cursor) continue; // inside the node before
        text_run(cursor, n.whole.begin);
        if (n.whole.end > end) { // cut by the span's end: nothing of it shows here
            cursor = end;
            break;
        }
        node(j);
        cursor = n.whole.end;
    }
    text_run(cursor, end);
}

// Text between nodes, less the rendered dialect's placeholders.
void ProseProjector::text_run(std::uint32_t begin, std::uint32_t end) {
    if (drops_.empty()) return plain_run(begin, end);
    auto d = std::lower_bound(drops_.begin(), drops_.end(), begin,
                              [](const Span& s, std::uint32_t at) { return s.end <= at; });
    for (; d != drops_.end() && d->begin < end && begin < end; ++d) {
        plain_run(begin, std::max(begin, d->begin));
        begin = std::min(end, std::max(begin, d->end));
        space_after_dropped_citation(begin);
    }
    plain_run(begin, end);
}

// Text with inline markup: quote marks, HTML tags and character references.
void ProseProjector::plain_run(std::uint32_t begin, std::uint32_t end) {
    std::uint32_t start = begin;
    for (std::uint32_t i = begin; i < end;) {
        i = static_cast<std::uint32_t>(
            skip_plain<false, '\'', '<', '&', '\n', '\r', '\t', '_'>(src_, i, end));
        while (i < end && !special_bytes[static_cast<unsigned char>(src_[i])])
            ++i;
        if (i == end) break;
        const char c = src_[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            // A line break inside a paragraph is a space when rendered; a '\n' would end a
            // sentence.
            emit_verbatim(start, i + 1);
            a_.prose_text.back() = ' ';
            start = ++i;
            continue;
        }
        if (c == '\'' && i + 1 < end && src_[i + 1] == '\'') {
            std::uint32_t run = i;
            while (run < end && src_[run] == '\'')
                ++run;
            // '' italic, ''' bold, ''''' both; MediaWiki shows the extra ones as apostrophes.
            const std::uint32_t n = run - i;
            const std::uint32_t shown = n == 4 ? 1 : n > 5 ? n - 5 : 0;
            emit_verbatim(start, i + shown);
            start = i = run;
            continue;
        }
        if (c == '<' && i + 1 < end) {
            std::uint32_t name = i + 1 + (src_[i + 1] == '/' ? 1 : 0);
            std::uint32_t name_end = name;
            while (name_end < end && ascii_alnum(src_[name_end]))
                ++name_end;
            char lower_buffer[12] = {};
            const std::uint32_t length = std::min<std::uint32_t>(name_end - name, 11);
            for (std::uint32_t k = 0; k < length; ++k)
                lower_buffer[k] = static_cast<char>(src_[name + k] | 0x20);
            const std::string_view lower(lower_buffer, name_end - name <= 11 ? length : 0);
            const bool tag_name =
                !lower.empty() &&
                std::find(std::begin(html_tags), std::end(html_tags), lower) != std::end(html_tags);
            const auto close =
                tag_name
                    ? src_.substr(name_end, std::min<std::uint32_t>(end - name_end, 400)).find('>')
                    : std::string_view::npos;
            const bool known = tag_name && close != std::string_view::npos;
            if (known && (name_end == end || !ascii_alnum(src_[name_end]))) {
                const auto tag_end = static_cast<std::uint32_t>(name_end + close + 1);
                emit_verbatim(start, i);
                if (std::find(std::begin(block_tags), std::end(block_tags), lower) !=
                    std::end(block_tags))
                    emit(" ", {i, tag_end});
                start = i = tag_end;
                continue;
            }
        }
        if (const std::size_t length = behaviour_switch_at(src_, i, end); length > 0) {
            emit_verbatim(start, i); // __NOTOC__ and the like show nothing
            start = i = i + static_cast<std::uint32_t>(length);
            continue;
        }
        if (c == '&') {
            std::uint32_t semi = i + 1;
            while (semi < end && semi < i + 40 && (ascii_alnum(src_[semi]) || src_[semi] == '#'))
                ++semi;
            if (semi < end && semi > i + 1 && src_[semi] == ';') {
                const std::string_view raw = src_.substr(i, semi + 1 - i);
                const std::string decoded = syntax::decode_character_references(raw);
                if (decoded != raw) {
                    emit_verbatim(start, i);
                    emit(decoded, {i, semi + 1});
                    start = i = semi + 1;
                    continue;
                }
            }
        }
        ++i;
    }
    emit_verbatim(start, end);
}

// A citation dropped between a full stop and the next word ("claim.<ref/>Next") still ends
// the sentence when rendered, where the footnote mark stands between them.
void ProseProjector::space_after_dropped_citation(std::uint32_t end) {
    if (a_.prose_text.empty() || end >= src_.size()) return;
    const char before = a_.prose_text.back();
    if (before != '.' && before != '!' && before != '?') return;
    const char next = src_[end];
    if (is_php_space(next) || next == '<' || next == '{') return;
    emit(" ", {end, end});
}

void ProseProjector::node(std::uint32_t index) {
    const Node& n = nodes_[index];
    switch (n.kind) {
    case NodeKind::extension_tag:
        if ((n.tag == Tag::nowiki || n.tag == Tag::poem) && !n.self_closing && !n.unclosed)
            return n.tag == Tag::nowiki ? emit_verbatim(n.inner.begin, n.inner.end)
                                        : span(n.inner.begin, n.inner.end, index + 1);
        if (n.tag == Tag::ref) space_after_dropped_citation(n.whole.end);
        return;
    case NodeKind::template_call:
        return template_call(index);
    case NodeKind::wikilink:
        return wikilink(index);
    case NodeKind::external_link:
        return external_link(index);
    case NodeKind::free_url:
        return emit_verbatim(n.whole.begin, n.whole.end);
    default:
        return; // comments, parameters, stray closers
    }
}

void ProseProjector::template_call(std::uint32_t index) {
    const Node& n = nodes_[index];
    const std::string_view written = php_trim(src_.substr(n.name.begin, n.name.size()));
    const std::vector<std::uint8_t>* shown =
        written.empty() || written.front() == '#'
            ? nullptr
            : a_.catalogues->visible_templates.shown(a_.template_title(index));
    if (!shown) return space_after_dropped_citation(n.whole.end);
    // The positional arguments, as MediaWiki numbers them (named "2=" ones included).
    std::vector<std::uint32_t> positional;
    for (const std::uint32_t j : a_.syntax.children_of(index)) {
        const Node& arg = nodes_[j];
        if (arg.kind != NodeKind::template_arg) continue;
        if (!arg.named) {
            positional.push_back(j);
            continue;
        }
        const std::string_view name = php_trim(src_.substr(arg.name.begin, arg.name.size()));
        if (all_digits(name) && name.size() <= 2) {
            const auto k = static_cast<std::size_t>(std::stoi(std::string(name)));
            if (positional.size() < k) positional.resize(k, syntax::no_parent);
            positional[k - 1] = j;
        }
    }
    bool first = true;
    for (std::uint8_t k : *shown) {
        if (k == 0 || k > positional.size() || positional[k - 1u] == syntax::no_parent) continue;
        const Span value = nodes_[positional[k - 1u]].inner;
        if (!first) emit(" ", {value.begin, value.begin});
        first = false;
        const std::string_view v = src_.substr(value.begin, value.size());
        const std::string_view trimmed = php_trim(v);
        const auto lead = static_cast<std::uint32_t>(trimmed.data() - v.data());
        span(value.begin + lead, value.begin + lead + static_cast<std::uint32_t>(trimmed.size()),
             positional[k - 1u] + 1);
    }
}

void ProseProjector::wikilink(std::uint32_t index) {
    const Node& n = nodes_[index];
    const std::string_view target = php_trim(src_.substr(n.name.begin, n.name.size()));
    const bool labelled = n.name.end < n.whole.end && src_[n.name.end] == '|';
    if (hidden_link(target, labelled, a_.options)) return;
    if (labelled) return span(n.name.end + 1, n.whole.end - 2, index + 1);
    std::uint32_t begin = n.name.begin;
    if (begin < n.name.end && src_[begin] == ':') ++begin; // [[:Category:X]] shows Category:X
    span(begin, n.name.end, index + 1);
}

void ProseProjector::external_link(std::uint32_t index) {
    const Node& n = nodes_[index];
    std::uint32_t label = n.whole.begin + 1;
    while (label < n.whole.end - 1 && !is_php_space(src_[label]) && src_[label] != ']')
        ++label;
    while (label < n.whole.end - 1 && is_php_space(src_[label]))
        ++label;
    // A bare [https://...] shows as a number in brackets: no words of the sentence.
    if (label < n.whole.end - 1) span(label, n.whole.end - 1, index + 1);
}

namespace {

const ProsePiece& piece_at(std::span<const ProsePiece> pieces, std::uint32_t text) {
    auto it = std::upper_bound(pieces.begin(), pieces.end(), text,
                               [](std::uint32_t at, const ProsePiece& p) { return at < p.text; });
    return it == pieces.begin() ? *it : *(it - 1);
}

} // namespace

std::uint32_t prose_source_begin(std::span<const ProsePiece> pieces, std::uint32_t text) {
    if (pieces.empty()) return 0;
    const ProsePiece& p = piece_at(pieces, text);
    if (text >= p.text + p.size) return p.source + p.source_size;
    return p.verbatim ? p.source + (text - p.text) : p.source;
}

std::uint32_t prose_source_end(std::span<const ProsePiece> pieces, std::uint32_t text) {
    if (pieces.empty()) return 0;
    if (text == 0) return pieces.front().source;
    const ProsePiece& p = piece_at(pieces, text - 1);
    if (text - 1 >= p.text + p.size) return p.source + p.source_size;
    return p.verbatim ? p.source + (text - p.text) : p.source + p.source_size;
}

std::uint32_t prose_text_at(std::span<const ProsePiece> pieces, std::uint32_t source,
                            std::uint32_t text_end) {
    auto it = std::lower_bound(pieces.begin(), pieces.end(), source,
                               [](const ProsePiece& p, std::uint32_t at) {
                                   return p.source + p.source_size <= at && p.source < at;
                               });
    if (it == pieces.end()) return text_end;
    if (it->verbatim && it->source < source) return it->text + (source - it->source);
    return it->text;
}

} // namespace citelint::model
