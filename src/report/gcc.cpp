// file:line:col: severity: message [code], one line per diagnostic, as compilers print it.
#include <fmt/format.h>

#include "renderer.hpp"
#include "visible.hpp"

namespace citelint::report {

namespace {

class GccRenderer final : public Renderer {
  public:
    explicit GccRenderer(std::ostream& out) : out_(out) {}
    void document(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                  const Figures&, const PageOrigin&) override {
        for (const auto& d : diagnostics) {
            const LineColumn at = source.locate(d.span.begin);
            out_ << fmt::format("{}:{}:{}: {}: {} [{}]\n", visible_controls(source.path()), at.line,
                                at.byte_column, engine::severity_name(d.severity),
                                visible_controls(d.message), d.code);
        }
    }
    void finish(const Totals&, std::ostream&) override { out_.flush(); }

  private:
    std::ostream& out_;
};

} // namespace

std::unique_ptr<Renderer> make_gcc(std::ostream& out) {
    return std::make_unique<GccRenderer>(out);
}

} // namespace citelint::report
