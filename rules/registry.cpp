// Every rule, sorted by code. Codes are never reused; a renamed rule keeps its old name here.
#include <algorithm>
#include <array>

#include "../src/engine/rule.hpp"

namespace citelint::rules {
extern const engine::Rule unsourced_paragraph;
extern const engine::Rule uncited_tail;
extern const engine::Rule uncited_quotation;
extern const engine::Rule marked_unsourced;
extern const engine::Rule unreferenced_section;
extern const engine::Rule likely_challenged;
extern const engine::Rule undefined_named_ref;
extern const engine::Rule conflicting_ref_definitions;
extern const engine::Rule empty_unnamed_ref;
extern const engine::Rule unnamed_self_closing_ref;
extern const engine::Rule numeric_ref_name;
extern const engine::Rule unknown_ref_attribute;
extern const engine::Rule unknown_references_attribute;
extern const engine::Rule invalid_ref_dir;
extern const engine::Rule conflicting_ref_dir;
extern const engine::Rule named_follow_ref;
extern const engine::Rule ref_runs_into_ref;
extern const engine::Rule unnamed_list_defined_ref;
extern const engine::Rule empty_list_defined_ref;
extern const engine::Rule unused_list_defined_ref;
extern const engine::Rule list_defined_ref_group_mismatch;
extern const engine::Rule group_without_reference_list;
extern const engine::Rule references_runs_into_references;
extern const engine::Rule details_without_parent;
extern const engine::Rule details_without_name;
extern const engine::Rule details_in_reference_list;
extern const engine::Rule unclosed_ref;
extern const engine::Rule stray_ref_close;
extern const engine::Rule nested_ref;
extern const engine::Rule duplicate_unnamed_citation;
extern const engine::Rule missing_reference_list;
extern const engine::Rule similar_ref_names;
extern const engine::Rule invalid_citation_identifier;
extern const engine::Rule duplicate_template_parameter;
extern const engine::Rule unpaired_citation_parameter;
extern const engine::Rule empty_citation;
extern const engine::Rule unclosed_template;
extern const engine::Rule short_citation_without_target;
extern const engine::Rule ambiguous_short_citation_target;
extern const engine::Rule unused_full_citation;
extern const engine::Rule citation_outside_ref;
extern const engine::Rule note_without_notelist;
extern const engine::Rule notelist_without_notes;
extern const engine::Rule misplaced_rp;
extern const engine::Rule stray_template_close;
extern const engine::Rule unknown_citation_parameter;
extern const engine::Rule deprecated_citation_parameter;
extern const engine::Rule redundant_citation_parameter;
extern const engine::Rule bare_url_reference;
extern const engine::Rule missing_citation_title;
extern const engine::Rule invalid_citation_date;
extern const engine::Rule invalid_suppression;
extern const engine::Rule unused_suppression;
} // namespace citelint::rules

namespace citelint::engine {

namespace {

const std::array<const Rule*, 53> registry = {
    &rules::unsourced_paragraph,
    &rules::uncited_tail,
    &rules::uncited_quotation,
    &rules::marked_unsourced,
    &rules::unreferenced_section,
    &rules::likely_challenged,
    &rules::undefined_named_ref,
    &rules::conflicting_ref_definitions,
    &rules::empty_unnamed_ref,
    &rules::unnamed_self_closing_ref,
    &rules::numeric_ref_name,
    &rules::unknown_ref_attribute,
    &rules::unknown_references_attribute,
    &rules::invalid_ref_dir,
    &rules::conflicting_ref_dir,
    &rules::named_follow_ref,
    &rules::ref_runs_into_ref,
    &rules::unnamed_list_defined_ref,
    &rules::empty_list_defined_ref,
    &rules::unused_list_defined_ref,
    &rules::list_defined_ref_group_mismatch,
    &rules::group_without_reference_list,
    &rules::references_runs_into_references,
    &rules::details_without_parent,
    &rules::details_without_name,
    &rules::details_in_reference_list,
    &rules::unclosed_ref,
    &rules::stray_ref_close,
    &rules::nested_ref,
    &rules::duplicate_unnamed_citation,
    &rules::missing_reference_list,
    &rules::similar_ref_names,
    &rules::invalid_suppression,
    &rules::unused_suppression,
    &rules::invalid_citation_identifier,
    &rules::duplicate_template_parameter,
    &rules::unpaired_citation_parameter,
    &rules::empty_citation,
    &rules::unclosed_template,
    &rules::short_citation_without_target,
    &rules::ambiguous_short_citation_target,
    &rules::unused_full_citation,
    &rules::citation_outside_ref,
    &rules::note_without_notelist,
    &rules::notelist_without_notes,
    &rules::misplaced_rp,
    &rules::stray_template_close,
    &rules::missing_citation_title,
    &rules::invalid_citation_date,
    &rules::unknown_citation_parameter,
    &rules::deprecated_citation_parameter,
    &rules::redundant_citation_parameter,
    &rules::bare_url_reference,
};

// Names a rule had before it was renamed, so old configurations keep working.
struct Alias {
    std::string_view old_name;
    std::string_view code;
};
constexpr std::array<Alias, 0> renamed{};

} // namespace

std::span<const Rule* const> all_rules() {
    return registry;
}

const Rule* find_rule(std::string_view code_or_name) {
    for (const Rule* r : registry)
        if (r->code == code_or_name || r->name == code_or_name) return r;
    for (const Alias& alias : renamed)
        if (alias.old_name == code_or_name) return find_rule(alias.code);
    return nullptr;
}

} // namespace citelint::engine
