#include "record.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "../model/site/address.hpp"

namespace citelint::report {

namespace {

using nlohmann::json;

// Each reader returns false after saying in `problem` what is wrong with the value.

// No page holds more than this of anything (a page is at most a few megabytes); a bigger
// count is not a page's, and summing it could overflow the report's totals.
constexpr std::uint64_t largest_count = std::uint64_t{1} << 40;

bool read_count(const json& figures, const char* key, std::optional<std::uint64_t>& out,
                std::string& problem) {
    const auto it = figures.find(key);
    if (it == figures.end() || it->is_null()) return true;
    if (!it->is_number_unsigned() || it->get<std::uint64_t>() > largest_count) {
        problem = fmt::format("figures.{} is not a count", key);
        return false;
    }
    out = it->get<std::uint64_t>();
    return true;
}

std::optional<YearMonth> parse_year_month(std::string_view text) {
    YearMonth date;
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    const auto year = std::from_chars(text.data(), text.data() + 4, date.year);
    const auto month = std::from_chars(text.data() + 5, text.data() + 7, date.month);
    if (year.ptr != text.data() + 4 || month.ptr != text.data() + 7 || date.month < 1 ||
        date.month > 12)
        return std::nullopt;
    return date;
}

bool read_dates(const json& figures, RecordedFigures& out, std::string& problem) {
    const auto it = figures.find("citation_needed_dates");
    if (it == figures.end() || it->is_null()) return true;
    if (!it->is_array()) {
        problem = "figures.citation_needed_dates is not a list";
        return false;
    }
    auto& dates = out.citation_needed_dates.emplace();
    for (const json& item : *it) {
        const auto date =
            item.is_string() ? parse_year_month(item.get_ref<const std::string&>()) : std::nullopt;
        if (!date) {
            problem = fmt::format("figures.citation_needed_dates holds {}, not a YYYY-MM month",
                                  item.dump(-1, ' ', false, json::error_handler_t::replace));
            return false;
        }
        dates.push_back(*date);
    }
    return true;
}

// A share's part is never more than its whole.
bool part_of(const std::optional<std::uint64_t>& part, const char* part_key,
             const std::optional<std::uint64_t>& whole, const char* whole_key,
             std::string& problem) {
    if (!part || !whole || *part <= *whole) return true;
    problem = fmt::format("figures.{} is more than figures.{}", part_key, whole_key);
    return false;
}

bool read_figures(const json& line, RecordedFigures& out, std::string& problem) {
    const auto it = line.find("figures");
    if (it == line.end() || it->is_null()) return true;
    if (!it->is_object()) {
        problem = "figures is not an object";
        return false;
    }
    const json& f = *it;
    return read_count(f, "refs", out.refs, problem) &&
           read_count(f, "citation_points", out.citation_points, problem) &&
           read_count(f, "sentences", out.sentences, problem) &&
           read_count(f, "covered_sentences", out.covered_sentences, problem) &&
           read_count(f, "words", out.words, problem) &&
           read_count(f, "refs_defined", out.refs_defined, problem) &&
           read_count(f, "refs_reused", out.refs_reused, problem) &&
           read_count(f, "short_citations", out.short_citations, problem) &&
           read_count(f, "short_citations_matched", out.short_citations_matched, problem) &&
           read_count(f, "citation_needed", out.citation_needed, problem) &&
           read_dates(f, out, problem) &&
           part_of(out.covered_sentences, "covered_sentences", out.sentences, "sentences",
                   problem) &&
           part_of(out.short_citations_matched, "short_citations_matched", out.short_citations,
                   "short_citations", problem);
}

const std::string* string_field(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

// The marked part of an excerpt of `size` bytes, as "excerpt_span" gives it; none when it is
// not given or does not fit.
std::optional<ExcerptMark> excerpt_mark(const json& diagnostic, std::size_t size) {
    const auto span = diagnostic.find("excerpt_span");
    if (span == diagnostic.end() || !span->is_object()) return std::nullopt;
    const auto start = span->find("start");
    const auto end = span->find("end");
    if (start == span->end() || end == span->end() || !start->is_number_unsigned() ||
        !end->is_number_unsigned())
        return std::nullopt;
    const auto begin_byte = start->get<std::uint64_t>();
    const auto end_byte = end->get<std::uint64_t>();
    if (begin_byte > end_byte || end_byte > size) return std::nullopt;
    return ExcerptMark{static_cast<std::uint32_t>(begin_byte),
                       static_cast<std::uint32_t>(end_byte)};
}

std::optional<std::uint32_t> position_field(const json& diagnostic, const char* key) {
    const auto start = diagnostic.find("start");
    if (start == diagnostic.end() || !start->is_object()) return std::nullopt;
    const auto it = start->find(key);
    if (it == start->end() || !it->is_number_unsigned()) return std::nullopt;
    const auto value = it->get<std::uint64_t>();
    if (value == 0 || value > UINT32_MAX) return std::nullopt;
    return static_cast<std::uint32_t>(value);
}

bool read_diagnostic(const json& d, std::size_t index, RecordedDiagnostic& out,
                     std::string& problem) {
    const auto fail = [&](std::string_view what) {
        problem = fmt::format("diagnostics[{}] {}", index, what);
        return false;
    };
    if (!d.is_object()) return fail("is not an object");
    const std::string* code = string_field(d, "code");
    if (!code) return fail("has no code");
    // The shape of every rule code, of this citelint or a later one; it also bounds the
    // number of codes an audit counts, whatever its input.
    const bool rule_code =
        code->size() == 4 && (*code)[0] >= 'A' && (*code)[0] <= 'Z' &&
        std::all_of(code->begin() + 1, code->end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!rule_code) return fail("has no rule code (a capital letter and 3 digits)");
    out.code = *code;
    const std::string* severity = string_field(d, "severity");
    const auto level = severity ? engine::parse_severity(*severity) : std::nullopt;
    if (!level) return fail("has no severity (error, warning or info)");
    out.severity = *level;
    const std::string* message = string_field(d, "message");
    if (!message) return fail("has no message");
    out.message = *message;
    const auto line = position_field(d, "line");
    const auto column = position_field(d, "column");
    if (!line || !column) return fail("has no start line and column");
    out.line = *line;
    out.column = *column;
    // Lines written before excerpts were recorded are still read.
    if (const std::string* excerpt = string_field(d, "excerpt")) {
        out.excerpt = *excerpt;
        out.mark = excerpt_mark(d, out.excerpt.size());
    }
    return true;
}

// The page and the input of a page of a dump or of JSON lines. An address that is no http(s)
// one, or holds what would have to be escaped in a link, is left out: a line may come from
// anywhere, and a report links only to the web.
void read_origin(const json& line, PageOrigin& out) {
    const auto page = line.find("page");
    if (page != line.end() && page->is_object()) {
        const auto text = [&](const char* key) {
            const std::string* value = string_field(*page, key);
            return value ? *value : std::string();
        };
        out.title = text("title");
        out.url = text("url");
        out.edit_url = text("edit_url");
        if (!model::is_web_address(out.url)) out.url.clear();
        if (!model::is_web_address(out.edit_url)) out.edit_url.clear();
    }
    const auto input = line.find("input");
    if (input != line.end() && input->is_object()) {
        for (const auto& [key, field] :
             {std::pair{"file", &out.input}, std::pair{"sitename", &out.sitename},
              std::pair{"dbname", &out.dbname}})
            if (const std::string* value = string_field(*input, key)) *field = *value;
    }
}

} // namespace

std::optional<DocumentRecord> record_from_json(const json& line, std::string& problem) {
    if (!line.is_object()) {
        problem = "not a JSON object";
        return std::nullopt;
    }
    DocumentRecord record;
    const std::string* path = string_field(line, "path");
    if (!path) {
        problem = "no path";
        return std::nullopt;
    }
    record.path = *path;
    const auto diagnostics = line.find("diagnostics");
    if (diagnostics == line.end() || !diagnostics->is_array()) {
        problem = "no list of diagnostics";
        return std::nullopt;
    }
    record.diagnostics.resize(diagnostics->size());
    for (std::size_t i = 0; i < record.diagnostics.size(); ++i)
        if (!read_diagnostic((*diagnostics)[i], i, record.diagnostics[i], problem))
            return std::nullopt;
    if (!read_figures(line, record.figures, problem)) return std::nullopt;
    read_origin(line, record.origin);
    return record;
}

} // namespace citelint::report
