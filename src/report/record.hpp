// One checked document as an audit report needs it: what was found and the figures, without
// the source. Read from a line of `citelint check --format jsonl`.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../engine/diagnostic.hpp"
#include "renderer.hpp"

namespace citelint::report {

// The bytes of an excerpt that the diagnostic's span covers.
struct ExcerptMark {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend auto operator<=>(const ExcerptMark&, const ExcerptMark&) = default;
};

struct RecordedDiagnostic {
    // In this order so that a page's diagnostics sort by place.
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    std::string code;
    engine::Severity severity = engine::Severity::warning;
    std::string message;
    std::string excerpt;             // the source line around it; empty when not recorded
    std::optional<ExcerptMark> mark; // within `excerpt`; none when not recorded
    friend auto operator<=>(const RecordedDiagnostic&, const RecordedDiagnostic&) = default;
};

// A month a {{citation needed}}-like tag was dated with.
struct YearMonth {
    int year = 0;
    int month = 0;
};

// The figures of a document; a figure the writer did not know (an older citelint, a rule
// layer that did not run) is empty, never 0.
struct RecordedFigures {
    std::optional<std::uint64_t> refs;
    std::optional<std::uint64_t> citation_points;
    std::optional<std::uint64_t> sentences;
    std::optional<std::uint64_t> covered_sentences;
    std::optional<std::uint64_t> words;
    std::optional<std::uint64_t> refs_defined;
    std::optional<std::uint64_t> refs_reused;
    std::optional<std::uint64_t> short_citations;
    std::optional<std::uint64_t> short_citations_matched;
    std::optional<std::uint64_t> citation_needed;
    std::optional<std::vector<YearMonth>> citation_needed_dates;
};

struct DocumentRecord {
    std::string path;
    std::vector<RecordedDiagnostic> diagnostics;
    RecordedFigures figures;
    PageOrigin origin; // empty for a file, and in lines of older versions
};

// The record of one jsonl line; nothing, and why in `problem`, when the line is not one.
std::optional<DocumentRecord> record_from_json(const nlohmann::json& line, std::string& problem);

} // namespace citelint::report
