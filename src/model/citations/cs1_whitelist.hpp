// Which parameters a CS1/CS2 citation accepts, as Module:Citation/CS1's validate() decides
// (rules/data/cs1_whitelist.tsv), and what the module suggests for one it does not accept
// (rules/data/cs1_suggestions.tsv). Both compiled in; Catalogues holds the whitelist a page is
// read with (the built-in one and a user's cs1-parameter rows).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../name_table.hpp"

namespace citelint::model {

enum class ParamState : std::uint8_t {
    unknown,    // not in the whitelist: the module ignores it
    valid,      // supported
    deprecated, // supported for now: err_deprecated_params
};

// The whitelists a citation class looks in: the preprint classes only the limited lists, the
// classes with unique arguments those first, every other class the general lists.
// What renaming a parameter to the module's suggestion does (the comments of
// rules/data/cs1_suggestions.tsv): keeps its meaning (a misspelling, an old name or alias, a
// name in another case), may not (another language's name, whose value is written that
// language's way), or is not a plain renaming (the module's "not a direct replacement",
// "emulated as |url-access=subscription", "cite serial only", "can be either ...").
enum class Cs1Renaming : std::uint8_t { same_meaning, translation, not_direct };

struct Cs1Suggestion {
    std::string name; // empty when the module suggests none
    Cs1Renaming renaming = Cs1Renaming::same_meaning;
};

struct Cs1Scope {
    std::uint32_t preprint = 0; // the class's preprint bit, or 0
    std::uint32_t unique = 0;   // the class's unique-arguments bit, or 0
};

class Cs1Whitelist {
  public:
    // Whether a scope of a whitelist row is one the module has: basic, numbered, limited_basic,
    // limited_numbered, preprint:CLASS or unique:CLASS.
    static bool known_scope(std::string_view scope);
    Cs1Whitelist(std::string_view whitelist_tsv, std::string_view suggestions_tsv);

    [[nodiscard]] Cs1Scope scope(std::string_view cite_class) const;

    // validate(name, cite_class, empty): the first list of the class that holds the name
    // decides. With `empty`, a deprecated name counts as unknown (the module lists empty
    // deprecated parameters among the empty unknown ones).
    [[nodiscard]] ParamState validate(std::string_view name, Cs1Scope scope,
                                      bool empty = false) const;
    // Whether some class deprecates the name (a quick test before validate()).
    [[nodiscard]] bool deprecated_somewhere(std::string_view name) const {
        if (name.size() >= 64 || !(deprecated_lengths_ >> name.size() & 1)) return false;
        const Entry* e = find(name);
        return e && e->deprecated;
    }

    // What the module suggests for a name validate() rejects: the lower-cased name when that is
    // valid; else the suggestion of the first Lua pattern that matches, if the class accepts it
    // (a pattern that matches with a suggestion the class rejects ends the search); else the
    // exact suggestion for the lower-cased name, if the class accepts it. Empty when none.
    [[nodiscard]] std::string suggestion(std::string_view name, Cs1Scope scope) const {
        return suggest(name, scope).name;
    }
    // The same, with what renaming the parameter to it does.
    [[nodiscard]] Cs1Suggestion suggest(std::string_view name, Cs1Scope scope) const;

    // citelint's own guess, not the module's: the closest name (Levenshtein, at most
    // `max_distance` edits) that the class accepts; enumerated names are left out.
    [[nodiscard]] std::string nearest(std::string_view name, Cs1Scope scope,
                                      std::size_t max_distance) const;

    // The classes with unique arguments that accept the name ("conference" for |book-title=).
    [[nodiscard]] std::vector<std::string_view> unique_classes(std::string_view name) const;

  private:
    struct Entry {
        std::string name;        // '#' for a run of digits in the numbered lists
        std::uint32_t valid = 0; // scope bits where the name is valid
        std::uint32_t deprecated = 0;
    };
    struct Pattern {
        std::string pattern; // Lua
        std::string suggestion;
    };
    [[nodiscard]] const Entry* find(std::string_view name) const;
    std::uint32_t scope_bit(std::string_view scope); // assigns class bits while loading

    std::vector<Entry> entries_;           // sorted by name
    NameTable<std::uint32_t> index_;       // name -> entries_: every parameter of every citation is
                                           // looked up
    std::uint64_t deprecated_lengths_ = 0; // bit n: a deprecated name has n bytes
    struct Exact {
        std::string misspelling;
        Cs1Suggestion suggestion;
    };
    std::vector<Exact> exact_;      // sorted by misspelling
    std::vector<Pattern> patterns_; // in the file's order
    std::vector<std::string> preprint_classes_, unique_classes_;
};

} // namespace citelint::model
