// `citelint explain FILE:LINE[:COL]`: how the claims family reads the prose sentences at a place
// of a page: the sentence found, whether a citation covers it, each feature of the claim model
// that fired with its weight, the score against the threshold, and the claims diagnostics on it.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "../config/config.hpp"
#include "../config/effective.hpp"
#include "../engine/runner.hpp"
#include "../io/inputs.hpp"
#include "../model/article.hpp"
#include "../model/prose/claim_verdict.hpp"
#include "../model/prose/claims.hpp"
#include "../model/text.hpp"
#include "../report/visible.hpp"
#include "check_run.hpp"
#include "commands.hpp"

namespace citelint::cli {

namespace {

struct Place {
    std::string path;
    std::uint32_t line = 0;
    std::uint32_t column = 0; // 0: the whole line
};

std::optional<std::uint32_t> number(std::string_view text) {
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value == 0) return std::nullopt;
    return value;
}

// FILE:LINE or FILE:LINE:COL, read from the right (a path may hold colons), as the one-line
// diagnostics print it.
std::optional<Place> parse_place(std::string_view text) {
    const auto last = text.rfind(':');
    if (last == std::string_view::npos) return std::nullopt;
    const auto tail = number(text.substr(last + 1));
    if (!tail) return std::nullopt;
    const std::string_view rest = text.substr(0, last);
    const auto before = rest.rfind(':');
    if (before != std::string_view::npos) {
        if (const auto line = number(rest.substr(before + 1)))
            return Place{std::string(rest.substr(0, before)), *line, *tail};
    }
    return Place{std::string(rest), *tail, 0};
}

std::string coverage(const model::Article& a, std::uint32_t index) {
    const model::Sentence& s = a.sentences[index];
    if (s.cited_at_end) return "cited at its end";
    if (s.covered) {
        const model::CitationPoint& by = a.citation_points[s.covered_by];
        const auto at = a.source->locate(by.span.begin);
        if (by.sentence == static_cast<std::int32_t>(index))
            return fmt::format("covered by the footnote inside it at {}:{} (it covers the "
                               "sentence's end too; --claims-strict drops that convention)",
                               at.line, at.byte_column);
        return fmt::format("covered by the citation at {}:{} (one citation at the end of a "
                           "paragraph covers the sentences before it; --claims-strict drops "
                           "that convention)",
                           at.line, at.byte_column);
    }
    if (s.cited_inside)
        return "attributed in its text (a citation written into the sentence, such as \"Smith "
               "(2001, p. 9) shows\")";
    if (const std::int32_t by = a.prose_paragraphs[s.paragraph].attributed_by;
        by != model::no_index) {
        const auto at =
            a.source->locate(a.citation_points[static_cast<std::size_t>(by)].span.begin);
        return fmt::format("a paragraph of statistics sourced by the attribution that opens its "
                           "section, at {}:{} (\"As of the census<ref/> of ...\")",
                           at.line, at.byte_column);
    }
    // Why not: no citation in the paragraph, none after it, or strict coverage.
    const model::ProseParagraph& p = a.prose_paragraphs[s.paragraph];
    if (p.introduces_cited)
        return "sourced by the citation in the quotation, list or table its paragraph "
               "introduces (a lead-in of one or two sentences ending in \":\")";
    bool later = false, inside = false;
    for (std::uint32_t k = p.first_point; k < p.first_point + p.point_count; ++k) {
        later |= a.citation_points[k].text >= s.text.end;
        inside |= a.citation_points[k].sentence == static_cast<std::int32_t>(index);
    }
    if (later)
        return "not covered: strict coverage asks a citation at its own end, and a later one "
               "in its paragraph does not count";
    if (p.point_count == 0) return "not covered: its paragraph has no citation at all";
    return inside ? "not covered: a footnote inside it sources only the words before it, and "
                    "none follows in its paragraph"
                  : "not covered: it comes after its paragraph's last citation";
}

// What keeps the claims rules from asking a citation of a sentence at all, if anything.
std::string_view exempt(const model::Article& a, const model::Sentence& s) {
    if (s.in_lead && a.options.claims.lead_exempt)
        return "in the lead, which may rest on the body's citations (WP:LEADCITE); only its "
               "quotations are judged";
    if (a.prose_paragraphs[s.paragraph].plot)
        return "in a plot summary, which the work itself sources (WP:PLOTCITE); only its "
               "quotations are judged";
    if (s.cross_reference) return "a cross-reference: it points elsewhere and states nothing";
    if (s.introduces_list) return "it introduces the list after it and states nothing";
    return {};
}

// The claims diagnostics `at` picks, with their notes when `notes`; or says there are none.
template <typename At>
void print_diagnostics(const model::Article& a, const std::vector<engine::Diagnostic>& diagnostics,
                       At at, bool notes) {
    bool any = false;
    for (const auto& d : diagnostics) {
        if (!at(d)) continue;
        if (!any) std::cout << "  diagnostics:\n";
        any = true;
        const auto where = a.source->locate(d.span.begin);
        std::cout << fmt::format("    {}:{}: {}[{}]: {}\n", where.line, where.byte_column,
                                 engine::severity_name(d.severity), d.code, d.message);
        if (!notes) continue;
        for (const auto& n : d.notes) {
            const auto nat = a.source->locate(n.span.begin);
            std::cout << fmt::format("      note {}:{}: {}\n", nat.line, nat.byte_column,
                                     n.message);
        }
    }
    if (!any) std::cout << "  diagnostics: none of the claims family\n";
}

void explain_sentence(const model::Article& a, std::uint32_t index,
                      const std::vector<engine::Diagnostic>& diagnostics) {
    model::ClaimJudge judge(a);
    const auto& model = judge.model();
    const model::Sentence& s = a.sentences[index];
    const model::ProseParagraph& p = a.prose_paragraphs[s.paragraph];
    const std::string_view title =
        s.section < a.sections.size() ? std::string_view(a.sections[s.section].title) : "";
    const auto at = a.source->locate(s.span.begin);
    std::cout << fmt::format(
        "{}:{}:{}: sentence {} of {} in its paragraph, {}\n", a.source->path(), at.line,
        at.byte_column, index - p.first_sentence + 1, p.sentence_count,
        s.in_lead ? std::string("in the lead") : fmt::format("section \"{}\"", title));
    std::cout << "  " << model::php_trim(a.prose(s.text)) << "\n";
    std::cout << "  coverage: " << coverage(a, index) << "\n";
    if (const std::string_view why = exempt(a, s); !why.empty())
        std::cout << "  not a claim to cite: " << why << "\n";

    const model::ClaimVerdict v = judge.judge(index);
    if (v.text.begin != s.text.begin)
        std::cout << "  judged on its words after the footnote inside it: "
                  << model::php_trim(a.prose(v.text)) << "\n";
    std::cout << "  claim model (bench/train-claims.py, rules/data/claim_weights.tsv):\n";
    double z = model.bias();
    std::cout << fmt::format("    {:<20} {:+.3f}\n", "bias", model.bias());
    for (std::size_t f = 0; f < model::claim_feature_count; ++f) {
        if (v.features[f] == 0.0F) continue;
        const auto feature = static_cast<model::ClaimFeature>(f);
        const double contribution = model.weight(feature) * v.features[f];
        z += contribution;
        std::cout << fmt::format("    {:<20} {:+.3f}{}\n", model::claim_feature_name(feature),
                                 contribution, v.features[f] < 1.0F ? "  (weak signs only)" : "");
    }
    if (v.lexical != 0) {
        z += v.lexical;
        std::cout << fmt::format("    {:<20} {:+.3f}\n", "words", v.lexical);
    }
    const auto signs = model.signs(v.signs);
    if (!signs.empty()) {
        std::string listed;
        for (const auto& [feature, text] : signs)
            listed += fmt::format("{}\"{}\" ({})", listed.empty() ? "" : ", ", text,
                                  model::claim_feature_name(feature));
        std::cout << "  signs: " << listed << "\n";
    }
    const float evidence = model::content_evidence(v.features);
    std::cout << fmt::format(
        "  score {:.2f} (logistic of {:+.3f}), threshold {:.2f}, challenge threshold {:.2f}; "
        "evidence about its content {:.1f} (1 needed: a strong sign or three weak ones): {}\n",
        v.score, z, model.threshold(), model.challenge_threshold(), evidence,
        v.score < model.threshold() ? "below the threshold"
        : evidence < 1.0F
            ? "above the threshold, but with too little evidence about its content (its place, "
              "length, section or weak signs alone do not make it a claim)"
        : v.score < model.challenge_threshold()
            ? "likely to be challenged when no citation covers it (below the challenge "
              "threshold that a later citation in its paragraph raises it to with "
              "--claims-strict)"
            : "likely to be challenged when no citation covers it");

    print_diagnostics(
        a, diagnostics,
        [&](const engine::Diagnostic& d) {
            return d.span.begin < s.span.end && d.span.end > s.span.begin;
        },
        false);
}

// A section, at its heading (where unreferenced-section reports it): its citations, its prose,
// and what keeps it from being judged.
void explain_section(const model::Article& a, std::uint32_t section,
                     const std::vector<engine::Diagnostic>& diagnostics) {
    const model::Section& sec = a.sections[section];
    const auto at = a.source->locate(sec.heading.begin);
    const std::uint32_t end = section + 1 < a.sections.size()
                                  ? a.sections[section + 1].heading.begin
                                  : static_cast<std::uint32_t>(a.source->text().size());
    std::size_t points = 0, paragraphs = 0, sentences = 0, stating = 0;
    bool plot = false, prose = true;
    for (const auto& c : a.page_citation_points)
        points += c.span.begin >= sec.heading.begin && c.span.begin < end;
    for (std::uint32_t p = 0; p < a.paragraphs.size(); ++p) {
        if (a.paragraphs[p].section != section) continue;
        const model::ProseParagraph& pp = a.prose_paragraphs[p];
        ++paragraphs;
        sentences += pp.sentence_count;
        plot |= pp.plot;
        prose &= pp.prose;
        for (std::uint32_t i = pp.first_sentence; i < pp.first_sentence + pp.sentence_count; ++i)
            stating += !a.sentences[i].cross_reference && !a.sentences[i].introduces_list;
    }
    std::cout << fmt::format("{}:{}:{}: section \"{}\" (level {})\n", a.source->path(), at.line,
                             at.byte_column, sec.title, sec.level);
    std::cout << fmt::format("  its own text (to the next heading): {} citation point{}, {} "
                             "paragraph{} of prose, {} sentence{} ({} stating something)\n",
                             points, points == 1 ? "" : "s", paragraphs, paragraphs == 1 ? "" : "s",
                             sentences, sentences == 1 ? "" : "s", stating);
    if (!prose)
        std::cout << "  a section of sources or links (rules/data/source_sections.tsv, "
                     "uncited_sections.tsv): not prose\n";
    if (plot)
        std::cout << "  a plot summary (rules/data/plot_sections.tsv): the work sources it "
                     "(WP:PLOTCITE); only its quotations are judged\n";
    print_diagnostics(
        a, diagnostics,
        [&](const engine::Diagnostic& d) {
            return d.span.begin >= sec.heading.begin && d.span.begin < sec.heading.end;
        },
        true);
}

// A block quotation (where uncited-quotation reports it): what sources it.
void explain_block_quote(const model::Article& a, const model::BlockQuote& q) {
    const auto at = a.source->locate(q.span.begin);
    std::cout << fmt::format(
        "{}:{}:{}: a block quotation ({}), {} words\n", a.source->path(), at.line, at.byte_column,
        q.template_name.empty() ? std::string("<blockquote>") : "{{" + q.template_name + "}}",
        q.words);
    std::cout << fmt::format("  a citation in it (its text or attribution): {}; right after it: "
                             "{}; the sentence introducing it: {}\n",
                             q.cited_inside ? "yes" : "no", q.cited_after ? "yes" : "no",
                             q.introduction == model::no_index
                                 ? std::string("none")
                                 : coverage(a, static_cast<std::uint32_t>(q.introduction)));
}

// The file the place is in, read; nothing after saying why it cannot be.
std::optional<Source> read_page(const Place& place) {
    io::ReadResult read = io::read_input(place.path);
    if (!read.text) {
        std::cerr << fmt::format("citelint: error: {}: cannot read: {}\n", place.path,
                                 read.problem);
        return std::nullopt;
    }
    Source source(place.path, std::move(*read.text));
    if (place.line > source.line_count()) {
        std::cerr << fmt::format("citelint: error: {}:{}: the file has {} lines\n", place.path,
                                 place.line, source.line_count());
        return std::nullopt;
    }
    return source;
}

// The page is read as citelint check reads it: the flags over its .citelint.toml. Null after
// saying what is wrong.
std::unique_ptr<config::Effective> page_configuration(const ExplainOptions& options,
                                                      const Place& place) {
    config::Settings settings;
    given_reading_flags(options, settings);
    const std::filesystem::path folder = std::filesystem::path(place.path).parent_path();
    if (const auto file =
            config::choose(folder.empty() ? "." : folder, options.config, options.no_config)) {
        config::Loaded loaded = config::load(*file);
        if (!loaded.settings) {
            std::cerr << "citelint: error: " << loaded.error << '\n';
            return nullptr;
        }
        settings = config::layer(settings, *loaded.settings);
    }
    std::string problem;
    auto effective = config::make_effective(settings, problem);
    if (!effective) std::cerr << "citelint: error: " << problem << '\n';
    return effective;
}

// Explains the sentences that `wanted` (a line, or the byte of a column) touches, and the
// headings and block quotations it does; whether there was any.
bool explain_span(const model::Article& article, const Place& place, Span wanted,
                  const std::vector<engine::Diagnostic>& diagnostics) {
    bool found = false;
    for (std::uint32_t i = 0; i < article.sentences.size(); ++i) {
        const model::Sentence& s = article.sentences[i];
        if (s.span.begin >= wanted.end || s.span.end < wanted.begin ||
            (s.span.end == wanted.begin && place.column > 0))
            continue;
        if (found) std::cout << "\n";
        explain_sentence(article, i, diagnostics);
        found = true;
    }
    // A column in the markup that opens a sentence ("[[Sony Pictures|Sony Wonder]] ..."): the
    // sentence it opens, on the same line.
    if (!found && place.column > 0) {
        const Span line = article.source->line_span(place.line);
        const auto next =
            std::find_if(article.sentences.begin(), article.sentences.end(),
                         [&](const model::Sentence& s) { return s.span.begin >= wanted.end; });
        if (next != article.sentences.end() && next->span.begin < line.end &&
            (next == article.sentences.begin() || (next - 1)->span.end <= wanted.begin)) {
            explain_sentence(article, static_cast<std::uint32_t>(next - article.sentences.begin()),
                             diagnostics);
            found = true;
        }
    }
    // Where unreferenced-section and uncited-quotation report what is no sentence: a heading, a
    // block quotation.
    for (std::uint32_t k = 1; k < article.sections.size(); ++k) {
        const Span heading = article.sections[k].heading;
        if (heading.begin >= wanted.end || heading.end <= wanted.begin) continue;
        if (found) std::cout << "\n";
        explain_section(article, k, diagnostics);
        found = true;
    }
    for (const model::BlockQuote& q : article.block_quotes) {
        if (q.span.begin >= wanted.end || q.span.end <= wanted.begin) continue;
        if (found) std::cout << "\n";
        explain_block_quote(article, q);
        found = true;
    }
    return found;
}

int explain_on(const ExplainOptions& options) {
    const auto place = parse_place(options.place);
    if (!place) {
        std::cerr << fmt::format("citelint: error: '{}' is not FILE:LINE or FILE:LINE:COL\n",
                                 options.place);
        return usage_or_input;
    }
    const std::optional<Source> source = read_page(*place);
    if (!source) return usage_or_input;
    const auto effective = page_configuration(options, *place);
    if (!effective) return usage_or_input;
    model::ModelOptions model_options = effective->model;
    model_options.sentences = true;
    const model::Article article = model::build_article(*source, model_options);
    const auto result = engine::run_rules(article, engine::Selection::make({"claims"}, {}, {}));

    // The sentences on the line, or the one holding the column.
    Span wanted = source->line_span(place->line);
    if (place->column > 0) {
        const std::uint32_t at = wanted.begin + place->column - 1;
        if (at > wanted.end) {
            std::cerr << fmt::format("citelint: error: {}:{}:{}: the line has {} bytes\n",
                                     place->path, place->line, place->column,
                                     wanted.end - wanted.begin);
            return usage_or_input;
        }
        wanted = {at, at + 1};
    }
    if (!explain_span(article, *place, wanted, result.diagnostics)) {
        std::cout << fmt::format(
            "{}:{}: no prose sentence, heading or block quotation here (lists, tables, "
            "infoboxes, captions, comments and the sections of sources and links are not "
            "prose)\n",
            place->path, place->line);
        return problems;
    }
    return clean;
}

} // namespace

// The explanation quotes the page: written out with its control characters made visible.
int run_explain(const ExplainOptions& options) {
    std::ostringstream text;
    std::streambuf* const terminal = std::cout.rdbuf(text.rdbuf());
    int status = 0;
    try {
        status = explain_on(options);
    } catch (...) {
        std::cout.rdbuf(terminal);
        std::cout << report::visible_controls(text.str(), true);
        throw;
    }
    std::cout.rdbuf(terminal);
    std::cout << report::visible_controls(text.str(), true);
    return status;
}

} // namespace citelint::cli
