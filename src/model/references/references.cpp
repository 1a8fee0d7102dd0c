// Finds every ref and reference list of a page, whatever form it is written in: tags,
// {{#tag:...}}, the catalogued templates, and placeholders of the rendered dialect.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "../article.hpp"
#include "../builders.hpp"
#include "../text.hpp"

namespace citelint::model {

namespace {

using syntax::Node;
using syntax::NodeKind;
using syntax::Tag;

std::string_view trim_view(std::string_view s) {
    return php_trim(s);
}

// Refs and lists are mostly found in order already, and sorting moves them about all the same:
// they are sorted only when some are out of order. (In strict order, the sort would leave them
// as they are.)
template <typename T, typename Less> void sort_unless_in_order(std::vector<T>& items, Less less) {
    const auto out_of_order = std::adjacent_find(
        items.begin(), items.end(), [&](const T& x, const T& y) { return !less(x, y); });
    if (out_of_order != items.end()) std::sort(items.begin(), items.end(), less);
}

// {{#tag:ref|...|name="x"}}: the tag function trims values and strips one pair of quotes.
std::string tag_function_value(std::string_view raw) {
    const std::string expanded = strip_comments(raw);
    std::string_view v = trim_view(expanded);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') &&
        (v.back() == '"' || v.back() == '\''))
        v = v.substr(1, v.size() - 2);
    return std::string(v);
}

struct TemplateArgs {
    std::vector<std::uint32_t> positional; // argument nodes
    std::vector<std::uint32_t> named;
};

class Collector {
  public:
    Collector(Article& article, const ReferenceTemplates& catalogue)
        : a_(article), nodes_(article.syntax.nodes), catalogue_(catalogue) {}

    void run() {
        for (std::uint32_t i = 0; i < nodes_.size(); ++i) {
            const Node& n = nodes_[i];
            switch (n.kind) {
            case NodeKind::extension_tag:
                if (n.tag == Tag::ref)
                    ref_tag(i);
                else if (n.tag == Tag::references)
                    list_tag(i);
                break;
            case NodeKind::stray_ref_close:
                a_.stray_closes.push_back(i);
                break;
            case NodeKind::stray_template_close:
                a_.stray_template_closes.push_back(i);
                break;
            case NodeKind::template_call:
                template_call(i);
                break;
            default:
                break;
            }
        }
        if (a_.dialect == Dialect::rendered) placeholders();
        for (Span& block : a_.source_blocks)
            if (block.end == no_end)
                block.end = static_cast<std::uint32_t>(a_.source->text().size());
        assign_containers();
    }

  private:
    static constexpr std::uint32_t no_end = 0xffffffffu; // a {{refbegin}} not closed yet
    Article& a_;
    const std::vector<Node>& nodes_;
    const ReferenceTemplates& catalogue_;
    std::unordered_map<std::uint32_t, std::int32_t> list_container_; // node -> list index
    std::vector<Span> positional_values_, named_values_;             // other_template()'s buffers
    // The catalogue's entry for each title, looked up once per title: a page calls the same
    // templates again and again. (Keys are views of Article::template_title_text.)
    std::unordered_map<std::string_view, const ReferenceTemplate*> entries_;

    const ReferenceTemplate* find_title(std::string_view title) {
        auto [it, fresh] = entries_.try_emplace(title, nullptr);
        if (fresh) {
            const ReferenceTemplate* entry = catalogue_.find_title(title);
            // A name that means this only on other wikis is an unknown template here.
            const Site* site = a_.options.site;
            it->second =
                entry && entry->on(site ? site->dbname : std::string_view{}) ? entry : nullptr;
        }
        return it->second;
    }

    std::string_view text(Span s) const { return a_.text(s); }

    bool inside_ref_tag(std::uint32_t i) const {
        for (std::uint32_t p = nodes_[i].parent; p != syntax::no_parent; p = nodes_[p].parent)
            if (nodes_[p].kind == NodeKind::extension_tag && nodes_[p].tag == Tag::ref) return true;
        return false;
    }

