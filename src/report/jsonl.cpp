// JSON lines: one object per document, written as soon as the document is checked, so a
// whole dump streams through (README, "Formats").
#include "excerpt.hpp"
#include "json_diagnostic.hpp"

namespace citelint::report {

nlohmann::json document_json(const Source& source,
                             const std::vector<engine::Diagnostic>& diagnostics,
                             const Figures& figures) {
    auto list = nlohmann::json::array();
    for (const auto& d : diagnostics) {
        nlohmann::json diagnostic = diagnostic_json(source, d);
        // An audit report made from these lines shows the problem without the source.
        diagnostic["excerpt"] = excerpt_of(source, d.span);
        list.push_back(std::move(diagnostic));
    }
    return {{"path", source.path()},
            {"diagnostics", std::move(list)},
            {"figures", figures_json(figures)}};
}

namespace {

class JsonLinesRenderer final : public Renderer {
  public:
    explicit JsonLinesRenderer(std::ostream& out) : out_(out) {}
    void document(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                  const Figures& figures) override {
        out_ << dump_line(document_json(source, diagnostics, figures)) << '\n';
    }
    void finish(const Totals&, std::ostream&) override { out_.flush(); }

  private:
    std::ostream& out_;
};

} // namespace

std::unique_ptr<Renderer> make_jsonl(std::ostream& out) {
    return std::make_unique<JsonLinesRenderer>(out);
}

} // namespace citelint::report
