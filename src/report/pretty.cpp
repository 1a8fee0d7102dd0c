// rustc/clang-style diagnostics: a header, the location, the source line with carets under
// the exact span, notes on related places, and help lines.
#include <algorithm>

#include <fmt/format.h>

#include "renderer.hpp"
#include "visible.hpp"

namespace citelint::report {

namespace {

constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view blue = "\x1b[1;34m";

std::string_view severity_color(engine::Severity s) {
    switch (s) {
    case engine::Severity::error:
        return "\x1b[1;31m";
    case engine::Severity::warning:
        return "\x1b[1;33m";
    case engine::Severity::info:
        return "\x1b[1;36m";
    }
    return "";
}

// Moves from `at` by up to `columns` display columns, backwards or forwards, on code point
// boundaries, without leaving [lo, hi].
std::size_t walk(std::string_view line, std::size_t at, std::size_t columns, bool backwards) {
    std::size_t used = 0;
    while (used < columns) {
        if (backwards) {
            if (at == 0) break;
            std::size_t prev = at - 1;
            while (prev > 0 && (static_cast<unsigned char>(line[prev]) & 0xC0) == 0x80)
                --prev;
            used += display_width(line.substr(prev, at - prev));
            at = prev;
        } else {
            if (at >= line.size()) break;
            std::size_t next = at + 1;
            while (next < line.size() && (static_cast<unsigned char>(line[next]) & 0xC0) == 0x80)
                ++next;
            used += display_width(line.substr(at, next - at));
            at = next;
        }
    }
    return at;
}

class PrettyRenderer final : public Renderer {
  public:
    PrettyRenderer(std::ostream& out, RenderOptions options) : out_(out), options_(options) {}

    void document(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                  const Figures&, const PageOrigin&) override {
        for (const auto& d : diagnostics)
            diagnostic(source, d);
    }

    void finish(const Totals& totals, std::ostream& summary) override {
        out_.flush();
        const std::size_t problems = totals.errors + totals.warnings + totals.infos;
        auto count = [](std::size_t n, std::string_view word) {
            return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
        };
        // Pages of dumps are pages; files and pages together are documents.
        const std::string_view noun = totals.pages == 0              ? "file"
                                      : totals.pages == totals.files ? "page"
                                                                     : "document";
        const std::string documents = count(totals.files, noun);
        const std::string unread = totals.unread == 0 ? std::string()
                                                      : fmt::format("; {} could not be read",
                                                                    count(totals.unread, "input"));
        if (problems == 0 && totals.unread == 0)
            summary << fmt::format("no problems found in {}\n", documents);
        else if (problems == 0)
            summary << fmt::format("checked {} with no problems{}\n", documents, unread);
        else
            summary << fmt::format("found {}, {} and {} in {}{}\n", count(totals.errors, "error"),
                                   count(totals.warnings, "warning"), count(totals.infos, "info"),
                                   documents, unread);
        if (totals.fixable + totals.fixable_unsafe == 0) return;
        const std::string unsafe =
            totals.fixable_unsafe == 0
                ? std::string()
                : fmt::format("{}{} with --fix --unsafe-fixes", totals.fixable == 0 ? "" : "; ",
                              totals.fixable_unsafe);
        summary << fmt::format("{}{}\n",
                               totals.fixable == 0
                                   ? std::string()
                                   : fmt::format("{} fixable with --fix", totals.fixable),
                               unsafe);
    }

  private:
    std::ostream& out_;
    RenderOptions options_;

    std::string paint(std::string_view color, std::string_view text) const {
        if (!options_.color) return std::string(text);
        return fmt::format("{}{}{}", color, text, reset);
    }

    void diagnostic(const Source& source, const engine::Diagnostic& d) {
        const auto color = severity_color(d.severity);
        out_ << paint(color, fmt::format("{}[{}]", engine::severity_name(d.severity), d.code))
             << paint(bold, fmt::format(": {}", visible_controls(d.message))) << '\n';
        std::size_t gutter = fmt::format("{}", source.locate(d.span.begin).line).size();
        for (const auto& n : d.notes)
            gutter = std::max(gutter, fmt::format("{}", source.locate(n.span.begin).line).size());
        snippet(source, d.span, color, '^', gutter);
        for (const auto& n : d.notes) {
            out_ << paint(bold, "note")
                 << paint(bold, fmt::format(": {}", visible_controls(n.message))) << '\n';
            snippet(source, n.span, blue, '-', gutter);
        }
        for (const auto& h : d.help)
            out_ << std::string(gutter + 1, ' ') << paint(blue, "=") << ' ' << paint(bold, "help")
                 << ": " << visible_controls(h) << '\n';
        if (d.fix)
            out_ << std::string(gutter + 1, ' ') << paint(blue, "=") << ' ' << paint(bold, "fix")
                 << ": " << visible_controls(d.fix->title)
                 << (d.fix->safety == engine::Safety::unsafe ? " (unsafe: --unsafe-fixes)" : "")
                 << '\n';
        out_ << '\n';
    }

    void snippet(const Source& source, Span span, std::string_view color, char mark,
                 std::size_t gutter) {
        const LineColumn at = source.locate(span.begin);
        const std::string pad(gutter, ' ');
        out_ << pad << paint(blue, "-->") << ' ' << visible_controls(source.path()) << ':'
             << at.line << ':' << at.byte_column << '\n';
        const Span line_span = source.line_span(at.line);
        const std::string_view line = source.slice(line_span);
        const std::size_t begin = std::min<std::size_t>(span.begin - line_span.begin, line.size());
        const std::size_t end = std::clamp<std::size_t>(
            span.end > line_span.begin ? span.end - line_span.begin : begin, begin, line.size());
        // A window of the line around the span: Wikipedia paragraphs are one long line.
        std::size_t from = 0, to = line.size();
        if (wider_than(line, options_.max_line_width)) {
            const std::size_t margin = options_.max_line_width / 3;
            const std::size_t room = options_.max_line_width - margin; // for the span and after
            from = walk(line, begin, margin, true);
            const std::string_view spanned = line.substr(begin, end - begin);
            if (wider_than(spanned, room)) {
                to = walk(line, begin, room, false);
            } else {
                const std::size_t span_width = display_width(spanned);
                to = walk(line, end, span_width >= room ? 0 : room - span_width, false);
            }
        }
        const std::string_view prefix = from > 0 ? "..." : "";
        const std::string_view suffix = to < line.size() ? "..." : "";
        const Printable before = printable(line.substr(from, begin - from), 0);
        const std::size_t shown_end = std::min(end, to);
        const Printable marked = printable(line.substr(begin, shown_end - begin), before.width);
        const Printable after =
            printable(line.substr(shown_end, to - shown_end), before.width + marked.width);
        out_ << pad << ' ' << paint(blue, "|") << '\n';
        out_ << paint(blue, fmt::format("{:>{}}", at.line, gutter)) << ' ' << paint(blue, "|")
             << ' ' << prefix << before.text << marked.text << after.text << suffix << '\n';
        out_ << pad << ' ' << paint(blue, "|") << ' '
             << std::string(prefix.size() + before.width, ' ')
             << paint(color, std::string(std::max<std::size_t>(1, marked.width), mark)) << '\n';
    }
};

} // namespace

std::unique_ptr<Renderer> make_pretty(std::ostream& out, RenderOptions options) {
    return std::make_unique<PrettyRenderer>(out, options);
}

} // namespace citelint::report
