// The reference templates catalogue (rules/data/reference_templates.tsv), compiled in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citelint::model {

enum class TemplateRole { none, list, footnote, reuse, short_footnote };

struct ReferenceTemplate {
    std::string name; // as catalogued
    TemplateRole role = TemplateRole::none;
    std::string group;
    std::string refs_param = "refs"; // for a list: the argument holding list-defined refs
};

class ReferenceTemplates {
  public:
    static const ReferenceTemplates& builtin();
    explicit ReferenceTemplates(std::string_view tsv);

    // MediaWiki's title rules for a template name: first letter case-insensitive, spaces and
    // underscores equal, surrounding whitespace ignored.
    [[nodiscard]] const ReferenceTemplate* find(std::string_view written_name) const;
    // The longest catalogued name that starts `text` (for placeholders that run into text).
    [[nodiscard]] const ReferenceTemplate* longest_prefix(std::string_view text) const;

  private:
    std::vector<ReferenceTemplate> entries_;
};

// The citation templates catalogue (rules/data/citation_templates.tsv), compiled in.
class CitationTemplates {
  public:
    static const CitationTemplates& builtin();
    explicit CitationTemplates(std::string_view tsv);

    // A catalogued name or redirect, or any name beginning "Cite" or "Cita" (as
    // Module:Footnotes decides what makes a CS1/CS2 anchor).
    [[nodiscard]] bool contains(std::string_view written_name) const;
    // Validated by Module:Citation/CS1: a catalogued name. (Wrappers such as {{Cite
    // Merriam-Webster}} and the "Cita ..." templates of other wikis make anchors, but build
    // their parameters or check them their own way.)
    [[nodiscard]] bool is_cs1(std::string_view canonical_name) const;

  private:
    std::vector<std::string> names_; // canonical titles, sorted
};

// CS1's parameter aliases (rules/data/cs1_aliases.tsv): the names of a meta-parameter
// ("AccessDate" is access-date or accessdate), in the module's order of precedence.
class Cs1Aliases {
  public:
    static const Cs1Aliases& builtin();
    explicit Cs1Aliases(std::string_view tsv);
    [[nodiscard]] const std::vector<std::string>& names(std::string_view meta) const;
    // Whether a parameter name is one of the aliases of any meta-parameter (enumerated ones,
    // "last#", with any number or none).
    [[nodiscard]] bool knows(std::string_view name) const;

  private:
    std::vector<std::pair<std::string, std::vector<std::string>>> entries_;
    std::vector<std::string> all_names_; // sorted
};

// The class Module:Citation/CS1 gives each citation template (rules/data/cs1_classes.tsv):
// "web", "book", "episode", "encyclopaedia", "citation", ... The module's special cases are
// by class.
class Cs1Classes {
  public:
    static const Cs1Classes& builtin();
    explicit Cs1Classes(std::string_view tsv);
    // The class of a catalogued template (by canonical name); empty for any other.
    [[nodiscard]] std::string_view of(std::string_view canonical_name) const;
    // A name in another language ({{Cita web}}, {{Ouvrage}}): a redirect on en.wiki, but on its
    // own wiki that wiki's template, with parameters and dates in its language.
    [[nodiscard]] bool translated(std::string_view canonical_name) const;

  private:
    struct Entry {
        std::string name;
        std::string cls;
        bool translated = false;
    };
    [[nodiscard]] const Entry* find(std::string_view canonical_name) const;
    std::vector<Entry> entries_; // sorted by name
};

// The canonical form of a page title: trimmed, '_' as ' ', runs of spaces folded, first
// letter upper-cased (ASCII and the common two-byte Latin, Greek and Cyrillic letters).
std::string canonical_title(std::string_view name);

} // namespace citelint::model
