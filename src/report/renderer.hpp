// One interface for every output format; a renderer only formats, it never decides.
#pragma once

#include <compare>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "../engine/diagnostic.hpp"
#include "../source.hpp"

namespace citelint::model {
struct Article;
}
namespace citelint::engine {
struct Rule;
}

namespace citelint::report {

struct Totals {
    std::size_t files = 0;  // documents checked: files, and pages of dumps and JSON lines
    std::size_t pages = 0;  // of them, pages of dumps and JSON lines
    std::size_t unread = 0; // inputs, or parts of them, that could not be read
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
    // Of the problems, those --fix would fix, and those only --unsafe-fixes would; counted
    // when the run applies no fixes.
    std::size_t fixable = 0;
    std::size_t fixable_unsafe = 0;
};

// What one document holds, for the formats that report it beside its diagnostics.
struct Figures {
    std::size_t refs = 0;            // refs in every form (tags, footnote templates, sfn)
    std::size_t citation_points = 0; // places anywhere in the page where a source is attached
    // The sentence layer is built only when a claims rule runs; without it these are unknown.
    std::optional<std::size_t> sentences;         // prose sentences
    std::optional<std::size_t> covered_sentences; // of them, covered by a citation point
    std::optional<std::size_t> words; // of the running text (Article::prose_words); sentence layer
    // Distinct footnotes with content: unnamed refs with content, each named ref once (its
    // definition), footnote templates ({{efn}}, {{refn}}) with content; not {{sfn}}.
    std::size_t refs_defined = 0;
    // Footnote markers in the text beyond the first of each named ref (<ref name=x/>, {{r|x}}).
    std::size_t refs_reused = 0;
    std::size_t short_citations = 0; // sources linked by short citations ({{sfn}}, {{harvnb}}, ...)
    std::size_t short_citations_matched = 0; // of them, to an anchor the page makes
    std::size_t citation_needed = 0; // inline marks of an unsourced claim ({{citation needed}})
    std::vector<std::string> citation_needed_dates; // "YYYY-MM" of those dated to a month
};

Figures figures_of(const model::Article& article);

// Where a document was read from, for the formats that link to it (jsonl, and the audit reports
// made of its lines): a page of a dump or of JSON lines, with its title and, when its wiki's
// addresses are known, its article and edit page. All empty for a file, whose name is no title.
struct PageOrigin {
    std::string title;
    std::string url;      // the article; empty when the wiki's addresses are not known
    std::string edit_url; // its edit page; empty with url
    std::string input;    // the dump's or JSON lines' file name, without its folder
    std::string sitename; // the dump's <siteinfo><sitename>
    std::string dbname;   // the dump's <siteinfo><dbname>
    friend bool operator==(const PageOrigin&, const PageOrigin&) = default;
    // Spelled out: the WebAssembly build's standard library has no <=> for strings.
    friend bool operator<(const PageOrigin& a, const PageOrigin& b) {
        return std::tie(a.title, a.url, a.edit_url, a.input, a.sitename, a.dbname) <
               std::tie(b.title, b.url, b.edit_url, b.input, b.sitename, b.dbname);
    }
};

class Renderer {
  public:
    virtual ~Renderer() = default;
    virtual void document(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                          const Figures& figures, const PageOrigin& origin) = 0;
    // Called once at the end; `summary` is where a human-readable summary may go.
    virtual void finish(const Totals& totals, std::ostream& summary) = 0;
};

struct RenderOptions {
    bool color = false;
    std::size_t max_line_width = 120; // display columns of source shown around a span
};

std::unique_ptr<Renderer> make_pretty(std::ostream& out, RenderOptions options);
std::unique_ptr<Renderer> make_gcc(std::ostream& out);
// One JSON document for the whole run (docs/formats.md).
std::unique_ptr<Renderer> make_json(std::ostream& out, std::string tool_version);
// One JSON object per line and document: its diagnostics and its figures.
std::unique_ptr<Renderer> make_jsonl(std::ostream& out);
// What SARIF says about the tool: code scanning closes the alerts of a rule that ran and
// found nothing, so the rules that ran are listed, not only those reported.
struct SarifTool {
    std::string version;
    std::string information_uri; // none when empty
    std::string rule_page; // each rule's page, "{code}" standing for its code; none when empty
    std::vector<const engine::Rule*> rules_run;
};
// SARIF 2.1.0, one run; columns in UTF-16 code units.
std::unique_ptr<Renderer> make_sarif(std::ostream& out, SarifTool tool);
// GitHub Actions workflow commands (::error file=...::message), which annotate the lines.
std::unique_ptr<Renderer> make_github(std::ostream& out);
// --statistics: the number of diagnostics of each rule (and how many have a fix), most first,
// as lines of text or, with `json`, a JSON array.
std::unique_ptr<Renderer> make_statistics(std::ostream& out, bool json);

} // namespace citelint::report
