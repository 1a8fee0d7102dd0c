// Whole-pipeline throughput: parse, model, every rule and the inline suppressions over a set
// of documents, in one thread, timed in-process (reading files excluded), best of N passes.
//   citelint_bench [--passes N] [--select LIST] [--phases | --scan] FILE_OR_FOLDER...
//   citelint_bench --read [--cut] [--threads N] DUMP
// (--select as citelint check's; without the claims rules the sentence layer is left out, as
// citelint check leaves it out)
// Prints one JSON line: docs, bytes, diagnostics, best_ms, MBps (per core).
//
// --scan times the bare grammar instead: PEGTL matching grammar::document over each page with
// no actions and PEGTL's own control (no nodes, no nested re-reads of tag contents, no depth
// guard). No linter built on this grammar can read a page faster: it is the limit the whole
// pipeline is measured against.
//
// --read times what citelint check does with a dump before it checks anything: its bytes read
// (and decompressed on N threads, as --jobs N does), its XML parsed, its pages of every
// namespace handed over, once; it prints MB of XML (text of the pages) per second. With --cut,
// only what the one thread that reads does while --jobs threads check: the bytes, the pages
// cut out by their markup and what lies between them parsed (io/page_cutter), each page's own
// XML left to the thread that checks it (read_page, not timed); MB/s of the pages' XML then.
// The model of bench/enwiki-model.py takes the reader's rates from it.
//
// --phases times the parts of a run with every rule on, each the best of N passes, on the
// same input, and prints them as one JSON line of milliseconds (and ms per MB, and shares of
// the whole):
//   syntax             the grammar with its actions: the syntax nodes (part of model)
//   model              parse and model without the sentence layer (what a run without the
//                      claims rules builds)
//   sentence_layer     the claims family's sentence layer: prose projection, segmentation,
//                      citation points and coverage (collect_sentences)
//   segmentation       of which sentence segmentation alone (SentenceSegmenter::split: the
//                      break rules from the Sentence_Break classes, ICU where they cannot
//                      decide; timed again on the projected paragraphs)
//   rules_refs_templates, rules_claims   the rules of those families
//   claim_features     of rules_claims, the claim model's features and score of the
//                      sentences likely-challenged scores (timed again on them)
// total is model + sentence_layer + the two rule sets; MBps is the throughput that makes.
// --select does not apply to --phases.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "grammar/document.hpp"
#include "src/engine/runner.hpp"
#include "src/engine/suppressions.hpp"
#include "src/io/documents.hpp"
#include "src/io/inputs.hpp"
#include "src/model/article.hpp"
#include "src/model/builders.hpp"
#include "src/model/prose/claims.hpp"
#include "src/model/prose/sentences.hpp"
#include "src/syntax/syntax.hpp"