    void ref_tag(std::uint32_t i) {
        const Node& n = nodes_[i];
        // An opening tag left open inside another ref's content does have a </ref> after it,
        // the outer ref's: it was swallowed by the outer ref (ref-runs-into-ref) or, hidden in
        // a tag pair, shows as text inside the outer citation. It is a nested ref, not an
        // unclosed one.
        if (n.unclosed && !inside_ref_tag(i)) {
            a_.unclosed_refs.push_back(i);
            return;
        }
        Ref r;
        r.origin = RefOrigin::tag;
        r.node = i;
        r.span = n.whole;
        r.self_closing = n.self_closing;
        r.opening = {n.whole.begin, n.self_closing || n.unclosed ? n.whole.end : n.inner.begin};
        r.attrs = syntax::parse_attributes(text(n.attrs), n.attrs.begin);
        if (!n.self_closing && !n.unclosed) {
            r.content = text(n.inner);
            r.content_span = n.inner;
        }
        a_.refs.push_back(std::move(r));
    }

    void list_tag(std::uint32_t i) {
        const Node& n = nodes_[i];
        if (n.unclosed) {
            a_.unclosed_lists.push_back(i);
            return;
        }
        ReferenceList l;
        l.origin = ListOrigin::tag;
        l.node = i;
        l.span = n.whole;
        l.self_closing = n.self_closing;
        l.opening = {n.whole.begin, n.self_closing ? n.whole.end : n.inner.begin};
        l.attrs = syntax::parse_attributes(text(n.attrs), n.attrs.begin);
        if (!n.self_closing) {
            l.content = text(n.inner);
            l.content_span = n.inner;
        }
        list_container_[i] = static_cast<std::int32_t>(a_.lists.size());
        a_.lists.push_back(std::move(l));
    }

    // Calls f(j) for each node j directly under node i.
    template <typename F> void for_each_child(std::uint32_t i, F f) const {
        for (const std::uint32_t j : a_.syntax.children_of(i))
            f(j);
    }

    std::vector<std::uint32_t> children_of(std::uint32_t i) const {
        std::vector<std::uint32_t> children;
        for_each_child(i, [&](std::uint32_t c) { children.push_back(c); });
        return children;
    }

    TemplateArgs args_of(std::uint32_t i) const {
        TemplateArgs args;
        for_each_child(i, [&](std::uint32_t c) {
            if (nodes_[c].kind == NodeKind::template_arg)
                (nodes_[c].named ? args.named : args.positional).push_back(c);
        });
        return args;
    }

    std::optional<std::uint32_t> named_arg(const TemplateArgs& args, std::string_view name) const {
        std::optional<std::uint32_t> found;
        for (std::uint32_t c : args.named)
            if (trim_view(strip_comments(text(nodes_[c].name))) == name)
                found = c; // the last one wins, as in MediaWiki
        return found;
    }

    // The arguments of a template as written, named and positional together.
    std::vector<std::uint32_t> ordered_args(std::uint32_t i) const {
        std::vector<std::uint32_t> args;
        for_each_child(i, [&](std::uint32_t c) {
            if (nodes_[c].kind == NodeKind::template_arg) args.push_back(c);
        });
        return args;
    }

    // Where tag_function_value() of an argument lies: without the blanks and quotes it drops.
    Span value_span_of(std::uint32_t c) const {
        const Span raw = nodes_[c].inner;
        const std::string_view all = text(raw);
        const std::string_view v = trim_view(all);
        auto begin = static_cast<std::uint32_t>(raw.begin + (v.data() - all.data()));
        auto end = static_cast<std::uint32_t>(begin + v.size());
        if (tag_function_value(v).size() + 2 == v.size()) {
            ++begin;
            --end;
        }
        return {begin, end};
    }

    // Parameter names are case-sensitive: only {{#tag:ref|...|name=x}} names the ref, not NAME=x,
    // which Cite sees as an unknown attribute.
    syntax::Attribute attribute_from_arg(std::uint32_t c) const {
        syntax::Attribute attr;
        attr.name = std::string(trim_view(text(nodes_[c].name)));
        attr.value = tag_function_value(text(nodes_[c].inner));
        attr.name_span = nodes_[c].name;
        attr.value_span = value_span_of(c);
        return attr;
    }

