// A rule: its metadata, its documentation and its check.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "../model/article.hpp"
#include "diagnostic.hpp"

namespace citelint::engine {

// suppressions: the rules about citelint's own inline suppression comments.
enum class Family { references, templates, claims, suppressions };
std::string_view family_name(Family f);

struct RuleDocs {
    std::string_view what_it_finds;
    std::string_view why_it_matters;
    std::string_view example_bad;
    std::string_view example_good;
    std::string_view options;
    // The options the examples are read with, as arguments of `citelint check`
    // ({"--claims-lead", "checked"}, {"--claims-strict"}); empty: the defaults.
    std::vector<std::string_view> example_options = {};
};

class Sink;

// Each rule is written with designated initialisers, in this order (C++20 asks for it).
struct Rule {
    std::string_view code;
    std::string_view name;
    Family family;
    Severity severity;
    std::string_view summary;
    // The Cite messages a references rule implements.
    std::vector<std::string_view> mediawiki_keys = {};
    RuleDocs docs;
    // The functions whose results decide when the rule fires, as "path: function"
    // ("src/model/references/cite.cpp: render_group"), so that a reader finds the logic behind
    // a diagnostic; a test checks that each file names its function.
    std::vector<std::string_view> relies_on;
    void (*check)(const model::Article&, Sink&);
    // The file that defines the rule: in a default member initialiser __builtin_FILE() names
    // the file of the aggregate initialisation (GCC and Clang agree), so no rule writes it.
    std::string_view defined_in = __builtin_FILE();
};

// Collects what one rule reports on one document.
class Sink {
  public:
    Sink(const Rule& rule, std::vector<Diagnostic>& out) : rule_(rule), out_(out) {}
    Diagnostic& report(Span span, std::string message) {
        Diagnostic d;
        d.code = rule_.code;
        d.name = rule_.name;
        d.severity = rule_.severity;
        d.span = span;
        d.message = std::move(message);
        out_.push_back(std::move(d));
        return out_.back();
    }

  private:
    const Rule& rule_;
    std::vector<Diagnostic>& out_;
};

// Every rule, sorted by code.
std::span<const Rule* const> all_rules();
const Rule* find_rule(std::string_view code_or_name);

// Where a rule lives in the repository: its source file, relative to the repository's root
// ("rules/references/undefined_named_ref.cpp"), and the fixtures whose expectations name its
// code or its name, as the build found them in fixtures/.
std::string_view source_file(const Rule& rule);
std::vector<std::string_view> fixtures_of(const Rule& rule);

} // namespace citelint::engine
