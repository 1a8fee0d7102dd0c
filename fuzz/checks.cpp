// The invariants the modes share.
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "src/engine/fixes.hpp"
#include "src/report/audit_render.hpp"

namespace citelint::fuzz {

void expect_within(const std::vector<engine::Diagnostic>& diagnostics, std::size_t size) {
    const auto within = [size](Span span) { return span.begin <= span.end && span.end <= size; };
    for (const auto& d : diagnostics) {
        expect(within(d.span));
        for (const auto& note : d.notes)
            expect(within(note.span));
        if (d.fix) expect(engine::well_formed(*d.fix, size));
    }
}

bool is_json(std::string_view text, bool lines) {
    if (!lines) return !nlohmann::json::parse(text, nullptr, false).is_discarded();
    std::istringstream in{std::string(text)};
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && !is_json(line)) return false;
    return true;
}

model::SentenceSegmenter& segmenter() {
    static model::SentenceSegmenter shared;
    return shared;
}

report::AuditOptions small_audit() {
    report::AuditOptions options;
    options.today = {2026, 6, 15};
    options.worst_pages = 3;
    options.diagnostics_per_page = 5;
    options.worklist_pages = 3;
    return options;
}

void expect_renders(const report::Audit& audit) {
    expect(!report::audit_html(audit, "fuzz").empty());
    expect(!report::audit_markdown(audit, 4).empty());
    expect(is_json(report::audit_json(audit, "fuzz")));
}

} // namespace citelint::fuzz
