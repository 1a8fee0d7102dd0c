// GitHub Actions workflow commands: `::error file=...,line=...::message`, which a workflow
// step prints to annotate the lines of a pull request.
#include <fmt/format.h>

#include "renderer.hpp"
#include "visible.hpp"

namespace citelint::report {

namespace {

// As @actions/core escapes: the message may not hold a raw line break, and a property value
// may not hold the ':' and ',' that delimit properties.
std::string escape_data(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '%':
            out += "%25";
            break;
        case '\r':
            out += "%0D";
            break;
        case '\n':
            out += "%0A";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string escape_property(std::string_view text) {
    std::string out;
    for (char c : escape_data(text)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

class GithubRenderer final : public Renderer {
  public:
    explicit GithubRenderer(std::ostream& out) : out_(out) {}
    void document(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                  const Figures&, const PageOrigin&) override {
        for (const auto& d : diagnostics) {
            const LineColumn start = source.locate(d.span.begin);
            const LineColumn end = source.locate(d.span.end);
            // GitHub reads columns as the characters of its (JavaScript) strings: UTF-16 units.
            std::string properties =
                fmt::format("file={},line={},col={},endLine={}",
                            visible_controls(escape_property(source.path())), start.line,
                            source.column(d.span.begin, ColumnUnit::utf16), end.line);
            if (end.line == start.line)
                properties +=
                    fmt::format(",endColumn={}", source.column(d.span.end, ColumnUnit::utf16));
            properties += ",title=" + escape_property(fmt::format("{} {}", d.code, d.name));
            std::string message = d.message;
            for (const engine::Note& note : d.notes) {
                message +=
                    fmt::format("\nnote: {}:{}: {}", source.locate(note.span.begin).line,
                                source.column(note.span.begin, ColumnUnit::utf16), note.message);
            }
            for (const std::string& help : d.help)
                message += "\nhelp: " + help;
            // Line breaks escaped as the format wants (%0A), then the page's other control
            // characters made visible.
            out_ << "::" << engine::severity_name(d.severity, "notice") << ' ' << properties
                 << "::" << visible_controls(escape_data(message)) << '\n';
        }
    }
    void finish(const Totals&, std::ostream&) override { out_.flush(); }

  private:
    std::ostream& out_;
};

} // namespace

std::unique_ptr<Renderer> make_github(std::ostream& out) {
    return std::make_unique<GithubRenderer>(out);
}

} // namespace citelint::report
