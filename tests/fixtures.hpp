// Fixtures carry their own expectations in comments MediaWiki never shows:
//   <!-- expect: RULE @+1:12 -->        RULE (code or name) at line +1 from here, byte column 12
//   <!-- expect: RULE @0:5 "text" -->   on this line, and the message contains "text"
//   <!-- fixture: cite-subreferencing dialect=rendered -->   options for the whole file
//   <!-- fixture: claims-strict claims-lead=checked claims-captions claims-tables -->   the claims
//   family's options
//   <!-- fixture: today=2026-11-28 -->   the day CS1's date checks count as today (without
//   it, the checks that need today are not made)
// Inline suppressions (<!-- citelint-disable ... -->) apply, as they do for `citelint check`.
// A fixture without expectations must produce no diagnostic at all. Fixtures under
// fixtures/claims/ are checked by every rule; the others by every rule but the claims family's
// (they exercise markup in sentences that stand without sources).
#pragma once

#include <string>
#include <vector>

#include "src/engine/runner.hpp"
#include "src/model/article.hpp"

namespace citelint::testing {

struct Expectation {
    std::string rule; // code or name
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string message_part;
    std::uint32_t written_on = 0; // line of the comment
};

struct Fixture {
    std::string path;
    std::string text;
    model::ModelOptions options;
    std::vector<Expectation> expectations;
    std::vector<std::string> problems; // malformed expectation comments
};

Fixture load_fixture(const std::string& path);

// What differs between the expectations and the diagnostics; empty when they agree.
std::vector<std::string> compare(const Fixture& fixture);

std::vector<std::string> fixture_files(const std::string& folder);

} // namespace citelint::testing