    // {{#tag:ref|content|name=x}} as core's tagObj() reads it: the first argument, named or
    // not, is the content (with none at all the tag is self-closing), and the named arguments
    // after it are the attributes.
    struct TagFunctionCall {
        std::optional<std::uint32_t> content_arg;
        Span content_span;
        std::vector<syntax::Attribute> attrs;
    };
    TagFunctionCall tag_function_call(std::uint32_t i) const {
        TagFunctionCall call;
        const std::vector<std::uint32_t> args = ordered_args(i);
        if (args.empty()) return call;
        const Node& first = nodes_[args.front()];
        call.content_arg = args.front();
        call.content_span =
            first.named ? Span{first.whole.begin + 1, first.whole.end} : first.inner;
        for (std::size_t k = 1; k < args.size(); ++k)
            if (nodes_[args[k]].named) call.attrs.push_back(attribute_from_arg(args[k]));
        return call;
    }

    Span template_opening(const Node& n) const { return {n.whole.begin, n.name.end}; }

    // Whether the text of `span` in template argument `arg`, once MediaWiki expands it, is
    // certainly blank: nothing but blanks, comments and conditional parser functions every
    // result of which is so ({{#if:x||}}, {{#switch:x|a=|#default=}}), whatever their
    // conditions.
    bool expands_blank(std::uint32_t arg, Span span) const {
        std::uint32_t at = span.begin;
        bool blank = true;
        // What the argument holds follows it in the node list.
        for (std::uint32_t j = arg + 1;
             blank && j < nodes_.size() && nodes_[j].whole.begin < nodes_[arg].whole.end; ++j) {
            const Node& n = nodes_[j];
            if (n.whole.begin < at || n.whole.end > span.end) continue;
            if (n.kind == NodeKind::comment) {
            } else if (n.kind == NodeKind::template_call && conditional_blank(j)) {
            } else {
                continue; // inside a node already taken, or text checked below
            }
            blank = php_trim(strip_comments(text({at, n.whole.begin}))).empty();
            at = n.whole.end;
        }
        return blank && php_trim(strip_comments(text({at, span.end}))).empty();
    }

    // A conditional parser function whose every result expands blank. Not {{#iferror:}},
    // whose missing result is its test.
    bool conditional_blank(std::uint32_t i) const {
        const std::string name = ascii_lower(trim_view(text(nodes_[i].name)));
        const std::string_view function = std::string_view(name).substr(0, name.find(':'));
        const bool two_way = function == "#if" || function == "#ifexpr" || function == "#ifexist";
        if (!two_way && function != "#ifeq" && function != "#switch") return false;
        const std::vector<std::uint32_t> args = ordered_args(i);
        for (std::size_t k = 0; k < args.size(); ++k) {
            const Node& arg = nodes_[args[k]];
            // #ifeq's first argument is compared, not shown; #switch's labels without a value
            // fall through to the next one, and only its last positional argument is shown.
            if (function == "#ifeq" && k == 0) continue;
            if (function == "#switch" && !arg.named && k + 1 < args.size()) continue;
            const Span result = arg.named && function != "#switch" ? arg.whole : arg.inner;
            if (!expands_blank(args[k], result)) return false;
        }
        return true;
    }

    void template_call(std::uint32_t i) {
        const Node& n = nodes_[i];
        const std::string_view name = trim_view(text(n.name));
        if (name.size() > 5 && name[0] == '#' && ascii_lower(name.substr(0, 5)) == "#tag:") {
            const std::string tag = ascii_lower(trim_view(name.substr(5)));
            if (tag == "ref")
                tag_function_ref(i);
            else if (tag == "references")
                tag_function_list(i);
            return;
        }
        if (name.empty() || name[0] == '#') return;
        // The catalogue reads the name as written, comments and all.
        const ReferenceTemplate* entry = name.find("<!--") == std::string_view::npos
                                             ? find_title(a_.template_title(i))
                                             : catalogue_.find(name);
        if (!entry) {
            other_template(i);
            return;
        }
        switch (entry->role) {
        case TemplateRole::list:
            list_template(i, *entry);
            break;
        case TemplateRole::footnote:
            footnote_template(i, *entry);
            break;
        case TemplateRole::reuse:
            reuse_template(i);
            break;
        case TemplateRole::short_footnote:
            short_footnote(n.whole, i, n);
            break;
        case TemplateRole::page:
            a_.rp_templates.push_back(TemplateUse{std::string(entry->name), n.whole, {}, false});
            break;
        case TemplateRole::sources_begin:
            if (a_.source_blocks.empty() || a_.source_blocks.back().end != no_end)
                a_.source_blocks.push_back({n.whole.begin, no_end});
            break;
        case TemplateRole::sources_end:
            if (!a_.source_blocks.empty() && a_.source_blocks.back().end == no_end)
                a_.source_blocks.back().end = n.whole.end;
            break;
        case TemplateRole::none:
            break;
        }
    }

