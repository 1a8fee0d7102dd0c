// Inline suppressions: comments in the wikitext that silence rules over part of a page.
//   <!-- citelint-disable R001, similar-ref-names -->   from here to a matching enable (or the end)
//   <!-- citelint-enable R001 -->                       ends the region of those rules
//   <!-- citelint-disable -->  /  <!-- citelint-enable -->   every rule
//   <!-- citelint-disable-next-line R001 -->            the line after the one the comment ends on
//   <!-- citelint-disable-line R001 -->                 the line the comment starts on
//   <!-- citelint-disable R001 -- defined by {{Infobox}} -->   a reason after "--"
// A rule is named by its code, its name or its family, or "all", in any case. The suppressions
// family's own rules (invalid-suppression, unused-suppression) cannot be disabled inline, so that a
// suppression can never silence the report that it is wrong or unused.
#pragma once

#include <string_view>
#include <vector>

#include "../model/article.hpp"
#include "diagnostic.hpp"
#include "selection.hpp"

namespace citelint::engine {

enum class DirectiveKind { disable, enable, disable_next_line, disable_line };

// One rule selector written in a directive ("R001", "undefined-named-ref", "templates").
struct SuppressionTarget {
    Span span;                      // the word in the comment
    std::vector<const Rule*> rules; // what it names; empty when it names nothing usable
};

struct SuppressionDirective {
    DirectiveKind kind = DirectiveKind::disable;
    Span comment;                           // the whole <!-- ... -->
    Span keyword;                           // "citelint-disable" and the like
    std::vector<SuppressionTarget> targets; // empty: every rule
    std::string_view reason;                // after "--", trimmed; may be empty
};

// Something wrong with a directive: an unknown rule or directive, a rule that cannot be
// disabled inline, an enable with nothing to enable.
struct SuppressionProblem {
    Span span;
    std::string message;
    std::string help; // may be empty
};

struct Suppressions {
    std::vector<SuppressionDirective> directives; // in document order
    std::vector<SuppressionProblem> problems;     // in document order
};

// The directives in the page's comments (comment nodes of the syntax; a comment inside an
// opaque span such as <nowiki> is text, not a comment, so it directs nothing).
Suppressions read_suppressions(const model::Article& article);

// What invalid-suppression reports: read_suppressions' problems, and enables that enable
// nothing, in document order.
std::vector<SuppressionProblem> suppression_problems(const model::Article& article);

// The diagnostics whose span begins in a region disabled for their rule dropped, and, when
// unused-suppression is selected, one diagnostic per suppression that dropped nothing although
// every rule it names ran. Sorted as run_rules sorts. The command line and the editor both
// call this after run_rules.
std::vector<Diagnostic> apply_suppressions(const model::Article& article,
                                           std::vector<Diagnostic> diagnostics,
                                           const Selection& selection);

} // namespace citelint::engine
