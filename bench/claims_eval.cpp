// The two measurements of ../shared/spec/unsourced-claims.md over a folder of articles:
//   citelint_claims_eval [--half train|test|all] [--strict] [--dump FILE] [--misses FILE]
//                        FOLDER...
// 1. Citation need (Redi-style): articles with at least 20 citation points; each body prose
//    sentence is labelled 1 when a citation point stands at its end; every citation point is
//    removed (the text kept), the claims rules that judge sentences (uncited-quotation,
//    likely-challenged) run, and a sentence they flag counts as "needs a citation".
// 2. Citation-needed recall: every body sentence carrying a {{citation needed}}-family mark;
//    the mark is removed, the claims rules run (unsourced-paragraph, uncited-tail,
//    uncited-quotation, unreferenced-section, likely-challenged), and the share of those
//    sentences flagged is given. A diagnostic flags the place it speaks for: a section reported
//    at its heading flags the sentences of its text.
// Articles are split in two halves by the FNV-1a hash of their file name (even: train, odd:
// test), as bench/train-claims.py splits them; --half test (the default) reports on the half
// the weights were not learned from. --dump writes every labelled sentence of measurement 1
// (from the chosen half) with its features, for bench/train-claims.py. --strict runs the rules
// with strict coverage (citelint check --claims-strict). --misses writes the marked sentences
// of measurement 2 that no rule flagged, with what kept them quiet.
// Before the two lines, a line says how many marked sentences a citation later in their
// paragraph covers once their mark is removed: by the paragraph convention no claims rule
// may flag those, so they bound measurement 2 without --strict.
// The output ends with exactly two lines:
//   citation-need: precision=P recall=R f1=F sentences=N
//   citation-needed-recall: R marked=N
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "src/engine/runner.hpp"
#include "src/io/inputs.hpp"
#include "src/model/article.hpp"
#include "src/model/prose/claim_verdict.hpp"
#include "src/model/prose/claims.hpp"