    void other_template(std::uint32_t i) {
        const Node& n = nodes_[i];
        TemplateUse use;
        use.name = a_.template_title(i);
        use.span = n.whole;
        // Positional values first, then named ones: one walk over the arguments, into buffers
        // kept from call to call, and one allocation for the values.
        positional_values_.clear();
        named_values_.clear();
        for_each_child(i, [&](std::uint32_t c) {
            if (nodes_[c].kind == NodeKind::template_arg)
                (nodes_[c].named ? named_values_ : positional_values_).push_back(nodes_[c].inner);
        });
        use.values.reserve(positional_values_.size() + named_values_.size());
        use.values.insert(use.values.end(), positional_values_.begin(), positional_values_.end());
        use.values.insert(use.values.end(), named_values_.begin(), named_values_.end());
        // Only blanks between it and the line breaks before and after it.
        const std::string_view all = a_.source->text();
        bool alone = true;
        for (std::size_t at = n.whole.begin; alone && at > 0 && all[at - 1] != '\n'; --at)
            alone = is_php_space(all[at - 1]);
        for (std::size_t at = n.whole.end; alone && at < all.size() && all[at] != '\n'; ++at)
            alone = is_php_space(all[at]);
        use.alone_on_line = alone;
        a_.other_templates.push_back(std::move(use));
    }

    void tag_function_ref(std::uint32_t i) {
        const Node& n = nodes_[i];
        Ref r;
        r.origin = RefOrigin::tag_function;
        r.node = i;
        r.span = n.whole;
        r.opening = template_opening(n);
        TagFunctionCall call = tag_function_call(i);
        r.attrs = syntax::Attributes(std::move(call.attrs));
        if (call.content_arg) {
            r.content_span = call.content_span;
            // The argument is expanded before Cite sees it: a blank expansion is no content.
            r.content = std::string_view(text(r.content_span))
                            .substr(0, expands_blank(*call.content_arg, r.content_span)
                                           ? 0
                                           : std::string_view::npos);
        } else {
            r.self_closing = true;
            r.content_span = {n.whole.end - 2, n.whole.end - 2};
        }
        a_.refs.push_back(std::move(r));
    }

    void tag_function_list(std::uint32_t i) {
        const Node& n = nodes_[i];
        ReferenceList l;
        l.origin = ListOrigin::tag_function;
        l.node = i;
        l.span = n.whole;
        l.opening = template_opening(n);
        TagFunctionCall call = tag_function_call(i);
        l.attrs = syntax::Attributes(std::move(call.attrs));
        if (call.content_arg) {
            l.content_span = call.content_span;
            l.content = text(l.content_span);
            list_container_[*call.content_arg] = static_cast<std::int32_t>(a_.lists.size());
        } else {
            l.self_closing = true;
        }
        a_.lists.push_back(std::move(l));
    }

    void list_template(std::uint32_t i, const ReferenceTemplate& entry) {
        const Node& n = nodes_[i];
        const TemplateArgs args = args_of(i);
        ReferenceList l;
        l.origin = ListOrigin::list_template;
        l.node = i;
        l.span = n.whole;
        l.opening = template_opening(n);
        l.group = entry.group;
        if (const auto g = named_arg(args, "group"))
            l.group = tag_function_value(text(nodes_[*g].inner));
        l.self_closing = true;
        std::optional<std::uint32_t> refs = named_arg(args, entry.refs_param);
        if (!refs && entry.refs_param == "1" && !args.positional.empty())
            refs = args.positional.front();
        if (refs) {
            l.self_closing = false;
            l.content_span = nodes_[*refs].inner;
            l.content = text(l.content_span);
            list_container_[*refs] = static_cast<std::int32_t>(a_.lists.size());
        }
        a_.lists.push_back(std::move(l));
    }

