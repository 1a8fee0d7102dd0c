// `citelint explain FILE:LINE[:COL]`: how the claims family reads the prose sentences at a place
// of a page: the sentence found, whether a citation covers it, each feature of the claim model
// that fired with its weight, the score against the threshold, and the claims diagnostics on it.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "../config/config.hpp"
#include "../config/effective.hpp"
#include "../engine/runner.hpp"
#include "../io/inputs.hpp"
#include "../model/article.hpp"
#include "../model/claims.hpp"
#include "../model/text.hpp"
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

std::string coverage(const model::Article& a, const model::Sentence& s) {
    if (s.cited_at_end) return "cited at its end";
    if (s.covered) {
        const auto at = a.source->locate(a.citation_points[s.covered_by].span.begin);
        return fmt::format("covered by the citation at {}:{} (one citation at the end of a "
                           "paragraph covers the sentences before it)",
                           at.line, at.byte_column);
    }
    if (s.cited_inside) return "attributed in its text (a citation written into the sentence)";
    return a.options.claims.strict ? "not covered (strict: only a citation at its own end covers it)"
                                   : "not covered";
}

void explain_sentence(const model::Article& a, std::uint32_t index,
                      const std::vector<engine::Diagnostic>& diagnostics) {
    const auto& model = model::ClaimModel::builtin();
    const model::Sentence& s = a.sentences[index];
    const model::ProseParagraph& p = a.prose_paragraphs[s.paragraph];
    const std::string_view text =
        std::string_view(a.prose_text).substr(s.text.begin, s.text.end - s.text.begin);
    const std::string_view title =
        s.section < a.sections.size() ? std::string_view(a.sections[s.section].title) : "";
    const auto at = a.source->locate(s.span.begin);
    std::cout << fmt::format("{}:{}:{}: sentence {} of {} in its paragraph, {}\n",
                             a.source->path(), at.line, at.byte_column,
                             index - p.first_sentence + 1, p.sentence_count,
                             s.in_lead ? std::string("in the lead")
                                       : fmt::format("section \"{}\"", title));
    std::cout << "  " << model::php_trim(text) << "\n";
    std::cout << "  coverage: " << coverage(a, s) << "\n";

    const model::SentencePlace place{index - p.first_sentence, p.sentence_count};
    const auto x = model.features(text, title, place);
    std::cout << "  claim model (bench/train-claims.py, rules/data/claim_weights.tsv):\n";
    double z = model.bias();
    std::cout << fmt::format("    {:<20} {:+.3f}\n", "bias", model.bias());
    for (std::size_t f = 0; f < model::claim_feature_count; ++f) {
        if (x[f] == 0.0F) continue;
        const auto feature = static_cast<model::ClaimFeature>(f);
        const double contribution = model.weight(feature) * x[f];
        z += contribution;
        std::cout << fmt::format("    {:<20} {:+.3f}\n", model::claim_feature_name(feature),
                                 contribution);
    }
    const double lexical = model.lexical_weight(text);
    if (lexical != 0) {
        z += lexical;
        std::cout << fmt::format("    {:<20} {:+.3f}\n", "words", lexical);
    }
    const double score = model.score(x, lexical);
    const bool content = model::has_claim_content(x);
    std::cout << fmt::format(
        "  score {:.2f} (logistic of {:+.3f}), threshold {:.2f}: {}\n", score, z,
        model.threshold(),
        score < model.threshold() ? "below the threshold"
        : !content ? "above the threshold, but no feature about its content fired (its place, "
                     "length or section alone do not make it a claim)"
                   : "likely to be challenged when no citation covers it");

    bool any = false;
    for (const auto& d : diagnostics) {
        if (d.span.begin >= s.span.end || d.span.end <= s.span.begin) continue;
        if (!any) std::cout << "  diagnostics:\n";
        any = true;
        const auto where = a.source->locate(d.span.begin);
        std::cout << fmt::format("    {}:{}: {}[{}]: {}\n", where.line, where.byte_column,
                                 engine::severity_name(d.severity), d.code, d.message);
    }
    if (!any) std::cout << "  diagnostics: none of the claims family\n";
}

} // namespace

int run_explain(const ExplainOptions& options) {
    const auto place = parse_place(options.place);
    if (!place) {
        std::cerr << fmt::format("citelint: error: '{}' is not FILE:LINE or FILE:LINE:COL\n",
                                 options.place);
        return usage_or_input;
    }
    io::ReadResult read = io::read_input(place->path);
    if (!read.text) {
        std::cerr << fmt::format("citelint: error: {}: cannot read: {}\n", place->path,
                                 read.problem);
        return usage_or_input;
    }
    const Source source(place->path, std::move(*read.text));
    if (place->line > source.line_count()) {
        std::cerr << fmt::format("citelint: error: {}:{}: the file has {} lines\n", place->path,
                                 place->line, source.line_count());
        return usage_or_input;
    }
    // The page is read as citelint check reads it: the flags over its .citelint.toml.
    const auto given = [&](std::string_view flag) {
        return std::find(options.given.begin(), options.given.end(), flag) != options.given.end();
    };
    config::Settings settings;
    if (given("--dialect")) settings.dialect = options.dialect;
    if (given("--claims-strict")) settings.claims_strict = options.claims_strict;
    if (given("--claims-lead")) settings.claims_lead = options.claims_lead;
    if (given("--claims-captions")) settings.claims_captions = options.claims_captions;
    if (given("--claims-tables")) settings.claims_tables = options.claims_tables;
    const std::filesystem::path folder = std::filesystem::path(place->path).parent_path();
    if (const auto file =
            config::choose(folder.empty() ? "." : folder, options.config, options.no_config)) {
        config::Loaded loaded = config::load(*file);
        if (!loaded.settings) {
            std::cerr << "citelint: error: " << loaded.error << '\n';
            return usage_or_input;
        }
        settings = config::layer(settings, *loaded.settings);
    }
    std::string problem;
    const auto effective = config::make_effective(settings, problem);
    if (!effective) {
        std::cerr << "citelint: error: " << problem << '\n';
        return usage_or_input;
    }
    model::ModelOptions model_options = effective->model;
    model_options.sentences = true;
    const model::Article article = model::build_article(source, model_options);
    const auto result =
        engine::run_rules(article, engine::Selection::make({"claims"}, {}, {}));

    // The sentences on the line, or the one holding the column.
    Span wanted = source.line_span(place->line);
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
    bool found = false;
    for (std::uint32_t i = 0; i < article.sentences.size(); ++i) {
        const model::Sentence& s = article.sentences[i];
        if (s.span.begin >= wanted.end || s.span.end < wanted.begin ||
            (s.span.end == wanted.begin && place->column > 0))
            continue;
        if (found) std::cout << "\n";
        explain_sentence(article, i, result.diagnostics);
        found = true;
    }
    if (!found) {
        std::cout << fmt::format(
            "{}:{}: no prose sentence here (headings, lists, tables, infoboxes, captions, comments "
            "and the sections of sources and links are not prose)\n",
            place->path, place->line);
        return problems;
    }
    return clean;
}

} // namespace citelint::cli
