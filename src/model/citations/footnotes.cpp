// Short citations and the anchors they link to, computed from the wikitext as en.wiki's
// Module:Footnotes and Module:Footnotes/anchor id list compute them
// (../shared/spec/citation-templates.md §2.1-2.3).
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <unordered_map>

#include "../../syntax/attributes.hpp"
#include "../article.hpp"
#include "../builders.hpp"
#include "../text.hpp"
#include "anchor_rules.hpp"

namespace citelint::model {

namespace {

using namespace anchor_rules;
using syntax::Node;
using syntax::NodeKind;

// A template's arguments by name (positional ones by number); with `all` false only those an
// anchor can depend on.
Params params_of(const Article& a, std::uint32_t node,
                 std::vector<std::pair<std::string, std::uint32_t>>* positional = nullptr,
                 bool all = true) {
    Params p;
    const auto& nodes = a.syntax.nodes;
    unsigned position = 0;
    for (const std::uint32_t j : a.syntax.children_of(node)) {
        if (nodes[j].kind != NodeKind::template_arg) continue;
        std::string name =
            nodes[j].named ? clean_text(a.text(nodes[j].name)) : std::to_string(++position);
        if (!all && !anchor_relevant(name)) continue;
        p.named.emplace_back(std::move(name), clean_text(a.text(nodes[j].inner)));
        if (positional) positional->emplace_back(p.named.back().first, j);
    }
    return p;
}

// The parameters of a citation already read, those an anchor can depend on.
void params_of(const Citation& c, ViewParams& p) {
    p.named.reserve(c.params.size());
    for (const CitationParam& param : c.params)
        if (anchor_relevant(param.name)) p.named.emplace_back(param.name, param.value);
}

// Whether a template has a named argument `name` (written without comments).
bool has_named_arg(const Article& a, std::uint32_t node, std::string_view name) {
    const auto& nodes = a.syntax.nodes;
    for (const std::uint32_t j : a.syntax.children_of(node))
        if (nodes[j].named && php_trim(a.text(nodes[j].name)) == name) return true;
    return false;
}

// The argument node of a parameter, by the name params_of() gave it; the last one wins.
std::uint32_t arg_node(const std::vector<std::pair<std::string, std::uint32_t>>& where,
                       const std::string& key) {
    for (auto it = where.rbegin(); it != where.rend(); ++it)
        if (it->first == key) return it->second;
    return syntax::no_parent;
}

class FootnotesCollector {
  public:
    FootnotesCollector(Article& a, const FootnoteTemplates& catalogue)
        : a_(a), catalogue_(catalogue) {}

    void run() {
        const auto& nodes = a_.syntax.nodes;
        std::size_t next_citation = 0;
        for (std::uint32_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i].kind != NodeKind::template_call) continue;
            while (next_citation < a_.citations.size() && a_.citations[next_citation].node < i)
                ++next_citation;
            const bool is_citation =
                next_citation < a_.citations.size() && a_.citations[next_citation].node == i;
            template_call(i, is_citation ? static_cast<std::int32_t>(next_citation) : no_index);
        }
        std::sort(a_.local_anchor_bases.begin(), a_.local_anchor_bases.end());
        a_.template_names.reserve(names_.size());
        for (const auto& [name, facts] : names_)
            a_.template_names.push_back(name);
        std::sort(a_.template_names.begin(), a_.template_names.end());
        std::sort(a_.anchor_whitelist.begin(), a_.anchor_whitelist.end());
        count_targets();
    }

