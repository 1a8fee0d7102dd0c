// SARIF 2.1.0 (OASIS), as code scanning services read it: one run, the metadata and
// documentation of every rule reported, results with UTF-16 columns and byte ranges, related
// locations for the notes, fixes as replacements.
#include <map>

#include <fmt/format.h>

#include "../engine/rule.hpp"
#include "json_diagnostic.hpp"
#include "markdown.hpp"

namespace citelint::report {

namespace {

// A path as a URI reference: relative paths stay relative (to the folder citelint ran in),
// absolute ones become file: URIs; bytes outside the unreserved set are percent-encoded.
std::string uri_of(std::string_view path) {
    while (path.starts_with("./"))
        path.remove_prefix(2);
    std::string out = path.starts_with('/') ? "file://" : "";
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
            c == '/')
            out += c;
        else
            out += fmt::format("%{:02X}", byte);
    }
    return out;
}

nlohmann::json region(const Source& source, Span span) {
    const LineColumn start = source.locate(span.begin);
    const LineColumn end = source.locate(span.end);
    return {
        {"startLine", start.line},  {"startColumn", source.column(span.begin, ColumnUnit::utf16)},
        {"endLine", end.line},      {"endColumn", source.column(span.end, ColumnUnit::utf16)},
        {"byteOffset", span.begin}, {"byteLength", span.size()}};
}

nlohmann::json physical_location(const Source& source, Span span) {
    return {{"artifactLocation", {{"uri", uri_of(source.path())}}},
            {"region", region(source, span)}};
}

std::string help_text(const engine::Rule& rule) {
    return fmt::format("{}\n\nWhat it finds\n\n{}\n\nWhy it matters\n\n{}\n\nExample\n\n{}\n\n"
                       "Fixed\n\n{}\n\nOptions\n\n{}",
                       rule.summary, rule.docs.what_it_finds, rule.docs.why_it_matters,
                       rule.docs.example_bad, rule.docs.example_good, rule.docs.options);
}

// A fenced example, without markdown_fence()'s last newline (the help's own format adds it).
std::string fence(std::string_view code) {
    std::string out = markdown_fence(code);
    out.pop_back();
    return out;
}

std::string help_markdown(const engine::Rule& rule) {
    return fmt::format("{}\n\n## What it finds\n\n{}\n\n## Why it matters\n\n{}\n\n## Example\n\n"
                       "{}\n\nFixed:\n\n{}\n\n## Options\n\n{}",
                       rule.summary, rule.docs.what_it_finds, rule.docs.why_it_matters,
                       fence(rule.docs.example_bad), fence(rule.docs.example_good),
                       rule.docs.options);
}

nlohmann::json rule_metadata(const engine::Rule& rule, std::string_view page) {
    nlohmann::json out = {
        {"id", rule.code},
        {"name", rule.name},
        {"shortDescription", {{"text", rule.summary}}},
        {"fullDescription", {{"text", rule.docs.what_it_finds}}},
        {"help", {{"text", help_text(rule)}, {"markdown", help_markdown(rule)}}},
        {"defaultConfiguration", {{"level", engine::severity_name(rule.severity, "note")}}},
        {"properties", {{"tags", nlohmann::json::array({engine::family_name(rule.family)})}}}};
    if (!page.empty()) {
        std::string uri(page);
        if (const auto at = uri.find("{code}"); at != std::string::npos)
            uri.replace(at, 6, rule.code);
        out["helpUri"] = uri;
    }
    return out;
}

class SarifRenderer final : public Renderer {
  public:
    SarifRenderer(std::ostream& out, SarifTool tool) : out_(out), tool_(std::move(tool)) {
        for (const engine::Rule* rule : tool_.rules_run)
            add_rule(rule->code, rule);
    }

    void document(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                  const Figures&, const PageOrigin&) override {
        // Kept as text, not as a tree: a run's results are many.
        for (const auto& d : diagnostics)
            append_item(results_, result(source, d));
    }

    void finish(const Totals&, std::ostream&) override {
        nlohmann::json driver = {{"name", "citelint"},
                                 {"version", tool_.version},
                                 {"semanticVersion", tool_.version},
                                 {"rules", std::move(rules_)}};
        if (!tool_.information_uri.empty()) driver["informationUri"] = tool_.information_uri;
        const nlohmann::json log = {
            {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", nlohmann::json::array({{{"tool", {{"driver", std::move(driver)}}},
                                             {"columnKind", "utf16CodeUnits"},
                                             {"results", spliced}}})}};
        out_ << dump_line_spliced(log, results_) << '\n';
        out_.flush();
    }

  private:
    // The rule's index in tool.driver.rules, its metadata added the first time it is seen.
    std::size_t add_rule(std::string_view code, const engine::Rule* rule) {
        const auto [it, added] = rule_indices_.try_emplace(std::string(code), rules_.size());
        if (added)
            rules_.push_back(rule ? rule_metadata(*rule, tool_.rule_page)
                                  : nlohmann::json{{"id", code}});
        return it->second;
    }

    std::size_t rule_index(const engine::Diagnostic& d) {
        const auto known = rule_indices_.find(d.code);
        return known != rule_indices_.end() ? known->second
                                            : add_rule(d.code, engine::find_rule(d.code));
    }

    nlohmann::json result(const Source& source, const engine::Diagnostic& d) {
        std::string text = d.message;
        for (const std::string& help : d.help)
            text += "\nhelp: " + help;
        nlohmann::json r = {
            {"ruleId", d.code},
            {"ruleIndex", rule_index(d)},
            {"level", engine::severity_name(d.severity, "note")},
            {"message", {{"text", text}}},
            {"locations",
             nlohmann::json::array({{{"physicalLocation", physical_location(source, d.span)}}})}};
        if (!d.notes.empty()) {
            auto related = nlohmann::json::array();
            for (std::size_t i = 0; i < d.notes.size(); ++i)
                related.push_back(
                    {{"id", i + 1},
                     {"message", {{"text", d.notes[i].message}}},
                     {"physicalLocation", physical_location(source, d.notes[i].span)}});
            r["relatedLocations"] = std::move(related);
        }
        if (d.fix) {
            auto replacements = nlohmann::json::array();
            for (const engine::Edit& edit : d.fix->edits)
                replacements.push_back({{"deletedRegion", region(source, edit.span)},
                                        {"insertedContent", {{"text", edit.replacement}}}});
            nlohmann::json change = {{"artifactLocation", {{"uri", uri_of(source.path())}}},
                                     {"replacements", std::move(replacements)}};
            nlohmann::json fix = {{"description", {{"text", d.fix->title}}},
                                  {"artifactChanges", nlohmann::json::array({std::move(change)})}};
            r["fixes"] = nlohmann::json::array({std::move(fix)});
        }
        return r;
    }

    std::ostream& out_;
    SarifTool tool_;
    nlohmann::json rules_ = nlohmann::json::array();
    std::map<std::string, std::size_t, std::less<>> rule_indices_;
    std::string results_; // their texts, joined by commas
};

} // namespace

std::unique_ptr<Renderer> make_sarif(std::ostream& out, SarifTool tool) {
    return std::make_unique<SarifRenderer>(out, std::move(tool));
}

} // namespace citelint::report
