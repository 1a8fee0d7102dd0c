#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "cs1_arguments.hpp"

namespace citelint::rules {

namespace {

// The template that takes the unique arguments of a class.
std::string_view template_of_class(std::string_view cite_class) {
    static constexpr std::pair<std::string_view, std::string_view> templates[] = {
        {"audio-visual", "cite AV media"},
        {"conference", "cite conference"},
        {"episode", "cite episode"},
        {"mailinglist", "cite mailing list"},
        {"map", "cite map"},
        {"newsgroup", "cite newsgroup"},
        {"report", "cite report"},
        {"serial", "cite serial"},
        {"speech", "cite speech"},
        {"thesis", "cite thesis"},
    };
    for (const auto& [cls, name] : templates)
        if (cls == cite_class) return name;
    return cite_class;
}

// At most `limit` bytes of text, cut at a character boundary.
std::string excerpt(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return std::string(text);
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut)) + "…";
}

std::string listed(const std::vector<const CitationParam*>& params) {
    std::string out;
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (i > 0) out += i + 1 == params.size() ? " and " : ", ";
        out += fmt::format("|{}=", params[i]->name);
    }
    return out;
}

// The value an old parameter's value becomes under the name that replaced it, where the new
// one takes other words (|deadurl=yes is |url-status=dead); empty when it cannot be said, and
// the value itself for a plain renaming.
std::optional<std::string> carried_value(std::string_view old_name, std::string_view target,
                                         std::string_view value) {
    const std::string v = model::ascii_lower(value);
    const bool yes = v == "yes" || v == "y" || v == "true";
    if (target == "url-status") {
        if (yes) return "dead";
        if (v == "no" || v == "n" || v == "false") return "live";
        if (v == "unfit" || v == "usurped") return v;
        return std::nullopt;
    }
    if (target == "url-access") {
        if (!yes) return std::nullopt;
        return model::ascii_lower(old_name).find("regist") != std::string::npos ? "registration"
                                                                                : "subscription";
    }
    if (target == "name-list-style") {
        if (model::ascii_lower(old_name) == "name-list-format")
            return v == "amp" || v == "vanc" ? std::optional<std::string>(v) : std::nullopt;
        return yes ? std::optional<std::string>("amp") : std::nullopt;
    }
    return std::string(value);
}

// A parameter name without its number, and the number ("1" when it has none: |last= is
// |last1=); an alias's "#" stands for any number.
std::pair<std::string_view, std::string_view> stem_and_number(std::string_view name) {
    std::size_t end = name.size();
    while (end > 0 && (model::ascii_digit(name[end - 1]) || name[end - 1] == '#'))
        --end;
    const std::string_view number = name.substr(end);
    return {name.substr(0, end), number.empty() ? "1" : number};
}

bool same_parameter(std::string_view alias, std::string_view name) {
    const auto [alias_stem, alias_number] = stem_and_number(alias);
    const auto [stem, number] = stem_and_number(name);
    return alias_stem == stem && (alias_number == "#" || alias_number == number);
}

// Whether the citation gives the parameter, under that name or another of its aliases (of any
// meta-parameter that has the name).
bool gives(const Citation& c, std::string_view name) {
    const auto given = [&](std::string_view alias) {
        return std::any_of(c.params.begin(), c.params.end(), [&](const CitationParam& p) {
            return !p.value.empty() && same_parameter(alias, p.name);
        });
    };
    if (given(name)) return true;
    for (const auto& [meta, names] : model::Catalogues::builtin().cs1_aliases.all())
        if (std::any_of(names.begin(), names.end(),
                        [&](const std::string& alias) { return same_parameter(alias, name); }) &&
            std::any_of(names.begin(), names.end(), given))
            return true;
    return false;
}

// The whole parameter, from the '|' before its name to the end of its value.
Span whole_parameter(const Article& a, const CitationParam& p) {
    const std::string_view text = a.source->text();
    std::uint32_t begin = p.name_span.begin;
    while (begin > 0 && text[begin - 1] != '|')
        --begin;
    return {begin > 0 ? begin - 1 : begin, p.value_span.end};
}

