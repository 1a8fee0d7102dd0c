#include <unordered_map>

#include "common.hpp"
#include "../../src/syntax/attributes.hpp"

namespace citelint::rules {

namespace {

constexpr std::size_t shortest_compared = 20; // "Ibid.", "p. 4": too short to be a full citation

bool lost_in_rendering(std::string_view content) {
    return content.find("Template:") != std::string_view::npos || content.find("{{#invoke:") != std::string_view::npos;
}

// Refs whose content is the citation as written: tags, {{#tag:ref}} and footnote templates
// such as {{efn}} or {{refn}} (which expand to {{#tag:ref}}), not their placeholders in the
// rendered dialect, nor short citations, which repeat by design.
bool written_out(const Ref& r) {
    switch (r.origin) {
    case model::RefOrigin::tag:
    case model::RefOrigin::tag_function: return true;
    case model::RefOrigin::footnote_template: return r.node != syntax::no_parent;
    case model::RefOrigin::reuse_template:
    case model::RefOrigin::short_footnote: return false;
    }
    return false;
}

void check(const Article& a, Sink& sink) {
    std::unordered_map<std::string, std::size_t> first; // group + '\0' + content -> ref
    std::size_t not_compared = 0;
    const Ref* first_not_compared = nullptr;
    for (std::size_t i = 0; i < a.refs.size(); ++i) {
        const Ref& r = a.refs[i];
        if (r.nested || r.list >= 0 || r.name || r.follow || !r.content || !written_out(r))
            continue;
        std::string key = syntax::normalize_attribute_whitespace(*r.content);
        if (key.size() < shortest_compared)
            continue;
        if (a.dialect == model::Dialect::rendered && lost_in_rendering(key)) {
            if (!first_not_compared)
                first_not_compared = &r;
            ++not_compared;
            continue;
        }
        key = r.group + '\0' + key;
        const auto [it, fresh] = first.try_emplace(std::move(key), i);
        if (fresh)
            continue;
        const Ref& original = a.refs[it->second];
        Diagnostic& d = sink.report(r.opening, "the same citation is written out in full again in an unnamed ref");
        d.notes.push_back({original.opening, "first written here"});
        d.help.push_back("name the first one, as <ref name=\"...\">, and reuse it here with <ref name=\"...\" />");
    }
    if (not_compared > 0) {
        Diagnostic& d = sink.report(first_not_compared->opening,
                                    fmt::format("could not compare {} citations: their template parameters were lost "
                                                "in the rendered dialect",
                                                not_compared));
        d.limitation = true;
    }
}

} // namespace

extern const engine::Rule duplicate_unnamed_citation{
    "R024",
    "duplicate-unnamed-citation",
    engine::Family::references,
    engine::Severity::warning,
    "the same citation is written out in full in several unnamed refs",
    {},
    {
        "Unnamed refs (tags, `{{#tag:ref}}`, footnote templates such as `{{efn}}`) of the same group "
        "whose content is identical once runs of whitespace are folded "
        "(contents shorter than 20 bytes, such as \"Ibid.\", are left alone). In the rendered dialect, "
        "citations whose parameters were lost are not compared, and the rule says so once.",
        "MediaWiki lists each copy as a separate footnote, so the reference list repeats itself and a "
        "correction made to one copy misses the others. One named ref reused with `<ref name=... />` "
        "keeps one entry.",
        "A.<ref>Smith, J. (2010). History. Oxford.</ref> B.<ref>Smith, J. (2010). History. Oxford.</ref>",
        "A.<ref name=\"smith2010\">Smith, J. (2010). History. Oxford.</ref> B.<ref name=\"smith2010\" />",
        "None.",
    },
    check,
};

} // namespace citelint::rules
