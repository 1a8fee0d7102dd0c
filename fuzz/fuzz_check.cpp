// Parse, model and every rule over arbitrary bytes: nothing may crash, hang or overrun.
#include <cstddef>
#include <cstdint>
#include <string>

#include "src/engine/runner.hpp"
#include "src/engine/suppressions.hpp"
#include "src/model/article.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace citelint;
    static const engine::Selection all = engine::Selection::make({}, {}, {});
    const Source source("fuzz", std::string(reinterpret_cast<const char*>(data), size));
    // Once with the defaults, once with every option on (sub-referencing; the claims family's
    // strict coverage, judged lead, captions and table cells as prose).
    for (const bool every_option : {false, true}) {
        model::ModelOptions options;
        options.cite_subreferencing = every_option;
        options.claims.strict = every_option;
        options.claims.lead_exempt = !every_option;
        options.claims.captions = every_option;
        options.claims.tables = every_option;
        const model::Article article = model::build_article(source, options);
        const auto diagnostics =
            engine::apply_suppressions(article, engine::run_rules(article, all).diagnostics, all);
        for (const auto& d : diagnostics) {
            if (d.span.begin > d.span.end || d.span.end > source.text().size()) __builtin_trap();
            for (const auto& n : d.notes)
                if (n.span.begin > n.span.end || n.span.end > source.text().size())
                    __builtin_trap();
        }
    }
    return 0;
}
