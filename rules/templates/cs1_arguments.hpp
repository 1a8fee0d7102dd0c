// What the CS1 parameter rules share: a citation's arguments as the module receives them, and
// whether a citation uses the English module's parameter names at all.
#pragma once

#include <string_view>
#include <vector>

#include "../../src/model/cs1_whitelist.hpp"
#include "common.hpp"

namespace citelint::rules {

using model::Citation;
using model::CitationParam;
using model::Cs1Scope;
using model::Cs1Whitelist;
using model::ParamState;

// A key Scribunto hands over as a number: a positional argument, or a name written as a
// decimal number (|1=), which MediaWiki files under the same key.
inline bool is_number_key(const CitationParam& p) {
    if (p.positional) return true;
    const std::string_view n = p.name;
    return !n.empty() && n.size() <= 9 && n.front() != '0' && model::all_digits(n);
}

// The arguments as the module's frame holds them: the last value of each name (MediaWiki
// drops the earlier ones, which duplicate-template-parameter reports), in written order.
inline void module_arguments(const Citation& c, std::vector<const CitationParam*>& out) {
    out.clear();
    for (std::size_t i = 0; i < c.params.size(); ++i) {
        const std::string& name = c.params[i].name;
        bool later = false;
        for (std::size_t j = i + 1; j < c.params.size() && !later; ++j)
            later = c.params[j].name == name;
        if (!later) out.push_back(&c.params[i]);
    }
}

// Whether the citation is judged by the English Wikipedia's whitelist. Other wikis have
// templates of the same names ({{Cita web}}, {{Cite web}} on nl.wikipedia) that take their own
// parameter names (|titolo=, |archiefdatum=); a citation is judged only when more of its named,
// non-empty parameters are known to the module than unknown.
inline bool speaks_english_cs1(const std::vector<const CitationParam*>& args,
                               const Cs1Whitelist& whitelist, Cs1Scope scope) {
    int known = 0, unknown = 0;
    for (const CitationParam* p : args) {
        if (p->value.empty() || is_number_key(*p)) continue;
        if (whitelist.validate(p->name, scope) == ParamState::unknown)
            ++unknown;
        else
            ++known;
    }
    return known > unknown;
}

// The smallest span that shows a parameter: its name, or the value of a positional one.
inline Span param_span(const Article& a, const CitationParam& p) {
    return p.name_span.empty() ? trimmed_span(a, p.value_span) : trimmed_span(a, p.name_span);
}

} // namespace citelint::rules