  private:
    // Template `i`, which is the citation `index` of the page, or none (no_index).
    void template_call(std::uint32_t i, std::int32_t index) {
        std::string_view written = php_trim(a_.text(a_.node(i).name));
        if (written.empty() || written.front() == '#' || written.front() == '{') return;
        const std::string name = title_without_subpage(i, written);
        NameFacts& facts = names_.try_emplace(name).first->second;
        // The page's wiki makes this template's anchor by a recipe citelint knows (ru.wiki's
        // {{книга}}: CITEREF + ref + год + буква, only when |ref= is given).
        if (const Site* site = a_.options.site; site && !a_.options.site_from_page) {
            if (const auto recipe = anchor_recipe(*site, canonical_title(name)); !recipe.empty()) {
                recipe_anchor(i, recipe);
                return;
            }
        }
        if (index != no_index && a_.citations[static_cast<std::size_t>(index)].cs1) {
            citation(i, index, name);
            return;
        }
        if (!facts.looked_up) facts = {true, catalogue_.role(name), catalogue_.is_wrapper(name)};
        if (by_role(i, index, name, facts.role)) return;
        if (facts.wrapper) {
            const Params p = params_of(a_, i, nullptr, false);
            if (const WrapperDefault* w = catalogue_.wrapper(name, volume_of(p))) {
                wrapper(i, name, p, *w);
                return;
            }
        }
        if (name.rfind("Cite", 0) == 0 || name.rfind("Cita", 0) == 0) {
            citation(i, index, name);
            return;
        }
        ref_passed_on(i);
    }

    // A template of a role Module:Footnotes knows; false when its role makes nothing here.
    bool by_role(std::uint32_t i, std::int32_t index, const std::string& name, FootnoteRole role) {
        switch (role) {
        case FootnoteRole::sfn:
        case FootnoteRole::harv:
            short_citation(i, name,
                           role == FootnoteRole::sfn ? ShortCitationKind::sfn
                                                     : ShortCitationKind::harv);
            return true;
        case FootnoteRole::sfnm:
            short_citations_m(i, name);
            return true;
        case FootnoteRole::harvs:
            short_citations_s(i, name);
            return true;
        case FootnoteRole::anchor:
            anchor_template(i, name);
            return true;
        case FootnoteRole::vcite:
            vcite(i, name);
            return true;
        case FootnoteRole::harvc:
            harvc(i, name);
            return true;
        case FootnoteRole::wikicite:
            wikicite(i, name);
            return true;
        case FootnoteRole::whitelist:
            for (const auto& [pname, value] : params_of(a_, i).named)
                if (all_digits(pname) && !value.empty())
                    a_.anchor_whitelist.push_back(anchor_encode(value));
            return true;
        case FootnoteRole::patent:
            citation(i, index, name, true);
            return true;
        case FootnoteRole::sfnref:
        case FootnoteRole::none:
            break;
        }
        return false;
    }

    // Any other template given |ref={{sfnref|...}} passes it on to a citation it wraps
    // ({{IUCN|...|ref={{harvid|Lindsey|2008}}}}): Module:Footnotes does not know it, but the
    // page has the anchor.
    void ref_passed_on(std::uint32_t i) {
        if (!has_named_arg(a_, i, "ref")) return;
        const Params p = params_of(a_, i, nullptr, false);
        if (const std::string* ref = p.get("ref")) {
            if (auto id = sfnref_text(*ref)) {
                add_anchor(i, *id, AnchorMaker::wrapper);
            } else if (const std::string_view r = php_trim(*ref); !r.empty()) {
                // Another wiki's citation template makes its anchor from |ref= by a recipe of
                // its own (ru.wiki's {{книга}}: CITEREF + ref + год): what it begins with.
                a_.local_anchor_bases.push_back(anchor_encode(r));
                a_.local_anchor_bases.push_back("CITEREF" + anchor_encode(r));
            }
        }
    }

    Article& a_;
    const FootnoteTemplates& catalogue_;

    // Article::anchor_ids, and ShortCitation::targets: how many anchors of the page make each
    // one's target.
    void count_targets() {
        std::vector<std::string_view>& ids = a_.anchor_ids;
        ids.reserve(a_.anchors.size());
        for (const Anchor& anchor : a_.anchors)
            ids.push_back(anchor.id);
        std::sort(ids.begin(), ids.end());
        for (ShortCitation& s : a_.short_citations) {
            const auto [first, last] = std::equal_range(ids.begin(), ids.end(), s.target);
            s.targets = static_cast<std::uint32_t>(last - first);
        }
    }