namespace {

using namespace citelint;

std::uint32_t fnv1a(std::string_view s) {
    std::uint32_t h = 0x811C9DC5u;
    for (unsigned char c : s)
        h = (h ^ c) * 0x01000193u;
    return h;
}

// The text with some spans cut out, and where each kept byte came from.
struct Cut {
    std::string text;
    std::vector<std::uint32_t> removed_before; // by original offset: bytes removed before it
};

Cut cut_out(std::string_view text, const std::vector<Span>& spans) {
    std::vector<bool> drop(text.size(), false);
    for (Span sp : spans)
        for (std::uint32_t i = sp.begin; i < sp.end && i < text.size(); ++i)
            drop[i] = true;
    Cut cut;
    cut.removed_before.assign(text.size() + 1, 0);
    std::uint32_t removed = 0;
    for (std::uint32_t i = 0; i < text.size(); ++i) {
        cut.removed_before[i] = removed;
        if (drop[i])
            ++removed;
        else
            cut.text += text[i];
    }
    cut.removed_before[text.size()] = removed;
    return cut;
}

struct Counts {
    std::size_t tp = 0, fp = 0, fn = 0, sentences = 0;
    std::size_t marked = 0, marked_flagged = 0, marked_covered = 0;
};

struct Settings {
    model::ModelOptions options;
    std::FILE* dump = nullptr;
    std::FILE* misses = nullptr;
};

// The diagnostics of some rules on a text, as spans.
std::vector<Span> flagged(const Source& source, const std::vector<std::string>& rules,
                          const model::ModelOptions& options) {
    const auto article = model::build_article(source, options);
    std::vector<Span> spans;
    for (const auto& d :
         engine::run_rules(article, engine::Selection::make(rules, {}, {})).diagnostics)
        if (!d.limitation) spans.push_back(d.place.value_or(d.span)); // a section: its text
    return spans;
}

bool overlaps(const std::vector<Span>& spans, Span s) {
    return std::any_of(spans.begin(), spans.end(),
                       [&](Span f) { return f.begin < s.end && s.begin < f.end; });
}

void measure(const std::string& path, const std::string& text, Counts& counts,
             const Settings& settings) {
    std::FILE* dump = settings.dump;
    const Source source(path, text);
    const auto article = model::build_article(source, settings.options);
    model::ClaimJudge judge(article);
    // 1. Citation need.
    if (article.citation_points.size() >= 20) {
        std::vector<Span> points;
        for (const auto& p : article.citation_points)
            points.push_back(p.span);
        const Cut cut = cut_out(text, points);
        const Source stripped(path, cut.text);
        const auto flags = flagged(stripped, {"C003", "C006"}, settings.options);
        for (std::uint32_t i = 0; i < article.sentences.size(); ++i) {
            const auto& s = article.sentences[i];
            if (s.in_lead) continue;
            const bool label = s.cited_at_end;
            const Span moved{s.span.begin - cut.removed_before[s.span.begin],
                             s.span.end - cut.removed_before[s.span.end]};
            const bool predicted = overlaps(flags, moved);
            ++counts.sentences;
            if (predicted && label) ++counts.tp;
            if (predicted && !label) ++counts.fp;
            if (!predicted && label) ++counts.fn;
            if (dump) {
                // The features as the rules compute them: the verdict's, on the words judged.
                const model::ClaimVerdict v = judge.judge(i);
                std::fprintf(dump, "%s\t%d", std::filesystem::path(path).filename().c_str(),
                             label ? 1 : 0);
                for (float x : v.features)
                    std::fprintf(dump, "\t%g", static_cast<double>(x));
                std::vector<std::string> words = model::claim_words(article.prose(v.text));
                std::sort(words.begin(), words.end());
                words.erase(std::unique(words.begin(), words.end()), words.end());
                std::string joined;
                for (const std::string& w : words)
                    joined += (joined.empty() ? "" : " ") + w;
                std::fprintf(dump, "\t%s\n", joined.c_str());
            }
        }
    }
    // 2. Citation-needed recall.
    std::vector<Span> marks;
    for (const auto& m : article.marks)
        if (m.scope == model::MarkScope::claim && m.kind == model::NeedKind::unsourced &&
            m.in_prose)
            marks.push_back(m.span);
    if (marks.empty()) return;
    const Cut cut = cut_out(text, marks);
    const Source stripped(path, cut.text);
    const auto flags =
        flagged(stripped, {"C001", "C002", "C003", "C005", "C006"}, settings.options);
    const auto unmarked = model::build_article(stripped, settings.options);
    for (const auto& s : article.sentences) {
        if (s.in_lead) continue;
        // The mark stands inside the sentence or right after its end.
        const bool marked = std::any_of(marks.begin(), marks.end(), [&](Span m) {
            return m.begin >= s.span.begin && m.begin <= s.span.end + 1;
        });
        if (!marked) continue;
        ++counts.marked;
        const Span moved{s.span.begin - cut.removed_before[s.span.begin],
                         s.span.end - cut.removed_before[s.span.end]};
        // The sentence as the unmarked text has it.
        const auto again = std::find_if(
            unmarked.sentences.begin(), unmarked.sentences.end(), [&](const model::Sentence& u) {
                return u.span.begin < moved.end && moved.begin < u.span.end;
            });
        const bool covered = again != unmarked.sentences.end() && again->covered;
        counts.marked_covered += covered;
        if (overlaps(flags, moved)) {
            ++counts.marked_flagged;
        } else if (settings.misses) {
            const std::string_view sentence = std::string_view(article.prose_text)
                                                  .substr(s.text.begin, s.text.end - s.text.begin);
            std::fprintf(settings.misses, "%s\t%s\t%.*s\n",
                         std::filesystem::path(path).filename().c_str(),
                         covered ? "covered by a later citation" : "not flagged",
                         static_cast<int>(sentence.size()), sentence.data());
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    std::string half = "test";
    Settings settings;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--half") == 0 && i + 1 < argc) {
            half = argv[++i];
        } else if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
            settings.dump = std::fopen(argv[++i], "w");
            if (!settings.dump) {
                std::fprintf(stderr, "citelint_claims_eval: cannot write %s\n", argv[i]);
                return 2;
            }
        } else if (std::strcmp(argv[i], "--misses") == 0 && i + 1 < argc) {
            settings.misses = std::fopen(argv[++i], "w");
            if (!settings.misses) {
                std::fprintf(stderr, "citelint_claims_eval: cannot write %s\n", argv[i]);
                return 2;
            }
        } else if (std::strcmp(argv[i], "--strict") == 0) {
            settings.options.claims.strict = true;
        } else {
            paths.emplace_back(argv[i]);
        }
    }
    if (paths.empty() || (half != "train" && half != "test" && half != "all")) {
        std::fprintf(stderr,
                     "usage: citelint_claims_eval [--half train|test|all] [--strict] [--dump FILE] "
                     "[--misses FILE] FOLDER...\n");
        return 2;
    }
    if (std::FILE* dump = settings.dump) {
        std::fprintf(dump, "article\tlabel");
        for (std::size_t i = 0; i < model::claim_feature_count; ++i)
            std::fprintf(dump, "\t%s",
                         std::string(model::claim_feature_name(static_cast<model::ClaimFeature>(i)))
                             .c_str());
        std::fprintf(dump, "\twords\n");
    }
    Counts counts;
    std::size_t articles = 0;
    for (const auto& input : io::expand_paths(paths)) {
        const std::string name = std::filesystem::path(input.path).filename().string();
        const bool train = fnv1a(name) % 2 == 0;
        if ((half == "train" && !train) || (half == "test" && train)) continue;
        auto read = io::read_input(input.path);
        if (!input.problem.empty() || !read.text) continue;
        ++articles;
        measure(input.path, *read.text, counts, settings);
    }
    for (std::FILE* file : {settings.dump, settings.misses})
        if (file) std::fclose(file);
    const double precision =
        counts.tp + counts.fp ? double(counts.tp) / double(counts.tp + counts.fp) : 0;
    const double recall =
        counts.tp + counts.fn ? double(counts.tp) / double(counts.tp + counts.fn) : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    std::printf("articles=%zu half=%s coverage=%s\n", articles, half.c_str(),
                settings.options.claims.strict ? "strict" : "standard");
    std::printf("citation-needed marked sentences covered by a later citation once unmarked: %zu "
                "of %zu\n",
                counts.marked_covered, counts.marked);
    std::printf("citation-need: precision=%.3f recall=%.3f f1=%.3f sentences=%zu\n", precision,
                recall, f1, counts.sentences);
    std::printf("citation-needed-recall: %.3f marked=%zu\n",
                counts.marked ? double(counts.marked_flagged) / double(counts.marked) : 0.0,
                counts.marked);
    return 0;
}