    void footnote_template(std::uint32_t i, const ReferenceTemplate& entry) {
        const Node& n = nodes_[i];
        const TemplateArgs args = args_of(i);
        Ref r;
        r.origin = RefOrigin::footnote_template;
        r.node = i;
        r.span = n.whole;
        r.opening = template_opening(n);
        std::vector<syntax::Attribute> attrs;
        for (std::uint32_t c : args.named) {
            syntax::Attribute attr = attribute_from_arg(c);
            if (attr.name == "name" || attr.name == "group") attrs.push_back(std::move(attr));
        }
        if (!std::any_of(attrs.begin(), attrs.end(),
                         [](const auto& x) { return x.name == "group"; }) &&
            !entry.group.empty()) {
            syntax::Attribute group;
            group.name = "group";
            group.value = entry.group;
            attrs.push_back(std::move(group));
        }
        r.attrs = syntax::Attributes(std::move(attrs));
        if (const auto content = named_arg(args, "1"); content || !args.positional.empty()) {
            r.content_span = nodes_[content ? *content : args.positional.front()].inner;
            r.content = text(r.content_span);
        } else {
            r.content = std::string_view{};
            r.content_span = {n.whole.end - 2, n.whole.end - 2};
        }
        a_.refs.push_back(std::move(r));
    }

    // en.wiki's {{r}}: each positional argument is a ref of that name, reused, or defined when
    // the call gives it content: |r= (or |reference=, |ref=) for the first name, |rN= for the
    // Nth; |group= or |g= for all of them.
    std::optional<std::uint32_t> reuse_content(const TemplateArgs& args, std::size_t nth) const {
        if (nth > 0) return named_arg(args, "r" + std::to_string(nth + 1));
        for (std::string_view param : {"r", "reference", "ref"})
            if (const auto c = named_arg(args, param)) return c;
        return std::nullopt;
    }

    void reuse_template(std::uint32_t i) {
        const Node& n = nodes_[i];
        const TemplateArgs args = args_of(i);
        std::string group;
        if (auto g = named_arg(args, "group"); g || (g = named_arg(args, "g")))
            group = tag_function_value(text(nodes_[*g].inner));
        for (std::size_t k = 0; k < args.positional.size(); ++k) {
            const std::uint32_t c = args.positional[k];
            const std::string name = tag_function_value(text(nodes_[c].inner));
            if (name.empty()) continue;
            Ref r;
            r.origin = RefOrigin::reuse_template;
            r.node = i;
            r.span = n.whole;
            r.opening = value_span_of(c);
            std::vector<syntax::Attribute> attrs(1);
            attrs[0].name = "name";
            attrs[0].value = name;
            attrs[0].value_span = r.opening;
            if (!group.empty()) {
                syntax::Attribute g;
                g.name = "group";
                g.value = group;
                attrs.push_back(std::move(g));
            }
            r.attrs = syntax::Attributes(std::move(attrs));
            if (const auto content = reuse_content(args, k)) {
                r.content_span = nodes_[*content].inner;
                r.content = text(r.content_span);
            } else {
                r.self_closing = true;
            }
            a_.refs.push_back(std::move(r));
        }
    }

    void short_footnote(Span span, std::uint32_t node, const Node& n) {
        Ref r;
        r.origin = RefOrigin::short_footnote;
        r.node = node;
        r.span = span;
        r.opening = n.kind == NodeKind::template_call ? template_opening(n) : span;
        r.content = text(span);
        r.content_span = span;
        a_.refs.push_back(std::move(r));
    }

