// The semantic model of one document: its sections and paragraphs, its references as
// MediaWiki's Cite extension sees them, and the findings of Cite's own validation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../source.hpp"
#include "../syntax/attributes.hpp"
#include "../syntax/syntax.hpp"
#include "catalogue.hpp"
#include "dates.hpp"

namespace citelint::model {

enum class Dialect { wikitext, rendered };

struct ModelOptions {
    std::optional<Dialect> dialect;   // detected when not given
    bool cite_subreferencing = false; // MediaWiki's $wgCiteSubReferencing (details=)
    // The day the check counts as today (CS1's future and access-date limits). The command
    // line gives the real date; without one, the checks that need it are not made.
    std::optional<CalendarDate> today;
};

struct Section {
    Span heading;      // the heading line; empty for the lead
    std::string title; // trimmed
    std::uint8_t level = 0;
};

struct Paragraph {
    Span span;
    std::uint32_t section = 0;
};

enum class RefOrigin {
    tag,               // <ref>...</ref>, <ref/>
    tag_function,      // {{#tag:ref|...}}
    footnote_template, // {{efn|...}}, {{refn|...}}
    reuse_template,    // {{r|name}}
    short_footnote,    // {{sfn|...}}, or its placeholder in the rendered dialect
};

struct Ref {
    RefOrigin origin = RefOrigin::tag;
    std::uint32_t node = syntax::no_parent; // the syntax node
    Span span;                              // the whole construct
    Span opening;                           // the opening tag, or the template name
    syntax::Attributes attrs;               // as given (template arguments made attributes)
    std::string raw_name;                   // name attribute as parsed, before Cite drops it
    std::optional<std::string> name;        // usable name: non-empty, not all digits
    std::string group;
    std::optional<std::string> follow;
    std::optional<std::string> dir;
    std::optional<std::string> details; // only with sub-referencing on
    bool self_closing = false;
    std::optional<std::string_view> content; // raw content; none when self-closing
    Span content_span;
    bool nested = false;     // inside another <ref>'s content: Cite drops it
    std::int32_t list = -1;  // the reference list it is defined in, -1 in the text
    std::uint32_t order = 0; // when MediaWiki processes it

    [[nodiscard]] bool content_is_empty() const;
};

enum class ListOrigin { tag, tag_function, list_template, placeholder };

struct ReferenceList {
    ListOrigin origin = ListOrigin::tag;
    std::uint32_t node = syntax::no_parent;
    Span span;
    Span opening;
    syntax::Attributes attrs;
    std::string group;
    bool self_closing = false;
    std::optional<std::string_view> content;
    Span content_span;
    std::vector<std::uint32_t> refs; // list-defined refs, in order
    bool nested = false;             // inside a <ref>: shown as text
};

// A template that is not a reference template: what rules need to judge what it may do.
struct TemplateUse {
    std::string name; // canonical title
    Span span;
    std::vector<Span> values;         // argument values as written
    bool alone_on_line = false;      // nothing else on its line(s)
};

// A parameter of a citation template as the module reads it: name and value trimmed,
// comments dropped; positional ones are named by their number.
struct CitationParam {
    std::string name;
    std::string value;
    Span name_span;  // empty for a positional parameter
    Span value_span; // the value as written
    bool positional = false;
};

// A call of a CS1/CS2 citation template ({{cite book}}, {{citation}}, ...).
struct Citation {
    std::uint32_t node = syntax::no_parent;
    std::string name; // canonical title
    Span span;
    Span opening;                      // "{{" and the name
    std::vector<CitationParam> params; // as written, duplicates included
    bool in_ref = false;               // inside a ref, a list-defined ref or a ref-making template
    bool cs1 = false;                  // checked by Module:Citation/CS1

    // The parameter as it takes effect: the last one of that name.
    [[nodiscard]] const CitationParam* find(std::string_view param) const;
};

// One Cite error or warning, with what it is about.
enum class CiteKey {
    ref_too_many_keys,
    ref_parameter_suggestion,
    references_invalid_parameters,
    ref_invalid_dir,
    ref_conflicting_dir,
    ref_numeric_key,
    ref_follow_conflicts,
    details_missing_parent,
    ref_with_details_no_name,
    ref_no_key,
    ref_no_input,
    included_ref,
    details_unsupported_context,
    references_group_mismatch,
    references_no_key,
    empty_references_define,
    references_missing_key,
    references_duplicate_key,
    references_no_text,
    group_refs_without_references,
    included_references,
};

std::string_view cite_message_key(CiteKey key);

struct CiteFinding {
    CiteKey key;
    std::int32_t ref = -1;     // the ref it is about
    std::int32_t list = -1;    // the reference list it is about
    std::int32_t related = -1; // another ref: the first definition, the earlier dir, ...
    std::string argument;      // the name, attribute or group the message names
    std::string suggestion;    // a close allowed attribute
};

// A named reference of a group between two lists of that group, as Cite's stack holds it.
struct NamedEntry {
    std::string group;
    std::string name;
    std::vector<std::uint32_t> refs;         // every ref with this name, in processing order
    std::optional<std::uint32_t> definition; // the ref whose content counts
    std::int32_t rendered_by = -1;           // the list that rendered it; -1 the implicit list
    bool has_text = false;                   // content when rendered
};

struct Article {
    const Source* source = nullptr;
    syntax::Syntax syntax;
    Dialect dialect = Dialect::wikitext;
    ModelOptions options;
    std::vector<Section> sections;
    std::vector<Paragraph> paragraphs;
    std::vector<Ref> refs;            // in document order
    std::vector<ReferenceList> lists; // in document order
    std::vector<NamedEntry> entries;
    std::vector<CiteFinding> findings;         // in processing order
    std::vector<Span> placeholders;            // rendered dialect: Template:Name placeholders
    std::vector<TemplateUse> other_templates;  // page-level calls of templates not catalogued
    std::vector<Citation> citations;           // citation templates, in document order
    std::vector<std::uint32_t> unclosed_refs;  // syntax nodes of <ref> with no </ref>
    std::vector<std::uint32_t> stray_closes;   // syntax nodes of </ref> closing nothing
    std::vector<std::uint32_t> unclosed_lists; // syntax nodes of <references> with no close

    [[nodiscard]] std::string_view text(Span span) const { return source->slice(span); }
    [[nodiscard]] const syntax::Node& node(std::uint32_t index) const {
        return syntax.nodes[index];
    }
};

Article build_article(const Source& source, const ModelOptions& options = {});

// Internals of the build, one job per file.
void collect_structure(Article& article);
void collect_references(Article& article, const ReferenceTemplates& catalogue);
void run_cite(Article& article);
void collect_citations(Article& article, const CitationTemplates& catalogue);
Dialect detect_dialect(const Source& source, const syntax::Syntax& syntax);

} // namespace citelint::model
