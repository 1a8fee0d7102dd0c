// The reference templates catalogue (rules/data/reference_templates.tsv), compiled in.
#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../name_table.hpp"
#include "cs1_whitelist.hpp"

namespace citelint::model {

enum class TemplateRole {
    none,
    list,
    footnote,
    reuse,
    short_footnote,
    page,
    sources_begin,
    sources_end
};

struct ReferenceTemplate {
    std::string name; // as catalogued
    TemplateRole role = TemplateRole::none;
    std::string group;
    std::string refs_param = "refs"; // for a list: the argument holding list-defined refs
    // The wikis (dbnames, comma-separated) where the name means this, when it does not on
    // every wiki ({{notes}} is {{notelist}} on en.wiki); empty: every wiki.
    std::string wikis;

    // Whether the name means this on the page's wiki: on every wiki, or on this one; on a
    // page of an unknown wiki (empty dbname), only a list's meaning is taken.
    [[nodiscard]] bool on(std::string_view dbname) const;
};

class ReferenceTemplates {
  public:
    explicit ReferenceTemplates(std::string_view tsv);

    // MediaWiki's title rules for a template name: first letter case-insensitive, spaces and
    // underscores equal, surrounding whitespace ignored.
    [[nodiscard]] const ReferenceTemplate* find(std::string_view written_name) const;
    // The same, of a name already made canonical (canonical_title()).
    [[nodiscard]] const ReferenceTemplate* find_title(std::string_view canonical_name) const;
    // The longest catalogued name that starts `text` as a whole name (placeholder_name_ends():
    // placeholders of the rendered dialect run into the text).
    [[nodiscard]] const ReferenceTemplate* longest_prefix(std::string_view text) const;
    // The list template that shows a group by default ({{notelist-ua}} for upper-alpha), the
    // first by name when several do; none for the default group.
    [[nodiscard]] const ReferenceTemplate* list_for_group(std::string_view group) const;

  private:
    std::vector<ReferenceTemplate> entries_; // sorted by name
    NameTable<std::uint32_t> index_;         // name -> its first entry
};

struct CitationTemplate {
    std::string name;       // canonical title
    std::string cite_class; // the module's |CitationClass=
    std::string wiki;       // another wiki's own name: its language code
};

// The citation templates catalogue (rules/data/citation_templates.tsv, and the citation
// templates that are not CS1 of rules/data/scripture_templates.tsv), compiled in.
class CitationTemplates {
  public:
    // `tsv`: CS1/CS2 names and redirects; `others`: more names of citation templates that
    // are not checked as CS1 (scripture references, a wiki's own citation templates).
    explicit CitationTemplates(std::string_view tsv, std::string_view others = {});

    // A catalogued name or redirect, or any name beginning "Cite" or "Cita" (as
    // Module:Footnotes decides what makes a CS1/CS2 anchor).
    [[nodiscard]] bool contains(std::string_view written_name) const;
    [[nodiscard]] bool contains_title(std::string_view canonical_name) const;
    // Validated by Module:Citation/CS1: a catalogued name. (Wrappers such as {{Cite
    // Merriam-Webster}} and the "Cita ..." templates of other wikis make anchors, but build
    // their parameters or check them their own way.)
    [[nodiscard]] bool is_cs1(std::string_view canonical_name) const;
    // The |CitationClass= the module gets from a catalogued template ("web", "book",
    // "citation", ...); empty for a name that is not catalogued.
    [[nodiscard]] std::string_view cite_class(std::string_view canonical_name) const;
    // The catalogued template of that canonical name.
    [[nodiscard]] const CitationTemplate* find(std::string_view canonical_name) const;

  private:
    std::vector<CitationTemplate> entries_;         // sorted by name
    std::vector<std::string> others_;               // names added by the user, canonical, sorted
    NameTable<std::uint32_t> index_, others_index_; // name -> its first entry
};

// CS1's parameter aliases (rules/data/cs1_aliases.tsv): the names of a meta-parameter
// ("AccessDate" is access-date or accessdate), in the module's order of precedence.
class Cs1Aliases {
  public:
    explicit Cs1Aliases(std::string_view tsv);
    [[nodiscard]] const std::vector<std::string>& names(std::string_view meta) const;
    // Every meta-parameter with its names, sorted by meta-parameter.
    [[nodiscard]] const std::vector<std::pair<std::string, std::vector<std::string>>>& all() const {
        return entries_;
    }
    // Whether a parameter name is one of the aliases of any meta-parameter (enumerated ones,
    // "last#", with any number or none).
    [[nodiscard]] bool knows(std::string_view name) const;