    // Rendered dialect: the placeholders of reference templates (collect_placeholders()).
    void placeholders() {
        for (const Placeholder& p : a_.placeholders) {
            const ReferenceTemplate* entry = p.reference;
            if (!entry) continue;
            const Span span = p.span;
            if (entry->role == TemplateRole::page) {
                a_.rp_templates.push_back(TemplateUse{entry->name, span, {}, false});
            } else if (entry->role == TemplateRole::list) {
                ReferenceList l;
                l.origin = ListOrigin::placeholder;
                l.span = span;
                l.opening = span;
                l.group = entry->group;
                l.self_closing = true;
                a_.lists.push_back(std::move(l));
            } else if (entry->role == TemplateRole::short_footnote ||
                       entry->role == TemplateRole::footnote) {
                Ref r;
                r.origin = entry->role == TemplateRole::footnote ? RefOrigin::footnote_template
                                                                 : RefOrigin::short_footnote;
                r.span = span;
                r.opening = span;
                r.content = text(span);
                r.content_span = span;
                if (!entry->group.empty()) {
                    std::vector<syntax::Attribute> attrs(1);
                    attrs[0].name = "group";
                    attrs[0].value = entry->group;
                    r.attrs = syntax::Attributes(std::move(attrs));
                }
                a_.refs.push_back(std::move(r));
            }
        }
    }

    // Which refs sit inside another ref (dropped by Cite) or inside a reference list.
    void assign_containers() {
        sort_unless_in_order(a_.refs, [](const Ref& x, const Ref& y) {
            return x.span.begin != y.span.begin ? x.span.begin < y.span.begin
                                                : x.opening.begin < y.opening.begin;
        });
        sort_unless_in_order(a_.lists, [](const ReferenceList& x, const ReferenceList& y) {
            return x.span.begin < y.span.begin;
        });
        for (ReferenceList& list : a_.lists) {
            if (list.node == syntax::no_parent) continue;
            // Inside a <ref> or a <references> tag, Cite refuses the tag and it shows as text;
            // inside {{#tag:references|...}} it runs first, as the argument is expanded first.
            for (std::uint32_t p = nodes_[list.node].parent; p != syntax::no_parent;
                 p = nodes_[p].parent)
                if (nodes_[p].kind == NodeKind::extension_tag &&
                    (nodes_[p].tag == Tag::ref || nodes_[p].tag == Tag::references))
                    list.nested = true;
        }
        list_container_.clear();
        for (std::size_t l = 0; l < a_.lists.size(); ++l) {
            const ReferenceList& list = a_.lists[l];
            // A list Cite refuses holds no refs: they belong to the list around it.
            if (list.node == syntax::no_parent || list.self_closing || list.nested) continue;
            if (list.origin == ListOrigin::tag) {
                list_container_[list.node] = static_cast<std::int32_t>(l);
            } else {
                // The argument holding the refs; a named one ({{#tag:references|refs=...}}) is
                // content as a whole, name included.
                for (std::uint32_t c : children_of(list.node))
                    if (nodes_[c].kind == NodeKind::template_arg &&
                        nodes_[c].inner.begin >= list.content_span.begin &&
                        nodes_[c].inner.end <= list.content_span.end && !list.content_span.empty())
                        list_container_[c] = static_cast<std::int32_t>(l);
            }
        }
        // The templates that make a ref of their argument ({{#tag:ref}}, {{efn}}, ...).
        std::unordered_set<std::uint32_t> ref_makers;
        for (const Ref& ref : a_.refs)
            if (ref.node != syntax::no_parent && (ref.origin == RefOrigin::tag_function ||
                                                  ref.origin == RefOrigin::footnote_template))
                ref_makers.insert(ref.node);
        for (std::size_t r = 0; r < a_.refs.size(); ++r) {
            Ref& ref = a_.refs[r];
            if (ref.node == syntax::no_parent) continue;
            bool in_ref_maker = false;
            for (std::uint32_t p = nodes_[ref.node].parent; p != syntax::no_parent;
                 p = nodes_[p].parent) {
                const Node& up = nodes_[p];
                if (up.kind == NodeKind::extension_tag && up.tag == Tag::ref) {
                    ref.nested = true;
                    break;
                }
                if (ref_makers.count(p)) in_ref_maker = true;
                const auto it = list_container_.find(p);
                if (it == list_container_.end() || ref.list != no_index) continue;
                // A ref inside {{#tag:ref|...}} in the argument of {{#tag:references|...}} runs
                // while that argument is expanded, before the list, as an ordinary ref; its
                // marker ends up inside the outer ref's text, so the list never takes it back
                // (test "Reference list-defined nested <ref>s (T349981)"). Inside a
                // <references> tag, whose content is parsed in the list's context, it is
                // list-defined.
                if (in_ref_maker &&
                    a_.lists[static_cast<std::size_t>(it->second)].origin != ListOrigin::tag)
                    continue;
                ref.list = it->second;
            }
            if (ref.nested)
                ref.list = no_index;
            else if (ref.list != no_index)
                a_.lists[static_cast<std::size_t>(ref.list)].refs.push_back(
                    static_cast<std::uint32_t>(r));
        }
    }
};

} // namespace

