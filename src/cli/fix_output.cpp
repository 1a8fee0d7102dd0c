#include "fix_output.hpp"

#include <iostream>
#include <string>

#include <fmt/format.h>

#include "../io/atomic_file.hpp"
#include "../report/unified_diff.hpp"
#include "../report/visible.hpp"
#include "check_run.hpp"

namespace citelint::cli {

namespace {

std::string problem_count(std::size_t n) {
    return fmt::format("{} problem{}", n, n == 1 ? "" : "s");
}

std::string codes(const std::vector<std::string_view>& list) {
    std::string out;
    for (std::size_t i = 0; i < list.size(); ++i)
        out += fmt::format("{}{}", i == 0 ? "" : i + 1 == list.size() ? " and " : ", ", list[i]);
    return out;
}

} // namespace

bool FixOutput::take(const io::Input& input, const Outcome& outcome) {
    const Outcome::Fixing& fixing = outcome.fixing;
    const std::string name = report::visible_controls(outcome.source->path());
    if (!fixing.refused.empty())
        std::cerr << fmt::format(
            "citelint: warning: {}: the fixes of {} were not applied: checked again, the page "
            "had a problem more than before them (a citelint bug: please report it)\n",
            name, codes(fixing.refused));
    if (fixing.unsettled)
        std::cerr << fmt::format("citelint: warning: {}: fixes were left after 10 rounds of "
                                 "fixing (a citelint bug: please report it)\n",
                                 name);
    if (!diff_ && outcome.in_dump) {
        if (dumps_refused_.insert(outcome.input).second)
            error(fmt::format("{}: --fix does not write into dumps or JSON lines; --diff shows "
                              "what it would change",
                              report::visible_controls(input.path)));
        return false;
    }
    if (!fixing.original) return true;
    std::size_t fixed = 0;
    for (const auto& [code, n] : fixing.fixed)
        fixed += n;
    if (diff_) {
        const std::string diff =
            report::unified_diff(*fixing.original, outcome.source->text(), outcome.source->path(),
                                 outcome.source->path());
        out_ << (terminal_ ? report::visible_controls(diff, true) : diff);
    } else if (!write(input, outcome)) {
        return false;
    }
    problems_ += fixed;
    ++documents_;
    return true;
}

bool FixOutput::write(const io::Input& input, const Outcome& outcome) {
    const std::string name = report::visible_controls(input.path);
    // Nothing is lost: a file changed since it was read keeps what it has now.
    const io::ReadResult now = io::read_input(input.path);
    if (!now.text || *now.text != *outcome.fixing.original) {
        error(fmt::format("{}: not fixed: the file changed while citelint was checking it", name));
        return false;
    }
    if (const std::string problem = io::write_file_atomically(input.path, outcome.source->text());
        !problem.empty()) {
        error(fmt::format("{}: not fixed: {}", name, problem));
        return false;
    }
    return true;
}

void FixOutput::finish(std::ostream& summary) const {
    if (documents_ == 0) {
        summary << (diff_ ? "no fixes to apply\n" : "nothing fixed\n");
        return;
    }
    const std::string files = fmt::format("{} document{}", documents_, documents_ == 1 ? "" : "s");
    summary << fmt::format("{} {} in {}\n", diff_ ? "would fix" : "fixed", problem_count(problems_),
                           files);
}

} // namespace citelint::cli
