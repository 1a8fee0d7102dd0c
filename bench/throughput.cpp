// Whole-pipeline throughput: parse, model and every rule over a set of documents, in one
// thread, timed in-process (reading files excluded), best of N passes.
//   citelint_bench [--passes N] [--select LIST] FILE_OR_FOLDER...
// (--select as citelint check's; without the claims rules the sentence layer is left out, as
// citelint check leaves it out)
// Prints one JSON line: docs, bytes, diagnostics, best_ms, MBps (per core).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "src/engine/runner.hpp"
#include "src/io/inputs.hpp"
#include "src/model/article.hpp"

int main(int argc, char** argv) {
    using namespace citelint;
    int passes = 5;
    std::vector<std::string> paths;
    std::vector<std::string> select;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--passes") == 0 && i + 1 < argc)
            passes = std::max(1, std::atoi(argv[++i]));
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
    const auto selection = engine::Selection::make(select, {}, {});
    model::ModelOptions options;
    options.sentences = std::any_of(
        selection.rules().begin(), selection.rules().end(),
        [](const engine::RuleChoice& c) { return c.rule->family == engine::Family::claims; });
    double best_ms = 1e300;
    std::size_t diagnostics = 0;
    for (int pass = 0; pass < passes; ++pass) {
        diagnostics = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const auto& source : sources) {
            const auto article = model::build_article(source, options);
            diagnostics += engine::run_rules(article, selection).diagnostics.size();
        }
        const auto end = std::chrono::steady_clock::now();
        best_ms = std::min(best_ms, std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::printf("{\"tool\": \"citelint\", \"docs\": %zu, \"bytes\": %zu, \"diagnostics\": %zu, "
                "\"best_ms\": %.1f, "
                "\"MBps\": %.2f}\n",
                sources.size(), bytes, diagnostics, best_ms, bytes / 1e6 / (best_ms / 1e3));
    return 0;
}
