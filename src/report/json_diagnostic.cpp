#include "json_diagnostic.hpp"

#include "../engine/rule.hpp"

namespace citelint::report {

nlohmann::json position_json(const Source& source, std::uint32_t offset) {
    const LineColumn at = source.locate(offset);
    return {{"line", at.line}, {"column", at.byte_column}, {"offset", offset}};
}

nlohmann::json span_json(const Source& source, Span span) {
    return {{"start", position_json(source, span.begin)}, {"end", position_json(source, span.end)}};
}

nlohmann::json diagnostic_json(const Source& source, const engine::Diagnostic& d) {
    nlohmann::json j;
    j["path"] = source.path();
    j["code"] = d.code;
    j["name"] = d.name;
    const engine::Rule* rule = engine::find_rule(d.code);
    j["family"] = rule ? nlohmann::json(engine::family_name(rule->family)) : nullptr;
    j["severity"] = engine::severity_name(d.severity);
    j["message"] = d.message;
    j["help"] = d.help;
    j.update(span_json(source, d.span));
    auto notes = nlohmann::json::array();
    for (const engine::Note& note : d.notes) {
        nlohmann::json n = span_json(source, note.span);
        n["message"] = note.message;
        notes.push_back(std::move(n));
    }
    j["notes"] = std::move(notes);
    if (d.fix) {
        auto edits = nlohmann::json::array();
        for (const engine::Edit& edit : d.fix->edits) {
            nlohmann::json e = span_json(source, edit.span);
            e["replacement"] = edit.replacement;
            edits.push_back(std::move(e));
        }
        j["fix"] = {{"title", d.fix->title},
                    {"applicability", d.fix->safety == engine::Safety::safe ? "safe" : "unsafe"},
                    {"edits", std::move(edits)}};
    } else {
        j["fix"] = nullptr;
    }
    return j;
}

nlohmann::json figures_json(const Figures& figures) {
    const auto optional = [](const std::optional<std::size_t>& n) {
        return n ? nlohmann::json(*n) : nlohmann::json(nullptr);
    };
    return {{"refs", figures.refs},
            {"citation_points", figures.citation_points},
            {"sentences", optional(figures.sentences)},
            {"covered_sentences", optional(figures.covered_sentences)},
            {"words", optional(figures.words)},
            {"refs_defined", figures.refs_defined},
            {"refs_reused", figures.refs_reused},
            {"short_citations", figures.short_citations},
            {"short_citations_matched", figures.short_citations_matched},
            {"citation_needed", figures.citation_needed},
            {"citation_needed_dates", figures.citation_needed_dates}};
}

} // namespace citelint::report

namespace citelint::report {

std::string dump_line(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Control characters are written as \u escapes: no text of a page can end up looking like this.
const char* const spliced = "\x01spliced list\x01";

void append_item(std::string& items, const nlohmann::json& value) {
    if (!items.empty()) items += ',';
    items += dump_line(value);
}

std::string dump_line_spliced(const nlohmann::json& value, std::string_view items) {
    const std::string line = dump_line(value);
    constexpr std::string_view mark = "\"\\u0001spliced list\\u0001\"";
    const std::size_t at = line.find(mark);
    if (at == std::string::npos || line.find(mark, at + 1) != std::string::npos)
        throw std::logic_error("a spliced JSON line has its mark " +
                               std::string(at == std::string::npos ? "nowhere" : "twice"));
    std::string text;
    text.reserve(line.size() + items.size());
    text.append(line, 0, at);
    text += '[';
    text += items;
    text += ']';
    text.append(line, at + mark.size());
    return text;
}

} // namespace citelint::report
