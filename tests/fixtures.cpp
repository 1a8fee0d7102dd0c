#include "fixtures.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "src/engine/suppressions.hpp"

namespace citelint::testing {

Fixture load_fixture(const std::string& path) {
    Fixture f;
    f.path = path;
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    f.text = buffer.str();
    static const std::regex expect_re(
        R"(<!--\s*expect:\s*([A-Za-z0-9-]+)\s+@([+-]?\d+):(\d+)(?:\s+\"([^\"]*)\")?\s*-->)");
    static const std::regex any_expect_re(R"(<!--\s*expect:)");
    static const std::regex options_re(R"(<!--\s*fixture:([^>]*)-->)");
    const Source source(path, f.text);
    for (std::sregex_iterator it(f.text.begin(), f.text.end(), any_expect_re), end; it != end;
         ++it) {
        const auto at = static_cast<std::uint32_t>(it->position());
        std::smatch m;
        const std::string rest = f.text.substr(at);
        const std::uint32_t line = source.locate(at).line;
        if (!std::regex_search(rest, m, expect_re, std::regex_constants::match_continuous)) {
            f.problems.push_back(fmt::format("{}:{}: malformed expect comment", path, line));
            continue;
        }
        Expectation e;
        e.rule = m[1];
        e.line = static_cast<std::uint32_t>(static_cast<int>(line) + std::stoi(m[2]));
        e.column = static_cast<std::uint32_t>(std::stoul(m[3]));
        e.message_part = m[4];
        e.written_on = line;
        f.expectations.push_back(e);
    }
    std::smatch m;
    if (std::regex_search(f.text, m, options_re)) {
        std::istringstream words(m[1].str());
        for (std::string word; words >> word;) {
            if (word == "cite-subreferencing")
                f.options.cite_subreferencing = true;
            else if (word == "dialect=rendered")
                f.options.dialect = model::Dialect::rendered;
            else if (word == "dialect=wikitext")
                f.options.dialect = model::Dialect::wikitext;
            else if (word == "claims-strict")
                f.options.claims.strict = true;
            else if (word == "claims-captions")
                f.options.claims.captions = true;
            else if (word == "claims-tables")
                f.options.claims.tables = true;
            else if (word == "claims-lead=checked")
                f.options.claims.lead_exempt = false;
            else if (word.rfind("wiki=", 0) == 0 && model::find_site(word.substr(5)))
                f.options.site = model::find_site(word.substr(5));
            else if (word.rfind("today=", 0) == 0 && model::parse_iso_date(word.substr(6)))
                f.options.today = model::parse_iso_date(word.substr(6));
            else
                f.problems.push_back(fmt::format("{}: unknown fixture option '{}'", path, word));
        }
    }
    return f;
}

std::vector<std::string> compare(const Fixture& fixture) {
    std::vector<std::string> differences = fixture.problems;
    const Source source(fixture.path, fixture.text);
    const model::Article article = model::build_article(source, fixture.options);
    // The claims rules judge prose; the fixtures of the other families are written to exercise
    // markup, in sentences that stand without sources: they are checked by every rule but those.
    static const engine::Selection all = engine::Selection::make({}, {}, {});
    static const engine::Selection markup = engine::Selection::make({}, {"claims"}, {});
    const bool claims =
        fixture.path.find("/claims/") != std::string::npos || fixture.path.rfind("claims/", 0) == 0;
    const engine::Selection& selection = claims ? all : markup;
    const std::vector<engine::Diagnostic> diagnostics = engine::apply_suppressions(
        article, engine::run_rules(article, selection).diagnostics, selection);
    std::vector<bool> used(fixture.expectations.size(), false);
    for (const auto& d : diagnostics) {
        const LineColumn at = source.locate(d.span.begin);
        bool matched = false;
        for (std::size_t i = 0; i < fixture.expectations.size(); ++i) {
            const Expectation& e = fixture.expectations[i];
            if (used[i] || (e.rule != d.code && e.rule != d.name) || e.line != at.line ||
                e.column != at.byte_column)
                continue;
            if (!e.message_part.empty() && d.message.find(e.message_part) == std::string::npos)
                continue;
            used[i] = matched = true;
            break;
        }
        if (!matched)
            differences.push_back(fmt::format("{}:{}:{}: unexpected {} {}: {}", fixture.path,
                                              at.line, at.byte_column, d.code, d.name, d.message));
    }
    for (std::size_t i = 0; i < fixture.expectations.size(); ++i) {
        if (used[i]) continue;
        const Expectation& e = fixture.expectations[i];
        differences.push_back(
            fmt::format("{}:{}:{}: missing {}{} (expected by the comment on line {})", fixture.path,
                        e.line, e.column, e.rule,
                        e.message_part.empty() ? "" : " \"" + e.message_part + "\"", e.written_on));
    }
    return differences;
}

std::vector<std::string> fixture_files(const std::string& folder) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().extension() == ".wiki")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace citelint::testing
