// Applying the fixes of a document's diagnostics, as `citelint check --fix` and `--diff` do:
// which fixes go together, the text after them, and checking again until nothing more can be
// fixed.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../model/article.hpp"
#include "diagnostic.hpp"

namespace citelint::engine {

// Which fixes are applied: none, the safe ones (--fix), or every one (--unsafe-fixes).
enum class FixMode { none, safe, unsafe };

[[nodiscard]] bool applies(const Fix& fix, FixMode mode);

// Whether the fix's edits are in source order, do not overlap and stay inside `size` bytes.
[[nodiscard]] bool well_formed(const Fix& fix, std::size_t size);

// One round of fixing: the text with the fixes applied, and which diagnostics they fixed.
struct FixRound {
    std::string text;
    std::vector<std::size_t> fixed; // indexes of the diagnostics whose fix was applied
    std::size_t deferred = 0;       // fixes left for the next round: they touch one applied
};

// Takes, in the diagnostics' order, each fix `mode` allows whose edits touch no edit of a fix
// taken before (a fix equal to one taken counts as applied with it), and applies them to
// `text`. Edits touch when they overlap, or when one inserts where the other starts, ends or
// lies: in which order they would go is not certain.
[[nodiscard]] FixRound apply_fixes(std::string_view text,
                                   const std::vector<Diagnostic>& diagnostics, FixMode mode,
                                   const std::vector<std::size_t>* only = nullptr);

// One check of one text: the source, its article and the diagnostics reported.
struct Checked {
    std::unique_ptr<Source> source;
    std::unique_ptr<model::Article> article;
    std::vector<Diagnostic> diagnostics;
};
using CheckText = std::function<Checked(std::string text)>;

struct Fixed {
    Checked last;                                  // the check of the text as fixed
    std::optional<std::string> original;           // the text before, when the fixes changed it
    std::map<std::string_view, std::size_t> fixed; // diagnostics fixed, by code
    // Fixes left out because the page, checked again, had a problem more of some code than
    // before them (a fix that does not remove its problem, or makes another): their codes.
    std::vector<std::string_view> refused;
    bool unsettled = false; // there were still fixes to apply after the last round allowed
};

// Applies the fixes of `first` and checks the result again, round after round, until no fix
// is left that `mode` allows (at most `max_rounds`). A round after which the page has more
// diagnostics of some code than before is undone and its fixes are tried one at a time, each
// kept only when it makes no problem more.
[[nodiscard]] Fixed fix_document(Checked first, const CheckText& check, FixMode mode,
                                 int max_rounds = 10);

} // namespace citelint::engine