  private:
    std::vector<std::pair<std::string, std::vector<std::string>>> entries_;
    std::vector<std::string> all_names_; // sorted
};

// The roles of the short-citation system's templates (rules/data/footnote_templates.tsv) and
// the wrapper templates whose anchors come from defaults (rules/data/footnotes_wrappers.tsv),
// with the anchor ids Module:Footnotes never reports (rules/data/footnotes_whitelist.tsv).
enum class FootnoteRole {
    none,
    sfn,
    sfnm,
    harv,
    harvs,
    sfnref,
    anchor,
    vcite,
    harvc,
    wikicite,
    whitelist,
    patent
};

struct WrapperDefault {
    std::string volume; // empty: any volume; "default": when the volume has no row
    std::string names;  // as in an anchor id ("Chisholm")
    std::string year;
};

class FootnoteTemplates {
  public:
    FootnoteTemplates(std::string_view roles_tsv, std::string_view wrappers_tsv,
                      std::string_view whitelist_tsv);

    [[nodiscard]] FootnoteRole role(std::string_view canonical_name) const;
    // The role of the longest catalogued name that starts `text` as a whole name (placeholders
    // of the rendered dialect that run into the text: "Template:Harvnb However").
    [[nodiscard]] FootnoteRole role_of_prefix(std::string_view text) const;
    // Whether the template has Module:Footnotes put the year in brackets ({{sfnp}}, {{harvp}}:
    // its text, not the anchor or the footnote's name).
    [[nodiscard]] bool brackets_year(std::string_view canonical_name) const;
    // The default names and year a wrapper template gives its anchor; null when the template
    // is not a known wrapper.
    [[nodiscard]] bool is_wrapper(std::string_view canonical_name) const;
    [[nodiscard]] const WrapperDefault* wrapper(std::string_view canonical_name,
                                                std::string_view volume) const;
    // Whether Module:Footnotes keeps quiet about a missing target `id` (without its year
    // letter: `id_without_letter`) in a page using `template_names` (sorted canonical names).
    [[nodiscard]] bool whitelisted(std::string_view id, std::string_view id_without_letter,
                                   const std::vector<std::string>& template_names) const;

  private:
    std::vector<std::pair<std::string, FootnoteRole>> roles_;      // sorted by name
    std::vector<std::string> bracketed_years_;                     // sorted
    std::vector<std::pair<std::string, WrapperDefault>> wrappers_; // sorted by name
    NameTable<std::uint32_t> roles_index_, wrappers_index_;        // name -> its first row
    std::vector<std::pair<std::string, std::vector<std::string>>>
        whitelist_;                         // id -> templates, sorted
    std::vector<std::string> patterns_;     // Lua patterns of ids never reported
    std::vector<std::string> dnb_patterns_; // ... when a DNB template is used
    std::vector<std::string> dnb_templates_;
};

// A set of section titles compared without case: those under which citation templates are
// lists of sources, not prose (rules/data/source_sections.tsv: bibliographies, reference
// lists, external links), and those listing works the text need not cite
// (rules/data/uncited_sections.tsv: further reading, external links, the subject's works).
class SectionTitles {
  public:
    // A title made ready to be looked up: trimmed, and case-folded when it is not ASCII. The
    // folding costs most, and a page's titles are each looked up in several catalogues.
    struct Key {
        std::string_view title; // trimmed
        std::string folded;     // when not ASCII
        bool ascii = true;
    };
    static Key key(std::string_view title);

    explicit SectionTitles(std::string_view tsv);
    // Whether a section title (trimmed, comments dropped) is catalogued, ignoring case.
    [[nodiscard]] bool contains(std::string_view title) const { return contains(key(title)); }
    [[nodiscard]] bool contains(const Key& key) const;
    // The first title listed for a language (its second column names the languages, "en, fr"),
    // as written: the usual one of that language's wiki; empty when none is.
    [[nodiscard]] std::string_view first_of_language(std::string_view language) const;

  private:
    std::vector<std::string> folded_;                               // case-folded titles, sorted
    std::vector<std::pair<std::string, std::string>> first_titles_; // language, title
    std::bitset<1024> signatures_; // the folded titles' signatures (catalogue.cpp)
};

// Templates marking a claim unsourced or its source wanting, and banners marking a section or
// an article as wanting citations (rules/data/citation_needed_templates.tsv).
enum class NeedKind {
    unsourced,      // the claim needs a citation
    weak_source,    // the cited source is questioned
    disputed,       // the claim itself is doubted ({{dubious}}): its accuracy, not its source
    locator,        // the citation lacks a page or place
    section_banner, // the section wants citations
    article_banner, // the article wants citations
    banner,         // the article or the section it heads, by where it stands (it.wiki's {{F}})
};

struct CitationNeededTemplate {
    std::string name; // canonical title
    NeedKind kind = NeedKind::unsourced;
    // Where the mark's date is written, tried in order: a parameter name ("date", "2"), or
    // "y=N,m=N,d=N" for positional year, month and day.
    std::vector<std::string> date_sources;
};

class CitationNeededTemplates {
  public:
    explicit CitationNeededTemplates(std::string_view tsv);
    [[nodiscard]] std::optional<NeedKind> find(std::string_view written_name) const;
    [[nodiscard]] const CitationNeededTemplate* entry(std::string_view canonical_name) const;
    // The longest catalogued name that starts `text` as a whole name (placeholders that run
    // into text).
    [[nodiscard]] const CitationNeededTemplate* longest_prefix(std::string_view text) const;