    // What the catalogue says of a template's name, asked once per name and page: a page calls
    // the same templates again and again, and each answer is a search of a large table.
    struct NameFacts {
        bool looked_up = false;
        FootnoteRole role = FootnoteRole::none;
        bool wrapper = false;
    };
    // Every template name used on the page (Article::template_names), with its facts.
    std::unordered_map<std::string, NameFacts> names_;

    // The canonical name of template `i`, of a subpage ({{Sfn/doc}}) without its "/...".
    std::string title_without_subpage(std::uint32_t i, std::string_view written) const {
        if (written.find('/') == std::string_view::npos) return std::string(a_.template_title(i));
        const std::string cleaned = strip_comments(written);
        return canonical_title(std::string_view(cleaned).substr(0, cleaned.find('/')));
    }

    static std::string volume_of(const Params& p) {
        const std::string* v = p.get("volume");
        return v ? std::string(php_trim(anchor_text(*v))) : std::string();
    }

    void recipe_anchor(std::uint32_t node, std::span<const std::string_view> recipe) {
        if (!has_named_arg(a_, node, recipe.front())) return;
        const Params p = params_of(a_, node); // every parameter: the recipe's are local names
        const std::string* first = p.get(recipe.front());
        if (!first || php_trim(*first).empty()) return;
        std::string id = "CITEREF";
        bool templated = false; // a value that is only known once expanded ({{nobr|2002}})
        for (const std::string_view param : recipe)
            if (const std::string* v = p.get(param)) {
                id += php_trim(*v);
                templated = templated || v->find("{{") != std::string::npos;
            }
        add_anchor(node, std::move(id), AnchorMaker::wrapper).uncertain = templated;
    }

    Anchor& add_anchor(std::uint32_t node, std::string id, AnchorMaker maker) {
        const Node& n = a_.node(node);
        Anchor anchor;
        anchor.id = anchor_encode(id);
        anchor.maker = maker;
        anchor.node = node;
        anchor.opening = {n.whole.begin, n.name.end};
        anchor.section = a_.section_at(n.whole.begin);
        a_.anchors.push_back(std::move(anchor));
        return a_.anchors.back();
    }

    // anchor_id_make_cs12() and, for wrappers, anchor_id_make_wrapper(): |ref= first, then
    // the names and the year.
    void citation(std::uint32_t node, std::int32_t index, const std::string& /*name*/,
                  bool patent = false, const WrapperDefault* defaults = nullptr) {
        ViewParams p;
        if (index != no_index) {
            params_of(a_.citations[static_cast<std::size_t>(index)], p);
        } else {
            p.owned = params_of(a_, node, nullptr, false);
            for (const auto& [pname, value] : p.owned.named)
                p.named.emplace_back(pname, value);
        }
        bool templated = false;
        const std::string year =
            patent
                ? date_get(p, {"issue-date", "gdate", "publication-date", "pubdate"}, templated)
                : date_get(p, {"year", "date", "publication-date", "publicationdate"}, templated);
        std::optional<std::string> ref;
        if (const std::string_view* r = p.get("ref"); r && !php_trim(*r).empty())
            ref = std::string(php_trim(*r));
        const AnchorMaker maker = defaults ? AnchorMaker::wrapper : AnchorMaker::citation;
        auto made = [&](std::string id) -> Anchor& {
            Anchor& anchor = add_anchor(node, std::move(id), maker);
            anchor.citation = index;
            // A full citation inside a ref is exempt whatever template makes it: a wrapper
            // (<ref>{{CathEncy |...}}</ref>) as well as a CS1 template.
            anchor.in_ref = index != no_index ? a_.citations[static_cast<std::size_t>(index)].in_ref
                                              : inside_ref(a_, node);
            return anchor;
        };
        if (ref && ref->front() == '{') {
            if (auto id = sfnref_text(*ref)) made(*id);
            return;
        }
        if (ref && *ref == "none" && !patent) return;
        if (ref && *ref != "harv") {
            made(*ref);
            return;
        }
        const NameParams np = name_params(p);
        std::vector<std::string> names;
        if (patent) {
            names = names_get(np, inventor_aliases);
        } else {
            names = names_get(np, contributor_aliases);
            if (names.empty()) names = names_get(np, author_aliases);
            if (names.empty()) names = vnames_get(np, "vauthors");
            if (names.empty()) names = names_get(np, editor_aliases);
            if (names.empty()) names = vnames_get(np, "veditors");
        }
        std::string dated = year;
        if (defaults) {
            if (names.empty()) names.push_back(defaults->names);
            if (dated.empty()) dated = defaults->year;
        }
        const bool names_unknown = names_templated(p);
        if (names.empty() && !names_unknown) return;
        Anchor& anchor = made("CITEREF" + joined(names) + dated);
        anchor.names = std::move(names);
        anchor.year = dated;
        anchor.uncertain = templated || names_unknown;
    }