// Renaming the parameter to the module's suggestion, its value carried over in the new
// parameter's words: safe for a misspelling or an old name, unsafe for another language's
// name (its value may be written that language's way); none when the module's suggestion is no
// plain renaming or the citation gives the new parameter already.
std::optional<engine::Fix> rename_to(const Article& a, const Citation& c, const CitationParam& p,
                                     const model::Cs1Suggestion& suggested) {
    if (p.name_span.empty()) return std::nullopt;
    // |url-status= (once |deadurl=) does nothing without an archived copy: the old
    // parameter did nothing either, and goes.
    // (|deadurl=yes says the link is dead, which {{dead link}} would say: the editor's call.)
    if (suggested.name == "url-status" && !gives(c, "archive-url")) {
        const std::string v = model::ascii_lower(p.value);
        if (v != "no" && v != "n" && v != "false") return std::nullopt;
        return engine::Fix{
            fmt::format("remove |{}=: without |archive-url= it has no effect", p.name),
            {{whole_parameter(a, p), ""}}};
    }
    const std::optional<std::string> value = carried_value(p.name, suggested.name, p.value);
    const bool mapped = value && *value != p.value;
    if (!value || gives(c, suggested.name)) return std::nullopt;
    // Co-authors made the author: another role, as the citation then shows it.
    const bool coauthors = model::ascii_lower(p.name).rfind("coauthor", 0) == 0;
    if (suggested.renaming == model::Cs1Renaming::not_direct && !mapped) return std::nullopt;
    engine::Fix fix{fmt::format("rename |{}= to |{}=", p.name, suggested.name),
                    {{trimmed_span(a, p.name_span), suggested.name}},
                    suggested.renaming == model::Cs1Renaming::translation || coauthors
                        ? engine::Safety::unsafe
                        : engine::Safety::safe};
    if (mapped) {
        fix.title =
            fmt::format("replace |{}={} with |{}={}", p.name, p.value, suggested.name, *value);
        fix.edits.push_back({trimmed_span(a, p.value_span), *value});
    }
    return fix;
}

void report_unknown(const Article& a, Sink& sink, const Citation& c, const CitationParam& p,
                    const Cs1Whitelist& whitelist, Cs1Scope scope) {
    const model::Cs1Suggestion suggested = whitelist.suggest(p.name, scope);
    if (!suggested.name.empty()) {
        Diagnostic& d =
            sink.report(param_span(a, p), fmt::format("unknown parameter |{}= (did you mean |{}=?)",
                                                      p.name, suggested.name));
        d.help.push_back(fmt::format(
            "rename it to |{}=: Module:Citation/CS1 ignores |{}= and does not show its value",
            suggested.name, p.name));
        d.fix = rename_to(a, c, p, suggested);
        return;
    }
    Diagnostic& d = sink.report(param_span(a, p), fmt::format("unknown parameter |{}=", p.name));
    const auto owners = whitelist.unique_classes(p.name);
    if (!owners.empty()) {
        std::string names;
        for (std::string_view cls : owners)
            names += fmt::format("{}{{{{{}}}}}", names.empty() ? "" : ", ", template_of_class(cls));
        d.notes.push_back(
            {c.opening, fmt::format("only {} takes |{}=, not {{{{{}}}}}", names, p.name, c.name)});
    }
    const std::size_t max_distance = p.name.size() >= 5 ? 2 : p.name.size() >= 3 ? 1 : 0;
    if (const std::string guess = whitelist.nearest(p.name, scope, max_distance); !guess.empty())
        d.help.push_back(fmt::format(
            "citelint's own guess (Module:Citation/CS1 suggests nothing): |{}=", guess));
    d.help.push_back(
        "Module:Citation/CS1 ignores it and does not show its value: use a parameter the "
        "template takes, or remove it");
}

