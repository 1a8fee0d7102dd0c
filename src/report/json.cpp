// One JSON document for the whole run: the format's version, the tool's, every diagnostic
// and the totals (docs/formats.md).
#include "json_diagnostic.hpp"

namespace citelint::report {

namespace {

// Bumped when a field changes meaning or goes away; new fields do not bump it.
constexpr int json_format_version = 1;

class JsonRenderer final : public Renderer {
  public:
    JsonRenderer(std::ostream& out, std::string tool_version)
        : out_(out), tool_version_(std::move(tool_version)) {}
    void document(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                  const Figures&, const PageOrigin&) override {
        // Kept as text, not as a tree: the document is one, and a run's diagnostics are many.
        for (const auto& d : diagnostics)
            append_item(diagnostics_, diagnostic_json(source, d));
    }
    void finish(const Totals& totals, std::ostream&) override {
        const nlohmann::json document = {
            {"version", json_format_version},
            {"tool", {{"name", "citelint"}, {"version", tool_version_}}},
            {"diagnostics", spliced},
            {"totals",
             {{"files", totals.files},
              {"errors", totals.errors},
              {"warnings", totals.warnings},
              {"infos", totals.infos}}}};
        out_ << dump_line_spliced(document, diagnostics_) << '\n';
        out_.flush();
    }

  private:
    std::ostream& out_;
    std::string tool_version_;
    std::string diagnostics_; // their texts, joined by commas
};

} // namespace

std::unique_ptr<Renderer> make_json(std::ostream& out, std::string tool_version) {
    return std::make_unique<JsonRenderer>(out, std::move(tool_version));
}

} // namespace citelint::report
