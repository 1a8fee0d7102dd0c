// Which rules run and at what severity: --select, --ignore and --severity.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rule.hpp"

namespace citelint::engine {

struct RuleChoice {
    const Rule* rule;
    Severity severity;
};

class Selection {
  public:
    // Each item is a code (R001), a name (undefined-named-ref), a family (references),
    // or "all". Throws std::invalid_argument naming an item that matches no rule.
    static Selection make(const std::vector<std::string>& select,
                          const std::vector<std::string>& ignore,
                          const std::vector<std::string>& severity_overrides);
    [[nodiscard]] const std::vector<RuleChoice>& rules() const noexcept { return rules_; }

  private:
    std::vector<RuleChoice> rules_;
};

// The rules a selector names: one rule, a family, or all.
std::vector<const Rule*> resolve_selector(std::string_view selector);
// " (did you mean 'R001'?)" for an unknown selector near a code, name or family; else empty.
std::string selector_suggestion(std::string_view selector);

} // namespace citelint::engine