    // Whether a value a name could come from holds a template (Module:Footnotes drops it; the
    // citation module would show what it expands to).
    static bool names_templated(const ViewParams& p) {
        // The value first: few hold a template.
        for (const auto& [name, value] : p.named)
            if (value.find("{{") != std::string::npos &&
                (name.find("last") != std::string::npos ||
                 name.find("author") != std::string::npos ||
                 name.find("surname") != std::string::npos ||
                 name.find("editor") != std::string::npos ||
                 name.find("contributor") != std::string::npos))
                return true;
        return false;
    }

    void wrapper(std::uint32_t node, const std::string& name, const Params&,
                 const WrapperDefault& defaults) {
        citation(node, no_index, name, false, &defaults);
    }

    void anchor_template(std::uint32_t node, const std::string&) {
        for (const auto& [pname, value] : params_of(a_, node).named) {
            if (!all_digits(pname)) continue;
            if (auto id = sfnref_text(value)) {
                add_anchor(node, *id, AnchorMaker::anchor);
                continue;
            }
            if (const std::string text = anchor_text(value); !text.empty())
                add_anchor(node, text, AnchorMaker::anchor);
        }
    }

    void vcite(std::uint32_t node, const std::string&) {
        const Params p = params_of(a_, node, nullptr, false);
        if (const std::string* r = p.get("ref"); r && php_trim(*r).rfind("{{", 0) == 0) {
            if (auto id = sfnref_text(*r)) add_anchor(node, *id, AnchorMaker::vcite);
            return;
        }
        const NameParams np = name_params(p);
        if (const std::string_view* r = np.get("ref"))
            add_anchor(node, std::string(*r), AnchorMaker::vcite);
        else if (const std::string_view* h = np.get("harvid"))
            add_anchor(node, "CITEREF" + std::string(*h), AnchorMaker::vcite);
    }

    void harvc(std::uint32_t node, const std::string&) {
        const Params p = params_of(a_, node, nullptr, false);
        bool templated = false;
        const std::string year = date_get(p, {"anchor-year", "year"}, templated);
        if (const std::string* id = p.get("id"); id && php_trim(*id).rfind("{{", 0) == 0) {
            if (auto made = sfnref_text(*id)) add_anchor(node, *made, AnchorMaker::harvc);
            return;
        }
        const NameParams np = name_params(p);
        if (const std::string_view* id = np.get("id")) {
            add_anchor(node, std::string(*id), AnchorMaker::harvc);
            return;
        }
        std::vector<std::string> names = names_get(np, harvc_aliases);
        if (names.empty()) return;
        Anchor& anchor = add_anchor(node, "CITEREF" + joined(names) + year, AnchorMaker::harvc);
        anchor.names = std::move(names);
        anchor.year = year;
        anchor.uncertain = templated;
    }

