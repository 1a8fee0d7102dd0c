// What `citelint check --fix` and `--diff` do with the fixes of each document: write the file
// back, atomically and only if nobody changed it meanwhile, or print a unified diff; and what
// they say at the end.
#pragma once

#include <cstddef>
#include <ostream>
#include <set>

#include "../io/inputs.hpp"
#include "pipeline.hpp"

namespace citelint::cli {

class FixOutput {
  public:
    // `diff`: print the diffs on `out` and write nothing; `terminal`: `out` is one, so the
    // page's control characters are shown as escapes.
    FixOutput(bool diff, std::ostream& out, bool terminal)
        : diff_(diff), out_(out), terminal_(terminal) {}

    // Writes or prints the fixes of one document; false after saying on stderr why they could
    // not be written (a dump, a file changed since it was read, a write that failed).
    bool take(const io::Input& input, const Outcome& outcome);

    // "fixed 3 problems in 2 files", or with --diff "would fix ...", on `summary`.
    void finish(std::ostream& summary) const;

    // Whether a document's text was changed (or, with --diff, would be).
    [[nodiscard]] bool changed() const noexcept { return documents_ > 0; }

  private:
    bool write(const io::Input& input, const Outcome& outcome);

    bool diff_;
    std::ostream& out_;
    bool terminal_;
    std::size_t problems_ = 0;            // fixed
    std::size_t documents_ = 0;           // changed
    std::set<std::size_t> dumps_refused_; // inputs said to be dumps --fix cannot write into
};

} // namespace citelint::cli