void check(const Article& a, Sink& sink) {
    const Cs1Whitelist& whitelist = a.catalogues->cs1_whitelist;
    EnglishPage english(a);
    std::vector<const CitationParam*> args, empty, ignored;
    // Citations of another wiki's page whose unknown names were left unchecked.
    std::size_t unchecked = 0;
    const Citation* first_unchecked = nullptr;
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        const Cs1Scope scope = whitelist.scope(c.cite_class);
        // Most citations give only names the module takes: one look at each parameter as
        // written before the arguments as the module holds them.
        const bool suspect =
            std::any_of(c.params.begin(), c.params.end(), [&](const CitationParam& p) {
                return is_number_key(p) ||
                       whitelist.validate(p.name, scope, p.value.empty()) == ParamState::unknown;
            });
        if (!suspect) continue;
        module_arguments(c, args);
        empty.clear();
        ignored.clear();
        int known = 0, unknown = 0; // named, with a value
        for (const CitationParam* p : args) {
            if (is_number_key(*p)) {
                (p->value.empty() ? empty : ignored).push_back(p);
            } else if (p->value.empty()) {
                if (whitelist.validate(p->name, scope, true) == ParamState::unknown)
                    empty.push_back(p);
            } else if (whitelist.validate(p->name, scope) == ParamState::unknown) {
                ignored.push_back(p);
                ++unknown;
            } else {
                ++known;
            }
        }
        if (empty.empty() && ignored.empty()) continue;
        if (known <= unknown) continue; // not the English module's parameter names
        if (!english()) {
            if (unchecked++ == 0) first_unchecked = &c;
            continue;
        }
        for (const CitationParam* p : ignored) {
            if (!is_number_key(*p)) {
                report_unknown(a, sink, c, *p, whitelist, scope);
                continue;
            }
            Diagnostic& d = sink.report(
                trimmed_span(a, p->value_span),
                fmt::format("text \"{}\" is ignored: it is not given to a named parameter",
                            excerpt(p->value, 40)));
            d.help.push_back(
                "give it the parameter it belongs to (|title=, |publisher=, ...); a '|' "
                "inside a value, as in a URL, splits the value");
        }
        if (empty.empty()) continue;
        Diagnostic& d = sink.report(param_span(a, *empty.front()),
                                    fmt::format("empty unknown parameter{} {}",
                                                empty.size() == 1 ? "" : "s", listed(empty)));
        for (std::size_t i = 1; i < empty.size(); ++i)
            d.notes.push_back({param_span(a, *empty[i]), "also empty and unknown"});
        d.help.push_back(
            empty.size() == 1
                ? "remove it: no value is lost, but Module:Citation/CS1 shows an error for it"
                : "remove them: no value is lost, but Module:Citation/CS1 shows an error for them");
    }
    if (first_unchecked) {
        // Another wiki's templates of these names take that wiki's parameter names.
        const model::Site* site = a.options.site;
        const std::string whose = site && !site->english() ? fmt::format("{}'s", site->dbname)
                                                           : std::string("another wiki's");
        Diagnostic& d = sink.report(
            first_unchecked->opening,
            fmt::format("could not check the parameters of {} {}: {} templates may take names "
                        "English Wikipedia's module does not",
                        unchecked, unchecked == 1 ? "citation" : "citations", whose));
        d.limitation = true;
    }
    say_if_parameters_lost(a, sink, "the parameter names");
}

} // namespace

// clang-format off
extern const engine::Rule unknown_citation_parameter{
    .code = "T016",
    .name = "unknown-citation-parameter",
    .family = engine::Family::templates,
    .severity = engine::Severity::error,
    .summary = "a citation gives a parameter that its template does not take",
    .docs = {
        .what_it_finds =
            "In a CS1/CS2 citation (the module's errors parameter_ignored, "
            "parameter_ignored_suggest, text_ignored, param_unknown_empty), "
            "a parameter that Module:Citation/CS1 (English Wikipedia, 2022) does not accept for "
            "that template, as its validate() decides with the whitelist "
            "(rules/data/cs1_whitelist.tsv): the general lists, the enumerated ones (`last2` is "
            "`last#`), the limited lists of {{cite arXiv}}, {{cite bioRxiv}}, "
            "{{cite CiteSeerX}} and {{cite SSRN}}, and the arguments only some templates take "
            "(`|book-title=` is {{cite conference}}'s). "
            "With a value: a positional one is text ignored; a named one gets the module's "
            "suggestion when there is one (its lower-case form, a Lua pattern or an exact "
            "misspelling of rules/data/cs1_suggestions.tsv that the template accepts). "
            "Without a suggestion citelint may add its own guess by spelling, labelled as such. "
            "Empty unknown parameters (and empty deprecated ones, as the module counts them) make "
            "one diagnostic per citation, as the module makes one message; "
            "it keeps the module's severity, error, though nothing is lost. "
            "Of a name given twice only the last counts (the earlier ones are "
            "duplicate-template-parameter's). "
            "Other wikis' pages are left alone, as their templates of the same names take their "
            "own parameter names: a page with headings but no English appendix heading "
            "(References, External links, ...), or with another wiki's own template name ({{Cita "
            "web}}) or a non-ASCII parameter name; so is a citation whose named parameters are "
            "mostly unknown to the module. "
            "In the rendered dialect, where parameters are lost, "
            "it says once that it could not run.",
        .why_it_matters =
            "The module ignores the parameter: its value does not appear in the citation, "
            "the page is put in \"CS1 errors: unsupported parameter\" (or \"empty unknown "
            "parameters\") and a red message shows in the reference. "
            "A misspelt |acessdate= or |titel= loses what the editor meant to give.",
        .example_bad = R"md(<ref>{{cite web |url=https://example.org/r |title=Report |acessdate=5 May 2020}}</ref>)md",
        .example_good = R"md(<ref>{{cite web |url=https://example.org/r |title=Report |access-date=5 May 2020}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/citations/cs1_whitelist.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
