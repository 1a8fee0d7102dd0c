// What the CS1 parameter rules share: a citation's arguments as the module receives them, and
// whether a citation uses the English module's parameter names at all.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "../../src/model/citations/cs1_whitelist.hpp"
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
    // A citation of thousands of arguments (a generated one, or a pasted list) is indexed:
    // looking ahead from each would take a time that grows as their square. The index is one
    // open-addressed array of argument numbers (a node per name would cost a hundred thousand
    // allocations, and the memory they take, for a citation of a hundred thousand arguments).
    if (c.params.size() > 32) {
        std::vector<std::uint32_t> slots(std::bit_ceil(2 * c.params.size())); // 0: empty
        const std::size_t mask = slots.size() - 1;
        for (std::size_t i = c.params.size(); i-- > 0;) {
            const std::string& name = c.params[i].name;
            std::size_t at = std::hash<std::string_view>{}(name)&mask;
            while (slots[at] != 0 && c.params[slots[at] - 1].name != name)
                at = (at + 1) & mask;
            if (slots[at] != 0) continue; // a later one of the name is the module's
            slots[at] = static_cast<std::uint32_t>(i + 1);
            out.push_back(&c.params[i]);
        }
        std::reverse(out.begin(), out.end());
        return;
    }
    for (std::size_t i = 0; i < c.params.size(); ++i) {
        const std::string& name = c.params[i].name;
        bool later = false;
        for (std::size_t j = i + 1; j < c.params.size() && !later; ++j) {
            const std::string& other = c.params[j].name;
            later = other.size() == name.size() && (name.empty() || other[0] == name[0]) &&
                    other == name;
        }
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

// Whether the page is English Wikipedia's, whose whitelist judges it, and not another wiki's
// whose templates of the same names ({{cite web}} with |deadlinkdate= on ja.wikipedia,
// {{Cita web}} with |urlmorta=) take that wiki's parameter names. Another wiki's page shows
// itself by headings none of which is an English appendix heading
// (Catalogues::english_appendix_sections), by a template name that is another wiki's own
// ({{Cita web}}, {{Chú thích web}}) or by a parameter name that is not ASCII (|títol=). A page
// without headings (a draft) is judged.
// A page of another known wiki (--wiki, a dump's <siteinfo>) is not; one said to be English
// Wikipedia's must look it too, as dumps put together by hand may carry English Wikipedia's
// <siteinfo> over every language's pages.
inline bool english_wikipedia_page(const Article& a) {
    if (a.options.site && !a.options.site->english()) return false;
    bool headings = false, english = false;
    for (const model::Section& s : a.sections) {
        if (s.heading.empty()) continue;
        headings = true;
        english = english || a.catalogues->english_appendix_sections.contains(s.title);
    }
    if (headings && !english) return false;
    // Said to be English Wikipedia's and headed as it: a citation another wiki's page was
    // copied from is that citation's matter (its names are mostly unknown, or not ASCII), not
    // the page's.
    if (a.options.site && !a.options.site_from_page) return true;
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        if (c.other_wiki_name) return false;
        for (const CitationParam& p : c.params)
            for (char ch : p.name)
                if (static_cast<unsigned char>(ch) >= 0x80) return false;
    }
    return true;
}

// english_wikipedia_page(), decided once per page when a rule first needs it.
class EnglishPage {
  public:
    explicit EnglishPage(const Article& a) : a_(a) {}
    bool operator()() {
        if (state_ < 0) state_ = english_wikipedia_page(a_) ? 1 : 0;
        return state_ == 1;
    }

  private:
    const Article& a_;
    int state_ = -1;
};

// The smallest span that shows a parameter: its name, or the value of a positional one.
inline Span param_span(const Article& a, const CitationParam& p) {
    return p.name_span.empty() ? trimmed_span(a, p.value_span) : trimmed_span(a, p.name_span);
}

} // namespace citelint::rules