  private:
    std::vector<CitationNeededTemplate> entries_; // sorted by canonical name
    NameTable<std::uint32_t> index_;              // name -> its entry
};

// Month names in the languages marks are dated in (rules/data/month_names.tsv).
class MonthNames {
  public:
    explicit MonthNames(std::string_view tsv);
    // 1-12 for a month name in any catalogued language, ignoring case; 0 otherwise.
    [[nodiscard]] int month(std::string_view word) const;

  private:
    std::vector<std::pair<std::string, int>> folded_; // case-folded names, sorted
};

// Templates whose output in prose is the text of some of their arguments
// (rules/data/visible_templates.tsv): {{lang|fr|texte}} shows "texte".
class VisibleTemplates {
  public:
    explicit VisibleTemplates(std::string_view tsv);
    // The positional arguments (1-based) the template shows, in order; null when it shows
    // none of them (or is not catalogued).
    [[nodiscard]] const std::vector<std::uint8_t>* shown(std::string_view canonical_name) const;

  private:
    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> names_;    // sorted
    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> prefixes_; // "Lang-"
    NameTable<std::uint32_t> names_index_; // name -> its first row of names_
};

// Templates that set a quotation apart as a block (rules/data/quote_templates.tsv): {{quote}},
// {{cquote}}, {{quote box}}, ..., with the arguments that hold the quoted text.
class QuoteTemplates {
  public:
    explicit QuoteTemplates(std::string_view tsv);
    // The arguments that hold the quoted text, in the order the template reads them ("text",
    // "1"); null when the template is not catalogued.
    [[nodiscard]] const std::vector<std::string>*
    text_arguments(std::string_view canonical_name) const;

  private:
    std::vector<std::pair<std::string, std::vector<std::string>>> entries_; // sorted by name
    NameTable<std::uint32_t> index_; // name -> its first entry
};

// Every catalogue a page is read with: the built-in data (rules/data/) and what the user adds
// for another wiki's templates (`--templates FILE`).
struct Catalogues {
    ReferenceTemplates references;
    CitationTemplates citations;
    FootnoteTemplates footnotes;
    CitationNeededTemplates citation_needed;
    SectionTitles source_sections;
    SectionTitles uncited_sections;
    // Where a wiki puts its reference list (rules/data/reference_sections.tsv): "References",
    // "Примечания", "Einzelnachweise", ...
    SectionTitles reference_sections;
    // Plot and fiction summaries (rules/data/plot_sections.tsv): prose the work itself sources
    // (WP:PLOTCITE), so the claims rules ask no citation of it but for its quotations.
    SectionTitles plot_sections;
    MonthNames months;
    VisibleTemplates visible_templates;
    QuoteTemplates quote_templates;
    Cs1Whitelist cs1_whitelist; // the parameters CS1 accepts, and a user's cs1-parameter rows
    // CS1's aliases: built in only, as the rules make their tables of them once.
    Cs1Aliases cs1_aliases;
    // English Wikipedia's appendix headings ("References", "External links"): a page headed
    // with none of them is another wiki's (rules/data/english_appendix_sections.tsv).
    SectionTitles english_appendix_sections;

    static const Catalogues& builtin();
    // The names of the catalogues a user's row may add to, in the order they are documented.
    static std::vector<std::string_view> kinds();
    // The built-in catalogues and the rows of a user's file, each row the name of a catalogue
    // (kinds()) then the columns of that catalogue's file in rules/data/. A row that cannot be read
    // is an error naming its line, in `error`.
    static std::optional<Catalogues> with_additions(std::string_view tsv, std::string& error);
};

// The canonical form of a page title: trimmed, '_' as ' ', runs of spaces folded, first
// letter upper-cased (ASCII and the common two-byte Latin, Greek and Cyrillic letters).
std::string canonical_title(std::string_view name);
// The same, appended to `out` (a buffer reused from one name to the next).
void append_canonical_title(std::string& out, std::string_view name);

} // namespace citelint::model
