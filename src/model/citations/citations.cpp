// The citation templates of a page and their parameters, as Module:Citation/CS1 reads them.
#include <algorithm>
#include <unordered_map>

#include "../article.hpp"
#include "../builders.hpp"
#include "../text.hpp"

namespace citelint::model {

namespace {

using syntax::Node;
using syntax::NodeKind;

// Whether node i lies inside a ref: a <ref> tag, or the content of a ref-making template.
bool inside_ref(const Article& a, std::uint32_t i,
                const std::vector<std::uint32_t>& ref_templates) {
    for (std::uint32_t p = a.node(i).parent; p != syntax::no_parent; p = a.node(p).parent) {
        const Node& up = a.node(p);
        if (up.kind == NodeKind::extension_tag &&
            (up.tag == syntax::Tag::ref || up.tag == syntax::Tag::references))
            return true;
        if (std::binary_search(ref_templates.begin(), ref_templates.end(), p)) return true;
    }
    return false;
}

// Templates that make refs or lists of them ({{#tag:ref}}, {{efn}}, {{reflist|refs=}}): their
// nodes, sorted.
std::vector<std::uint32_t> ref_making_templates(const Article& a) {
    std::vector<std::uint32_t> nodes;
    for (const Ref& r : a.refs)
        if (r.origin != RefOrigin::tag && r.node != syntax::no_parent) nodes.push_back(r.node);
    for (const ReferenceList& l : a.lists)
        if (l.origin != ListOrigin::tag && l.node != syntax::no_parent) nodes.push_back(l.node);
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

} // namespace

bool inside_ref(const Article& a, std::uint32_t node) {
    return inside_ref(a, node, ref_making_templates(a));
}

const CitationParam* Citation::find(std::string_view param) const {
    for (auto it = params.rbegin(); it != params.rend(); ++it)
        if (it->name == param) return &*it;
    return nullptr;
}

void collect_citations(Article& a, const CitationTemplates& catalogue) {
    const std::vector<std::uint32_t> ref_templates = ref_making_templates(a);

    // What the catalogue says of each title, asked once per title: a page calls the same
    // templates again and again. (Keys are views of Article::template_title_text.)
    struct Entry {
        bool citation = false;
        const CitationTemplate* cs1 = nullptr;
    };
    std::unordered_map<std::string_view, Entry> entries;
    const auto& nodes = a.syntax.nodes;
    for (std::uint32_t i = 0; i < nodes.size(); ++i) {
        const Node& n = nodes[i];
        if (n.kind != NodeKind::template_call) continue;
        const std::string_view written = php_trim(a.text(n.name));
        if (written.empty() || written.front() == '#' || written.front() == '{') continue;
        const std::string_view title = a.template_title(i);
        auto [known, fresh] = entries.try_emplace(title);
        if (fresh && catalogue.contains_title(title)) known->second = {true, catalogue.find(title)};
        if (!known->second.citation) continue;
        Citation c;
        c.node = i;
        c.name = title;
        if (const CitationTemplate* t = known->second.cs1) {
            c.cs1 = true;
            c.cite_class = t->cite_class;
            c.other_wiki_name = !t->wiki.empty();
        }
        c.span = n.whole;
        c.opening = {n.whole.begin, n.name.end};
        c.in_ref = inside_ref(a, i, ref_templates);
        // The arguments counted first: one allocation for them, none as they come.
        std::size_t arguments = 0;
        for (const std::uint32_t j : a.syntax.children_of(i))
            arguments += nodes[j].kind == NodeKind::template_arg;
        c.params.reserve(arguments);
        unsigned position = 0;
        for (const std::uint32_t j : a.syntax.children_of(i)) {
            if (nodes[j].kind != NodeKind::template_arg) continue;
            CitationParam& p = c.params.emplace_back();
            p.positional = !nodes[j].named;
            p.name = p.positional ? std::to_string(++position) : clean_text(a.text(nodes[j].name));
            p.value = clean_text(a.text(nodes[j].inner));
            p.name_span = p.positional ? Span{} : nodes[j].name;
            p.value_span = nodes[j].inner;
            c.local_parameter_names =
                c.local_parameter_names ||
                (!p.positional && std::any_of(p.name.begin(), p.name.end(), [](char ch) {
                    return static_cast<unsigned char>(ch) >= 0x80;
                }));
        }
        a.citations.push_back(std::move(c));
    }
}

} // namespace citelint::model
