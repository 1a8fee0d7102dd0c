// Every rule, sorted by code. Codes are never reused; a renamed rule keeps its old name here.
#include <algorithm>
#include <array>

#include "../src/engine/rule.hpp"
#include "../src/model/text.hpp"

namespace citelint::rules {
#define CITELINT_RULE(variable) extern const engine::Rule variable;
#include "rules.def"
#undef CITELINT_RULE
} // namespace citelint::rules

namespace citelint::engine {

namespace {

#define CITELINT_RULE(variable) &rules::variable,
const std::array registry{
#include "rules.def"
};
#undef CITELINT_RULE

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
        if (model::ascii_iequal(r->code, code_or_name) ||
            model::ascii_iequal(r->name, code_or_name))
            return r;
    for (const Alias& alias : renamed)
        if (model::ascii_iequal(alias.old_name, code_or_name)) return find_rule(alias.code);
    return nullptr;
}

} // namespace citelint::engine
