// Whole-pipeline throughput: parse, model and every rule over a set of documents, in one
// thread, timed in-process (reading files excluded), best of N passes.
//   citelint_bench [--passes N] FILE_OR_FOLDER...
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
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--passes") == 0 && i + 1 < argc)
            passes = std::max(1, std::atoi(argv[++i]));
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
    const auto selection = engine::Selection::make({}, {}, {});
    double best_ms = 1e300;
    std::size_t diagnostics = 0;
    for (int pass = 0; pass < passes; ++pass) {
        diagnostics = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const auto& source : sources) {
            const auto article = model::build_article(source);
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
