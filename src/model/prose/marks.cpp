// Maintenance marks of a page: {{citation needed}} and its relatives, and the banners of
// sections and articles that want citations, with the date each was placed.
#include <algorithm>

#include "../article.hpp"
#include "../builders.hpp"
#include "../text.hpp"

namespace citelint::model {

namespace {

using syntax::Node;
using syntax::NodeKind;

struct Argument {
    std::string name; // positional ones by their number
    std::string value;
    Span value_span;
};

std::vector<Argument> arguments(const Article& a, std::uint32_t i) {
    const auto& nodes = a.syntax.nodes;
    std::vector<Argument> out;
    unsigned position = 0;
    for (const std::uint32_t j : a.syntax.children_of(i)) {
        if (nodes[j].kind != NodeKind::template_arg) continue;
        Argument arg;
        arg.name = nodes[j].named ? clean_text(a.text(nodes[j].name)) : std::to_string(++position);
        arg.value = clean_text(a.text(nodes[j].inner));
        arg.value_span = nodes[j].inner;
        out.push_back(std::move(arg));
    }
    return out;
}

// The last argument of that name, as MediaWiki takes it.
const Argument* find(const std::vector<Argument>& args, std::string_view name) {
    for (auto it = args.rbegin(); it != args.rend(); ++it)
        if (it->name == name) return &*it;
    return nullptr;
}

// The date as the catalogue says the template takes it: the first of its sources given.
void read_date(Mark& m, const std::vector<Argument>& args, const CitationNeededTemplate& entry,
               const MonthNames& months) {
    for (const std::string& source : entry.date_sources) {
        if (source.find('=') == std::string::npos) {
            const Argument* arg = find(args, source);
            if (!arg || arg->value.empty()) continue;
            m.date = arg->value;
            m.date_span = arg->value_span;
            m.dated = read_mark_date(m.date, months);
            return;
        }
        // y=N,m=N,d=N: a date in positional parts, read as "year-month-day".
        std::string parts[3];
        const Argument* first = nullptr;
        std::string_view rest = source;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const std::string_view part = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            if (part.size() < 3 || part[1] != '=') continue;
            const int slot = part[0] == 'y' ? 0 : part[0] == 'm' ? 1 : part[0] == 'd' ? 2 : -1;
            const Argument* arg = find(args, part.substr(2));
            if (slot < 0 || !arg || arg->value.empty()) continue;
            parts[slot] = arg->value;
            if (!first || arg->value_span.begin < first->value_span.begin) first = arg;
        }
        if (parts[0].empty()) continue;
        m.date = parts[0];
        for (int k = 1; k < 3 && !parts[k].empty(); ++k)
            m.date += "-" + parts[k];
        m.date_span = first->value_span;
        m.dated = read_mark_date(m.date, months);
        return;
    }
}

// `section`: the section the mark stands in, 0 for the lead.
MarkScope scope_of(NeedKind kind, const std::vector<Argument>& args, std::uint32_t section) {
    if (kind == NeedKind::section_banner) return MarkScope::section;
    // it.wiki's {{F}} and {{NN}} speak of the whole page at its top and of a section at the
    // section's top: one template for both, placed where it applies.
    if (kind == NeedKind::banner) return section == 0 ? MarkScope::article : MarkScope::section;
    if (kind != NeedKind::article_banner) return MarkScope::claim;
    // {{More citations needed|section}}, {{Unreferenced|section}}: en.wiki's banners speak of
    // the section when their first argument says so.
    const Argument* first = find(args, "1");
    if (first && ascii_lower(first->value) == "section") return MarkScope::section;
    return MarkScope::article;
}

} // namespace

void collect_marks(Article& a, const CitationNeededTemplates& catalogue, const MonthNames& months) {
    // Most pages use none of the catalogued templates: look at each name used once.
    const bool any =
        std::any_of(a.template_names.begin(), a.template_names.end(),
                    [&](const std::string& n) { return catalogue.entry(n) != nullptr; });
    std::vector<Span> refs; // ref contents, to tell a mark on a citation
    for (const Ref& r : a.refs)
        if (r.content && !r.content_span.empty()) refs.push_back(r.content_span);
    auto in_ref = [&](Span s) {
        return std::any_of(refs.begin(), refs.end(),
                           [&](Span r) { return r.begin <= s.begin && s.end <= r.end; });
    };
    auto place = [&](Mark& m) {
        m.section = a.section_at(m.span.begin);
        m.in_ref = in_ref(m.span);
        const auto p = std::upper_bound(
            a.paragraphs.begin(), a.paragraphs.end(), m.span.begin,
            [](std::uint32_t at, const Paragraph& x) { return at < x.span.begin; });
        m.in_prose =
            p != a.paragraphs.begin() && m.span.begin < std::prev(p)->span.end && !m.in_ref;
    };
    const auto& nodes = a.syntax.nodes;
    for (std::uint32_t i = 0; any && i < nodes.size(); ++i) {
        const Node& n = nodes[i];
        if (n.kind != NodeKind::template_call) continue;
        const std::string_view written = php_trim(a.text(n.name));
        if (written.empty() || written.front() == '#' || written.front() == '{') continue;
        const CitationNeededTemplate* entry = catalogue.entry(a.template_title(i));
        if (!entry) continue;
        const std::vector<Argument> args = arguments(a, i);
        Mark m;
        m.node = i;
        m.span = n.whole;
        m.opening = {n.whole.begin, n.name.end};
        m.name = entry->name;
        m.written_name = std::string(php_trim(strip_comments(written)));
        m.kind = entry->kind;
        read_date(m, args, *entry, months);
        place(m);
        m.scope = scope_of(entry->kind, args, m.section);
        a.marks.push_back(std::move(m));
    }
    if (a.dialect != Dialect::rendered) return;
    // Placeholders: "Template:Citation needed" (no parameters, so no date).
    for (const Placeholder& p : a.placeholders) {
        const CitationNeededTemplate* entry = p.mark;
        if (!entry) continue;
        const std::uint32_t end =
            p.span.begin +
            static_cast<std::uint32_t>(placeholder_marker.size() + entry->name.size());
        Mark m;
        m.span = m.opening = {p.span.begin, end};
        m.name = m.written_name = entry->name;
        m.kind = entry->kind;
        place(m);
        m.scope = scope_of(entry->kind, {}, m.section);
        a.marks.push_back(std::move(m));
    }
    std::stable_sort(a.marks.begin(), a.marks.end(),
                     [](const Mark& x, const Mark& y) { return x.span.begin < y.span.begin; });
}

} // namespace citelint::model
