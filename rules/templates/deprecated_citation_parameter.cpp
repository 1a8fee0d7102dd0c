#include <algorithm>
#include <string>
#include <vector>

#include "cs1_arguments.hpp"

namespace citelint::rules {

namespace {

// The name that replaces a deprecated one: the first name of its meta-parameter
// (rules/data/cs1_aliases.tsv), when that is another name the class accepts.
std::string replacement(std::string_view name, const Cs1Whitelist& whitelist, Cs1Scope scope) {
    for (const auto& [meta, names] : model::Catalogues::builtin().cs1_aliases.all()) {
        if (std::find(names.begin(), names.end(), name) == names.end()) continue;
        const std::string& first = names.front();
        if (first != name && first.find('#') == std::string::npos &&
            whitelist.validate(first, scope) == ParamState::valid)
            return first;
        return {};
    }
    return {};
}

void check(const Article& a, Sink& sink) {
    const Cs1Whitelist& whitelist = a.catalogues->cs1_whitelist;
    EnglishPage english(a);
    std::vector<const CitationParam*> args;
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        const bool candidate =
            std::any_of(c.params.begin(), c.params.end(), [&](const CitationParam& p) {
                return !p.value.empty() && whitelist.deprecated_somewhere(p.name);
            });
        if (!candidate) continue;
        const Cs1Scope scope = whitelist.scope(c.cite_class);
        module_arguments(c, args);
        if (!speaks_english_cs1(args, whitelist, scope)) continue;
        if (!english()) break;
        for (const CitationParam* p : args) {
            if (p->value.empty() || is_number_key(*p)) continue; // empty ones are unknown ones
            if (whitelist.validate(p->name, scope) != ParamState::deprecated) continue;
            if (const std::string use = replacement(p->name, whitelist, scope); !use.empty()) {
                Diagnostic& d =
                    sink.report(param_span(a, *p),
                                fmt::format("deprecated parameter |{}= (use |{}=)", p->name, use));
                d.help.push_back(
                    fmt::format("rename it to |{}=; the module still reads |{}= but will drop it",
                                use, p->name));
            } else {
                Diagnostic& d = sink.report(param_span(a, *p),
                                            fmt::format("deprecated parameter |{}=", p->name));
                d.help.push_back("it has no replacement: remove it before the module drops it (it "
                                 "then becomes an unknown parameter)");
            }
        }
    }
    say_if_parameters_lost(a, sink, "the deprecated parameters");
}

} // namespace

// clang-format off
extern const engine::Rule deprecated_citation_parameter{
    .code = "T017",
    .name = "deprecated-citation-parameter",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a citation gives a parameter that the module has deprecated",
    .docs = {
        .what_it_finds =
            "In a CS1/CS2 citation (the module's error deprecated_params), "
            "a non-empty parameter that the whitelist of Module:Citation/CS1 (English Wikipedia, "
            "2022; rules/data/cs1_whitelist.tsv) marks deprecated: it still works. "
            "In that data these are |lay-date=, |lay-format=, |lay-source=, "
            "|lay-url= (no replacement) and {{cite episode}}'s |transcripturl= (|transcript-url=); "
            "the replacement named is the first name of the parameter's aliases "
            "(rules/data/cs1_aliases.tsv). "
            "Each such parameter is reported at its own name, where the module shows one message "
            "per citation naming the first it met (in no set order): "
            "an editor fixes them all in one pass. "
            "An empty deprecated parameter is an empty unknown one (unknown-citation-parameter), "
            "as the module counts it. "
            "Other wikis' pages and citations are left alone, as unknown-citation-parameter does; "
            "in the rendered dialect it says once that it could not run.",
        .why_it_matters =
            "The module puts the page in \"CS1 errors: deprecated parameters\" and shows a "
            "message; a deprecated parameter is later removed, and its value then disappears "
            "from the citation.",
        .example_bad = R"md(<ref>{{cite episode |title=Pilot |series=Show |date=2001 |transcripturl=https://example.org/t}}</ref>)md",
        .example_good = R"md(<ref>{{cite episode |title=Pilot |series=Show |date=2001 |transcript-url=https://example.org/t}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/citations/cs1_whitelist.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
