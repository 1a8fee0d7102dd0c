// One interface for every output format; a renderer only formats, it never decides.
#pragma once

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "../engine/diagnostic.hpp"
#include "../source.hpp"

namespace citelint::report {

struct Totals {
    std::size_t files = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
};

class Renderer {
  public:
    virtual ~Renderer() = default;
    virtual void document(const Source& source,
                          const std::vector<engine::Diagnostic>& diagnostics) = 0;
    // Called once at the end; `summary` is where a human-readable summary may go.
    virtual void finish(const Totals& totals, std::ostream& summary) = 0;
};

struct RenderOptions {
    bool color = false;
    std::size_t max_line_width = 120; // display columns of source shown around a span
};

std::unique_ptr<Renderer> make_pretty(std::ostream& out, RenderOptions options);
std::unique_ptr<Renderer> make_gcc(std::ostream& out);

// Display width of UTF-8 text as a terminal shows it: wide CJK counts two, combining marks
// none, a tab advances to the next multiple of `tab_width`.
std::size_t display_width(std::string_view text, std::size_t start_column = 0,
                          std::size_t tab_width = 4);

} // namespace citelint::report