    void wikicite(std::uint32_t node, const std::string&) {
        const Params p = params_of(a_, node, nullptr, false);
        const std::string* ref = p.get("ref");
        const std::string* id = p.get("id");
        if (ref && php_trim(*ref).rfind("{{", 0) == 0) {
            if (auto made = sfnref_text(*ref)) add_anchor(node, *made, AnchorMaker::wikicite);
        } else if (ref && !php_trim(*ref).empty()) {
            add_anchor(node, std::string(php_trim(*ref)), AnchorMaker::wikicite);
        } else if (id && php_trim(*id).rfind("{{", 0) == 0) {
            if (auto made = sfnref_text(*id))
                add_anchor(node, "Reference-" + *made, AnchorMaker::wikicite);
        } else if (id && !php_trim(*id).empty()) {
            add_anchor(node, "Reference-" + std::string(php_trim(*id)), AnchorMaker::wikicite);
        }
    }

    ShortCitation start_short(std::uint32_t node, const std::string& name,
                              ShortCitationKind kind) const {
        const Node& n = a_.node(node);
        ShortCitation s;
        s.kind = kind;
        s.template_name = name;
        s.node = node;
        s.span = n.whole;
        s.opening = {n.whole.begin, n.name.end};
        return s;
    }

    // The short citation's target as core() makes it from P1..P5 and |ref=.
    void finish_short(ShortCitation s, std::array<std::string, 5> P, const std::string& ref) {
        // core(): the year is the last given P, when it is a year; a non-year P5 is dropped.
        int year_at = -1;
        for (int k = 4; k >= 1; --k)
            if (!P[static_cast<std::size_t>(k)].empty()) {
                if (is_year(P[static_cast<std::size_t>(k)]))
                    year_at = k;
                else if (k == 4)
                    P[4].clear();
                break;
            }
        for (int k = 0; k < 5; ++k) {
            const std::string& v = P[static_cast<std::size_t>(k)];
            if (v.find("{{") != std::string::npos) s.uncertain = true;
            if (k == year_at)
                s.year = v;
            else if (!v.empty() && k < 4)
                s.names.push_back(v);
        }
        if (ref == "none") return;
        if (!ref.empty()) {
            s.explicit_ref = true;
            s.target = anchor_encode(ref);
            if (ref.find("{{") != std::string::npos) {
                if (auto id = sfnref_text(ref))
                    s.target = anchor_encode(*id);
                else
                    s.uncertain = true;
            }
        } else {
            s.target = anchor_encode("CITEREF" + P[0] + P[1] + P[2] + P[3] + P[4]);
        }
        a_.short_citations.push_back(std::move(s));
    }

    static Span span_of(const Article& a, const std::vector<std::uint32_t>& args) {
        Span s{};
        for (std::uint32_t j : args) {
            const Span v = a.node(j).inner;
            if (s.begin == s.end) s = v;
            s.begin = std::min(s.begin, v.begin);
            s.end = std::max(s.end, v.end);
        }
        return s;
    }