namespace {

using namespace citelint;
using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

bool has_claims(const engine::Selection& selection) {
    return std::any_of(
        selection.rules().begin(), selection.rules().end(),
        [](const engine::RuleChoice& c) { return c.rule->family == engine::Family::claims; });
}

// What grammar::document's searches need of a parse state.
struct ScanState {
    std::size_t offset = 0;
    grammar::ScanCache scan;
};

// Best of `passes` bare grammar passes over every page, in milliseconds.
double time_bare_scan(const std::vector<Source>& sources, int passes) {
    double best = 1e300;
    std::size_t matched = 0;
    for (int pass = 0; pass < passes; ++pass) {
        const auto start = Clock::now();
        for (const auto& source : sources) {
            const std::string_view text = source.text();
            tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(
                text.data(), text.data() + text.size(), "");
            ScanState state;
            matched += tao::pegtl::parse<grammar::document>(in, state) ? 1 : 0;
        }
        best = std::min(best, ms_between(start, Clock::now()));
    }
    return matched == 0 ? -best : best; // keeps the work from being optimised away
}

struct Phases {
    double syntax = 0, model = 0, sentence_layer = 0, segmentation = 0, rules_refs_templates = 0,
           rules_claims = 0, claim_features = 0;
    [[nodiscard]] double total() const {
        return model + sentence_layer + rules_refs_templates + rules_claims;
    }
};

// What likely-challenged gives the claim model: the sentences with no source, outside the
// lead (the rule also skips marked ones and ones ending in ':', a small share).
double time_claim_features(const model::Article& a) {
    const auto& claim_model = model::ClaimModel::builtin();
    double sink = 0;
    const auto start = Clock::now();
    for (const model::Sentence& s : a.sentences) {
        if (s.covered || s.cited_inside || s.in_lead) continue;
        const model::ProseParagraph& p = a.prose_paragraphs[s.paragraph];
        const auto index = static_cast<std::uint32_t>(&s - a.sentences.data());
        const std::string_view title = s.section < a.sections.size()
                                           ? std::string_view(a.sections[s.section].title)
                                           : std::string_view{};
        const std::string_view text = a.prose(s.text);
        const auto x =
            claim_model.features(text, title, {index - p.first_sentence, p.sentence_count});
        sink += claim_model.score(x, claim_model.lexical_weight(text));
    }
    const double ms = ms_between(start, Clock::now());
    return sink < 0 ? -ms : ms; // keeps the work from being optimised away
}

Phases run_phases(const std::vector<Source>& sources, int passes) {
    const auto refs_templates = engine::Selection::make({"references", "templates"}, {}, {});
    const auto claims = engine::Selection::make({"claims"}, {}, {});
    model::SentenceSegmenter segmenter;
    model::ModelOptions without_sentences;
    without_sentences.sentences = false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    Phases best;
    for (int pass = 0; pass < passes; ++pass) {
        Phases now;
        for (const auto& source : sources) {
            const auto ts = Clock::now();
            const auto nodes = syntax::parse(source.text()).nodes.size();
            const auto t0 = Clock::now();
            now.syntax += nodes == 0 ? -ms_between(ts, t0) : ms_between(ts, t0);
            model::Article article = model::build_article(source, without_sentences);
            const auto t1 = Clock::now();
            article.options.sentences = true;
            model::collect_sentences(article, segmenter);
            const auto t2 = Clock::now();
            for (const model::ProseParagraph& p : article.prose_paragraphs)
                if (p.prose) segmenter.split(article.prose(p.text), cuts);
            const auto t3 = Clock::now();
            engine::run_rules(article, refs_templates);
            const auto t4 = Clock::now();
            engine::run_rules(article, claims);
            const auto t5 = Clock::now();
            now.model += ms_between(t0, t1);
            now.sentence_layer += ms_between(t1, t2);
            now.segmentation += ms_between(t2, t3);
            now.rules_refs_templates += ms_between(t3, t4);
            now.rules_claims += ms_between(t4, t5);
            now.claim_features += time_claim_features(article);
        }
        if (pass == 0) {
            best = now;
            continue;
        }
        best.syntax = std::min(best.syntax, now.syntax);
        best.model = std::min(best.model, now.model);
        best.sentence_layer = std::min(best.sentence_layer, now.sentence_layer);
        best.segmentation = std::min(best.segmentation, now.segmentation);
        best.rules_refs_templates = std::min(best.rules_refs_templates, now.rules_refs_templates);
        best.rules_claims = std::min(best.rules_claims, now.rules_claims);
        best.claim_features = std::min(best.claim_features, now.claim_features);
    }
    return best;
}

void print_phases(const Phases& p, std::size_t docs, std::size_t bytes) {
    const double mb = bytes / 1e6, total = p.total();
    std::printf("{\"tool\": \"citelint\", \"docs\": %zu, \"bytes\": %zu, \"phases_ms\": {", docs,
                bytes);
    const std::pair<const char*, double> parts[] = {
        {"syntax", p.syntax},
        {"model", p.model},
        {"sentence_layer", p.sentence_layer},
        {"segmentation", p.segmentation},
        {"rules_refs_templates", p.rules_refs_templates},
        {"rules_claims", p.rules_claims},
        {"claim_features", p.claim_features},
    };
    const char* comma = "";
    for (const auto& [name, ms] : parts) {
        std::printf("%s\"%s\": %.1f", comma, name, ms);
        comma = ", ";
    }
    std::printf("}, \"ms_per_MB\": {");
    comma = "";
    for (const auto& [name, ms] : parts) {
        std::printf("%s\"%s\": %.2f", comma, name, ms / mb);
        comma = ", ";
    }
    std::printf("}, \"share\": {");
    comma = "";
    for (const auto& [name, ms] : parts) {
        std::printf("%s\"%s\": %.3f", comma, name, ms / total);
        comma = ", ";
    }
    std::printf("}, \"total_ms\": %.1f, \"MBps\": %.2f}\n", total, mb / (total / 1e3));
}

int read_dump(const std::string& path, unsigned threads, bool cut) {
    io::DumpOptions options;
    options.namespaces.clear(); // every namespace: the reader's whole work
    options.decompression_threads = threads;
    const auto start = Clock::now();
    io::Documents documents(path, options);
    io::Document document;
    io::RawPage raw;
    std::size_t pages = 0, text_bytes = 0;
    while (cut) {
        const io::Next next = documents.next(document, raw);
        if (next == io::Next::end) break;
        ++pages;
        text_bytes += next == io::Next::raw_page ? raw.xml.size() : document.text.size();
    }
    while (!cut && documents.next(document)) {
        ++pages;
        text_bytes += document.text.size();
    }
    const double ms = ms_between(start, Clock::now());
    for (const auto& message : documents.messages())
        std::fprintf(stderr, "%s\n", message.text.c_str());
    std::printf("{\"tool\": \"%s\", \"pages\": %zu, \"text_bytes\": %zu, "
                "\"ms\": %.1f, \"text_MBps\": %.2f}\n",
                cut ? "dump-cutter" : "dump-reader", pages, text_bytes, ms,
                text_bytes / 1e6 / (ms / 1e3));
    return documents.messages().empty() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    int passes = 5;
    bool phases = false, scan = false, read = false, cut = false;
    unsigned threads = 1;
    std::vector<std::string> paths;
    std::vector<std::string> select;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--passes") == 0 && i + 1 < argc)
            passes = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--phases") == 0)
            phases = true;
        else if (std::strcmp(argv[i], "--scan") == 0)
            scan = true;
        else if (std::strcmp(argv[i], "--read") == 0)
            read = true;
        else if (std::strcmp(argv[i], "--cut") == 0)
            cut = true;
        else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
            threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
        else if (std::strcmp(argv[i], "--select") == 0 && i + 1 < argc)
            for (std::string_view rest = argv[++i]; !rest.empty();) {
                const auto comma = rest.find(',');
                select.emplace_back(rest.substr(0, comma));
                rest =
                    comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            }
        else
            paths.emplace_back(argv[i]);
    }
    if (read) return paths.size() == 1 ? read_dump(paths[0], threads, cut) : 2;
    std::vector<Source> sources;
    std::size_t bytes = 0;
    for (const auto& input : io::expand_paths(paths)) {
        auto read = io::read_input(input.path);
        if (!input.problem.empty() || !read.text) {
            std::fprintf(stderr, "cannot read %s\n", input.path.c_str());
            return 2;
        }
        bytes += read.text->size();
        sources.emplace_back(input.path, std::move(*read.text));
    }
    if (phases) {
        print_phases(run_phases(sources, passes), sources.size(), bytes);
        return 0;
    }
    if (scan) {
        const double ms = time_bare_scan(sources, passes);
        std::printf("{\"tool\": \"pegtl-scan\", \"docs\": %zu, \"bytes\": %zu, \"best_ms\": %.1f, "
                    "\"MBps\": %.2f}\n",
                    sources.size(), bytes, ms, bytes / 1e6 / (ms / 1e3));
        return 0;
    }
    const auto selection = engine::Selection::make(select, {}, {});
    model::ModelOptions options;
    options.sentences = has_claims(selection);
    // One segmenter for the whole run, as one thread of citelint check keeps one.
    model::SentenceSegmenter segmenter;
    options.segmenter = &segmenter;
    double best_ms = 1e300;
    std::size_t diagnostics = 0;
    for (int pass = 0; pass < passes; ++pass) {
        diagnostics = 0;
        const auto start = Clock::now();
        for (const auto& source : sources) {
            const auto article = model::build_article(source, options);
            diagnostics +=
                engine::apply_suppressions(
                    article, engine::run_rules(article, selection).diagnostics, selection)
                    .size();
        }
        best_ms = std::min(best_ms, ms_between(start, Clock::now()));
    }
    std::printf("{\"tool\": \"citelint\", \"docs\": %zu, \"bytes\": %zu, \"diagnostics\": %zu, "
                "\"best_ms\": %.1f, "
                "\"MBps\": %.2f}\n",
                sources.size(), bytes, diagnostics, best_ms, bytes / 1e6 / (best_ms / 1e3));
    return 0;
}