bool Ref::content_is_empty() const {
    return !content || php_trim(*content).empty();
}

bool Ref::makes_unnamed_footnote() const {
    const bool writes_footnote = origin == RefOrigin::tag || origin == RefOrigin::tag_function ||
                                 origin == RefOrigin::footnote_template;
    const bool follows = follow && php_truthy(*follow);
    return writes_footnote && !nested && list == no_index && !name && !follows &&
           !content_is_empty();
}

namespace {

// "</ref name="natgeo">": a closing tag given attributes, which MediaWiki does not take for one
// (it closes a ref only with `</ref` and spaces before `>`): the text shows it. Such a tag
// leaves its ref open, so it stands inside a ref that a later </ref> closes, or after a ref
// that nothing closes: looked for there (not through every page), outside comments and the
// tags whose content is not wikitext (<nowiki>, <pre>, <math>, ...).
void collect_malformed_closes(Article& a) {
    const std::string_view text = a.source->text();
    std::vector<Span> opaque; // gathered at the first candidate: most pages have none
    bool gathered = false;
    const auto scan = [&](Span within) {
        const std::string_view part = text.substr(0, within.end);
        for (std::size_t at = part.find("</", within.begin); at != std::string_view::npos;
             at = part.find("</", at + 2)) {
            if (at + 6 > part.size() || !ascii_iequal_at(part, at + 2, "ref")) continue;
            // Spaces, then something other than '>' before the '>' on the same line.
            std::size_t i = at + 5;
            if (part[i] != ' ' && part[i] != '\t') continue;
            while (i < part.size() && (part[i] == ' ' || part[i] == '\t'))
                ++i;
            if (i >= part.size() || part[i] == '>' || part[i] == '\n') continue;
            const std::size_t close = part.find_first_of(">\n", i);
            if (close == std::string_view::npos || part[close] != '>') continue;
            const auto begin = static_cast<std::uint32_t>(at);
            if (!gathered) {
                for (const Node& n : a.syntax.nodes)
                    if (n.kind == NodeKind::comment ||
                        (n.kind == NodeKind::extension_tag && n.tag != Tag::ref &&
                         n.tag != Tag::references))
                        opaque.push_back(n.whole);
                gathered = true;
            }
            if (std::any_of(opaque.begin(), opaque.end(),
                            [&](Span o) { return o.begin <= begin && begin < o.end; }))
                continue;
            a.malformed_closes.push_back({begin, static_cast<std::uint32_t>(close + 1)});
        }
    };
    if (!a.unclosed_refs.empty()) {
        // From the first ref left open to the page's end.
        scan({a.syntax.nodes[a.unclosed_refs.front()].whole.begin,
              static_cast<std::uint32_t>(text.size())});
        return;
    }
    for (const Ref& r : a.refs) {
        if (r.origin != RefOrigin::tag || r.node == syntax::no_parent) continue;
        const Node& n = a.syntax.nodes[r.node];
        // "</" at all: most refs hold none but their own closing tag, outside `inner`.
        if (n.inner.end > n.inner.begin &&
            text.substr(n.inner.begin, n.inner.end - n.inner.begin).find("</") !=
                std::string_view::npos)
            scan(n.inner);
    }
    // A ref inside another is scanned with it too.
    std::sort(a.malformed_closes.begin(), a.malformed_closes.end(),
              [](const Span& x, const Span& y) { return x.begin < y.begin; });
    a.malformed_closes.erase(
        std::unique(a.malformed_closes.begin(), a.malformed_closes.end(),
                    [](const Span& x, const Span& y) { return x.begin == y.begin; }),
        a.malformed_closes.end());
}

} // namespace

void collect_references(Article& article, const ReferenceTemplates& catalogue) {
    Collector(article, catalogue).run();
    collect_malformed_closes(article);
}

} // namespace citelint::model