    // The ref {{sfn}} or {{sfnp}} makes (Module:Footnotes' sfn() and core()), from P1..P5 as
    // args_fetch() leaves them (P5 a year found further on); none when an argument it is made
    // of holds a template, whose expansion is not known here.
    void footnote_ref(std::uint32_t node, const std::string& template_name,
                      std::array<std::string, 5> P, const Params& p) {
        auto arg = [&](std::initializer_list<std::string_view> names) -> std::string {
            for (std::string_view n : names)
                if (const std::string* v = p.get(n)) return *v;
            return {};
        };
        const std::string page = arg({"p", "page"});
        const std::string pages = arg({"pp", "pages"});
        const std::string location = arg({"loc"});
        const std::string ref = arg({"ref", "Ref"});
        const std::string* ps = p.get("postscript");
        if (!ps) ps = p.get("ps");
        std::string postscript = ps ? *ps : ".";
        if (postscript == "none") postscript.clear();
        for (std::string_view v :
             {std::string_view(P[0]), std::string_view(P[1]), std::string_view(P[2]),
              std::string_view(P[3]), std::string_view(P[4]), std::string_view(page),
              std::string_view(pages), std::string_view(location), std::string_view(ref),
              std::string_view(postscript)})
            if (v.find("{{") != std::string_view::npos) return;
        const bool brackets = catalogue_.brackets_year(template_name);
        auto year = [&](const std::string& y) { return brackets ? "(" + y + ")" : y; };
        std::string text;
        if (!P[4].empty()) {
            if (is_year(P[4])) {
                text = P[0] + " et al. " + year(P[4]);
            } else {
                P[4].clear(); // not a year: neither shown nor part of the anchor
                text = P[0] + " et al.";
            }
        } else if (!P[3].empty()) {
            text = is_year(P[3]) ? P[0] + ", " + P[1] + " &amp; " + P[2] + " " + year(P[3])
                                 : P[0] + " et al.";
        } else if (!P[2].empty()) {
            text = is_year(P[2]) ? P[0] + " &amp; " + P[1] + " " + year(P[2])
                                 : P[0] + ", " + P[1] + " &amp; " + P[2];
        } else if (!P[1].empty()) {
            text = is_year(P[1]) ? P[0] + " " + year(P[1]) : P[0] + " &amp; " + P[1];
        } else {
            text = P[0];
        }
        // A result ending in a dot ("n.d.") loses it to a postscript of exactly "." when no
        // in-source location follows.
        if (!text.empty() && text.back() == '.' && postscript == "." && page.empty() &&
            pages.empty() && location.empty())
            text.pop_back();
        const std::string names = P[0] + P[1] + P[2] + P[3] + P[4];
        if (ref != "none")
            text = "[[#" + anchor_encode(ref.empty() ? "CITEREF" + names : ref) + "|" + text + "]]";
        if (!page.empty())
            text += ", p.&nbsp;" + page;
        else if (!pages.empty())
            text += ", pp.&nbsp;" + pages;
        if (!location.empty()) text += ", " + location;
        a_.footnote_refs.push_back({node,
                                    collapse_spaces("FOOTNOTE" + names + strip_url(page) +
                                                    strip_url(pages) + strip_url(location)),
                                    collapse_spaces(text + postscript)});
    }

    void short_citation(std::uint32_t node, const std::string& name, ShortCitationKind kind) {
        std::vector<std::pair<std::string, std::uint32_t>> where;
        const Params p = params_of(a_, node, &where);
        auto arg = [&](const std::string& key) -> const std::string* { return p.get(key); };
        std::array<std::string, 5> P;
        std::vector<std::uint32_t> used;
        auto node_of = [&](const std::string& key) { return arg_node(where, key); };
        for (std::size_t k = 0; k < 5; ++k)
            if (const std::string* v = arg(std::to_string(k + 1))) {
                P[k] = *v;
                used.push_back(node_of(std::to_string(k + 1)));
            }
        if (!is_year(P[4]))
            for (std::size_t k = 6; const std::string* v = arg(std::to_string(k)); ++k)
                if (is_year(*v)) {
                    P[4] = *v;
                    used.push_back(node_of(std::to_string(k)));
                    break;
                }
        ShortCitation s = start_short(node, name, kind);
        const std::string* ref = arg("ref");
        if (!ref) ref = arg("Ref");
        if (ref) {
            if (const auto j = node_of(p.get("ref") ? "ref" : "Ref");
                j != syntax::no_parent && !php_trim(*ref).empty())
                used = {j};
        }
        s.target_span = used.empty() ? s.opening : span_of(a_, used);
        const std::string* i1 = arg("ignore-false-positive");
        const std::string* i2 = arg("ignore-err");
        s.ignore_errors = (i1 && *i1 == "yes") || (i2 && *i2 == "yes");
        if (kind == ShortCitationKind::sfn) footnote_ref(node, name, P, p);
        finish_short(std::move(s), std::move(P), ref ? *ref : std::string());
    }

