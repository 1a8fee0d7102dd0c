// JSON lines: one object per document, written as soon as the document is checked, so a
// whole dump streams through (docs/formats.md).
#include "excerpt.hpp"
#include "json_diagnostic.hpp"

namespace citelint::report {

namespace {

// An object of the fields that are not empty, under their JSON names.
nlohmann::json
known_fields(std::initializer_list<std::pair<const char*, const std::string*>> fields) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [name, value] : fields)
        if (!value->empty()) object[name] = *value;
    return object;
}

// A diagnostic of a line, with its excerpt: an audit report made from these lines shows the
// problem without the source.
nlohmann::json line_diagnostic_json(const Source& source, const engine::Diagnostic& d) {
    nlohmann::json diagnostic = diagnostic_json(source, d);
    const Excerpt excerpt = excerpt_of(source, d.span);
    diagnostic["excerpt"] = excerpt.text;
    diagnostic["excerpt_span"] = {{"start", excerpt.mark_begin}, {"end", excerpt.mark_end}};
    return diagnostic;
}

// A line's fields but its diagnostics.
nlohmann::json line_fields(const Source& source, const Figures& figures, const PageOrigin& origin) {
    nlohmann::json line = {{"path", source.path()}};
    // A page of a dump or of JSON lines: its title, and the addresses a report links to.
    if (!origin.title.empty()) {
        line["page"] = known_fields(
            {{"title", &origin.title}, {"url", &origin.url}, {"edit_url", &origin.edit_url}});
        line["input"] = known_fields(
            {{"file", &origin.input}, {"sitename", &origin.sitename}, {"dbname", &origin.dbname}});
    }
    line["figures"] = figures_json(figures);
    return line;
}

} // namespace

nlohmann::json document_json(const Source& source,
                             const std::vector<engine::Diagnostic>& diagnostics,
                             const Figures& figures, const PageOrigin& origin) {
    auto list = nlohmann::json::array();
    for (const auto& d : diagnostics)
        list.push_back(line_diagnostic_json(source, d));
    nlohmann::json line = line_fields(source, figures, origin);
    line["diagnostics"] = std::move(list);
    return line;
}

std::string document_line(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                          const Figures& figures, const PageOrigin& origin) {
    std::string list;
    for (const auto& d : diagnostics)
        append_item(list, line_diagnostic_json(source, d));
    nlohmann::json line = line_fields(source, figures, origin);
    line["diagnostics"] = spliced;
    return dump_line_spliced(line, list);
}

namespace {

class JsonLinesRenderer final : public Renderer {
  public:
    explicit JsonLinesRenderer(std::ostream& out) : out_(out) {}
    void document(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                  const Figures& figures, const PageOrigin& origin) override {
        out_ << document_line(source, diagnostics, figures, origin) << '\n';
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