    // {{harvs}}: one author list and several years, each year a work it links to.
    void short_citations_s(std::uint32_t node, const std::string& name) {
        std::vector<std::pair<std::string, std::uint32_t>> where;
        const Params p = params_of(a_, node, &where);
        auto node_of = [&](const std::string& key) { return arg_node(where, key); };
        NameParams np;
        for (const auto& [key, value] : p.named)
            if (!value.empty()) np.add(key, value);
        const std::vector<std::string> names = names_get(np, harvs_aliases);
        if (names.empty()) return;
        for (int n = 1; n <= 20; ++n) {
            const std::string key = n == 1 ? "year" : "year" + std::to_string(n);
            const std::string* year = p.get(key);
            if (!year && n == 1) year = p.get("year1");
            if (!year) {
                if (n == 1) continue;
                break;
            }
            ShortCitation s = start_short(node, name, ShortCitationKind::harv);
            const std::uint32_t arg = node_of(p.get(key) ? key : "year1");
            s.target_span = arg == syntax::no_parent ? s.opening : a_.node(arg).inner;
            std::array<std::string, 5> P;
            for (std::size_t k = 0; k < names.size() && k < 4; ++k)
                P[k] = names[k];
            P[std::min<std::size_t>(names.size(), 4)] = *year;
            finish_short(std::move(s), std::move(P), std::string());
        }
    }

    // sfnm(): sources numbered 1, 2, ... with named parts (1a1..1a4, 1y) or positional pairs.
    void short_citations_m(std::uint32_t node, const std::string& name) {
        std::vector<std::pair<std::string, std::uint32_t>> where;
        const Params p = params_of(a_, node, &where);
        auto node_of = [&](const std::string& key) { return arg_node(where, key); };
        std::size_t first = 1;
        for (std::size_t n = 1;; ++n) {
            const std::string prefix = std::to_string(n);
            const std::string* a1 = p.get(prefix + "a1");
            const std::string* positional = p.get(std::to_string(first));
            if (!a1 && !positional) break;
            std::array<std::string, 5> P;
            std::vector<std::uint32_t> used;
            if (a1) {
                for (std::size_t k = 0; k < 5; ++k) {
                    const std::string key = prefix + "a" + std::to_string(k + 1);
                    const std::string* v = p.get(key);
                    if (v && !v->empty()) {
                        P[k] = *v;
                        used.push_back(node_of(key));
                        continue;
                    }
                    if (const std::string* y = p.get(prefix + "y")) {
                        P[k] = *y;
                        used.push_back(node_of(prefix + "y"));
                    }
                    break;
                }
            } else {
                P[0] = *positional;
                used.push_back(node_of(std::to_string(first)));
                if (const std::string* y = p.get(std::to_string(first + 1))) {
                    P[1] = *y;
                    used.push_back(node_of(std::to_string(first + 1)));
                }
                first += 2;
            }
            ShortCitation s = start_short(node, name, ShortCitationKind::sfnm);
            used.erase(std::remove(used.begin(), used.end(), syntax::no_parent), used.end());
            s.target_span = used.empty() ? s.opening : span_of(a_, used);
            const std::string* ref = p.get(prefix + "ref");
            const std::string* i1 = p.get(prefix + "ignore-false-positive");
            const std::string* i2 = p.get(prefix + "ignore-err");
            s.ignore_errors = (i1 && *i1 == "yes") || (i2 && *i2 == "yes");
            finish_short(std::move(s), std::move(P), ref ? *ref : std::string());
        }
    }
};

} // namespace

void collect_footnotes(Article& a, const FootnoteTemplates& catalogue) {
    FootnotesCollector(a, catalogue).run();
}

} // namespace citelint::model
