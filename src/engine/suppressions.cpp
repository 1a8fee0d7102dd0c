#include "suppressions.hpp"

#include <algorithm>
#include <array>
#include <limits>

#include <fmt/format.h>

#include "../model/text.hpp"

namespace citelint::engine {

namespace {

constexpr std::uint32_t page_end = std::numeric_limits<std::uint32_t>::max();

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

struct KeywordKind {
    std::string_view keyword;
    DirectiveKind kind;
};
constexpr std::array<KeywordKind, 4> keywords{{
    {"citelint-disable", DirectiveKind::disable},
    {"citelint-enable", DirectiveKind::enable},
    {"citelint-disable-next-line", DirectiveKind::disable_next_line},
    {"citelint-disable-line", DirectiveKind::disable_line},
}};

// The rules a word names, in any case: a code, a name (or a former name), a family, or "all"
// (every rule that can be disabled inline, as a directive without rules).
std::vector<const Rule*> rules_named(std::string_view word) {
    const std::string lower = model::ascii_lower(word);
    std::vector<const Rule*> out;
    for (const Rule* rule : all_rules())
        if (model::ascii_lower(rule->code) == lower || rule->name == lower ||
            family_name(rule->family) == lower ||
            (lower == "all" && rule->family != Family::suppressions))
            out.push_back(rule);
    if (out.empty())
        if (const Rule* renamed = find_rule(lower)) out.push_back(renamed);
    return out;
}

std::string_view keyword_text(DirectiveKind kind) {
    for (const auto& k : keywords)
        if (k.kind == kind) return k.keyword;
    return "";
}

// Reads one comment; nothing when it is no directive (it does not begin "citelint-").
void read_comment(const model::Article& article, Span comment, Suppressions& out) {
    // The comment without its "-->", so that its dashes are never read as the directive's.
    std::string_view text = article.text(comment);
    if (text.size() >= 7 && text.substr(text.size() - 3) == "-->") text.remove_suffix(3);
    const std::size_t end = text.size();
    std::size_t at = 4; // after "<!--"
    while (at < end && is_blank(text[at]))
        ++at;
    if (!model::ascii_iequal_at(text, at, "citelint-")) return;
    const std::size_t keyword_begin = at;
    while (at < end && !is_blank(text[at]))
        ++at;
    const std::string keyword = model::ascii_lower(text.substr(keyword_begin, at - keyword_begin));
    const auto offset = [&](std::size_t i) {
        return comment.begin + static_cast<std::uint32_t>(i);
    };
    const Span keyword_span{offset(keyword_begin), offset(at)};
    const auto known = std::find_if(keywords.begin(), keywords.end(),
                                    [&](const KeywordKind& k) { return k.keyword == keyword; });
    if (known == keywords.end()) {
        out.problems.push_back(
            {keyword_span,
             fmt::format("unknown directive \"{}\"",
                         text.substr(keyword_begin, at - keyword_begin)),
             "use citelint-disable, citelint-enable, citelint-disable-next-line or "
             "citelint-disable-line"});
        return;
    }
    SuppressionDirective directive;
    directive.kind = known->kind;
    directive.comment = comment;
    directive.keyword = keyword_span;
    std::size_t targets_end = end;
    if (const auto dashes = text.find("--", at); dashes != std::string_view::npos) {
        targets_end = dashes;
        directive.reason = model::php_trim(text.substr(dashes + 2, end - dashes - 2));
    }
    while (at < targets_end) {
        while (at < targets_end && (is_blank(text[at]) || text[at] == ','))
            ++at;
        const std::size_t word_begin = at;
        while (at < targets_end && !is_blank(text[at]) && text[at] != ',')
            ++at;
        if (at == word_begin) break;
        const std::string_view word = text.substr(word_begin, at - word_begin);
        SuppressionTarget target{{offset(word_begin), offset(at)}, rules_named(word)};
        if (target.rules.empty()) {
            out.problems.push_back(
                {target.span,
                 fmt::format("unknown rule \"{}\" in {}", word, keyword_text(directive.kind)),
                 "name rules by code (R001), name (undefined-named-ref) or "
                 "family (references); `citelint rule` lists them"});
        } else if (std::any_of(target.rules.begin(), target.rules.end(),
                               [](const Rule* r) { return r->family == Family::suppressions; })) {
            out.problems.push_back(
                {target.span,
                 fmt::format("\"{}\" cannot be disabled inline: a suppression would silence the "
                             "report about itself",
                             word),
                 fmt::format("to turn it off, use --ignore {}", word)});
            target.rules.clear();
        }
        directive.targets.push_back(std::move(target));
    }
    out.directives.push_back(std::move(directive));
}

bool suppressible(const Rule& rule) {
    return rule.family != Family::suppressions;
}

// Where one rule is disabled, and by which word of which directive (for unused-suppression).
struct Region {
    const Rule* rule;
    Span range; // begin inclusive, end exclusive; end page_end: to the end of the page
    std::size_t origin;
};

// One word of a directive, or a directive without words, that may suppress something.
struct Origin {
    std::size_t directive;
    std::size_t target; // npos: the directive names no rule, so every rule
    bool used = false;
};

struct OpenRegion {
    const Rule* rule;
    std::uint32_t begin;
    std::size_t origin;
};

std::vector<const Rule*> rules_of(const SuppressionDirective& d, std::size_t target) {
    std::vector<const Rule*> out;
    if (target != std::string::npos) {
        out = d.targets[target].rules;
    } else {
        for (const Rule* rule : all_rules())
            if (suppressible(*rule)) out.push_back(rule);
    }
    return out;
}

// The line of a directive a disable-line or disable-next-line covers, newline included.
Span covered_line(const Source& source, const SuppressionDirective& d) {
    std::uint32_t line = d.kind == DirectiveKind::disable_line
                             ? source.locate(d.comment.begin).line
                             : source.locate(d.comment.end == 0 ? 0 : d.comment.end - 1).line + 1;
    if (line > source.line_count()) return {page_end, page_end};
    const std::uint32_t begin = source.line_start(line);
    const std::uint32_t end = line < source.line_count() ? source.line_start(line + 1) : page_end;
    return {begin, end};
}

struct Regions {
    std::vector<Origin> origins;
    std::vector<Region> regions;
    std::vector<SuppressionProblem> problems; // enables that enable nothing
};

Regions regions_of(const Source& source, const Suppressions& suppressions) {
    Regions out;
    std::vector<OpenRegion> open;
    for (std::size_t i = 0; i < suppressions.directives.size(); ++i) {
        const SuppressionDirective& d = suppressions.directives[i];
        if (d.kind == DirectiveKind::enable) {
            auto names = [&](const Rule* rule) {
                if (d.targets.empty()) return true;
                return std::any_of(d.targets.begin(), d.targets.end(), [&](const auto& t) {
                    return std::find(t.rules.begin(), t.rules.end(), rule) != t.rules.end();
                });
            };
            const std::size_t before = open.size();
            std::erase_if(open, [&](const OpenRegion& o) {
                if (!names(o.rule)) return false;
                out.regions.push_back({o.rule, {o.begin, d.comment.begin}, o.origin});
                return true;
            });
            const bool any_named =
                d.targets.empty() || std::any_of(d.targets.begin(), d.targets.end(),
                                                 [](const auto& t) { return !t.rules.empty(); });
            if (open.size() == before && any_named)
                out.problems.push_back({d.keyword,
                                        "this citelint-enable enables nothing: no rule it names is "
                                        "disabled here",
                                        "check the citelint-disable above it, or remove this "
                                        "comment"});
            continue;
        }
        const std::size_t targets = d.targets.empty() ? 1 : d.targets.size();
        for (std::size_t t = 0; t < targets; ++t) {
            const std::size_t target = d.targets.empty() ? std::string::npos : t;
            const std::vector<const Rule*> rules = rules_of(d, target);
            if (rules.empty()) continue; // an unknown word: invalid-suppression says so
            const std::size_t origin = out.origins.size();
            out.origins.push_back({i, target});
            if (d.kind == DirectiveKind::disable) {
                for (const Rule* rule : rules)
                    open.push_back({rule, d.comment.begin, origin});
            } else {
                const Span line = covered_line(source, d);
                for (const Rule* rule : rules)
                    out.regions.push_back({rule, line, origin});
            }
        }
    }
    for (const OpenRegion& o : open)
        out.regions.push_back({o.rule, {o.begin, page_end}, o.origin});
    return out;
}

bool all_selected(const std::vector<const Rule*>& rules, const Selection& selection) {
    return std::all_of(rules.begin(), rules.end(), [&](const Rule* rule) {
        return std::any_of(selection.rules().begin(), selection.rules().end(),
                           [&](const RuleChoice& c) { return c.rule == rule; });
    });
}

std::string unused_message(const Source& source, const SuppressionDirective& d,
                           std::size_t target) {
    const std::string_view keyword = keyword_text(d.kind);
    const std::string_view where = d.kind == DirectiveKind::disable_next_line ? "on the next line"
                                   : d.kind == DirectiveKind::disable_line    ? "on this line"
                                                                              : "in its region";
    if (target == std::string::npos)
        return fmt::format("\"{}\" suppresses nothing: no rule reports anything {}", keyword,
                           where);
    const std::string_view word = source.slice(d.targets[target].span);
    return fmt::format("\"{} {}\" suppresses nothing: {} reports nothing {}", keyword, word, word,
                       where);
}

} // namespace

Suppressions read_suppressions(const model::Article& article) {
    Suppressions out;
    for (const syntax::Node& node : article.syntax.nodes)
        if (node.kind == syntax::NodeKind::comment) read_comment(article, node.whole, out);
    return out;
}

std::vector<Diagnostic> apply_suppressions(const model::Article& article,
                                           std::vector<Diagnostic> diagnostics,
                                           const Selection& selection) {
    const Suppressions suppressions = read_suppressions(article);
    if (suppressions.directives.empty()) return diagnostics;
    Regions regions = regions_of(*article.source, suppressions);
    std::vector<Diagnostic> kept;
    kept.reserve(diagnostics.size());
    for (Diagnostic& d : diagnostics) {
        bool suppressed = false;
        for (const Region& region : regions.regions) {
            if (region.rule->code != d.code || d.span.begin < region.range.begin ||
                d.span.begin >= region.range.end)
                continue;
            suppressed = true;
            regions.origins[region.origin].used = true; // every region that covers it is used
        }
        if (!suppressed) kept.push_back(std::move(d));
    }
    const auto unused =
        std::find_if(selection.rules().begin(), selection.rules().end(),
                     [](const RuleChoice& c) { return c.rule->name == "unused-suppression"; });
    if (unused != selection.rules().end()) {
        for (const Origin& origin : regions.origins) {
            const SuppressionDirective& d = suppressions.directives[origin.directive];
            // A rule that did not run could not have reported anything: no verdict on it.
            if (origin.used || !all_selected(rules_of(d, origin.target), selection)) continue;
            Diagnostic report;
            report.code = unused->rule->code;
            report.name = unused->rule->name;
            report.severity = unused->severity;
            report.span =
                origin.target == std::string::npos ? d.keyword : d.targets[origin.target].span;
            report.message = unused_message(*article.source, d, origin.target);
            report.help.push_back(origin.target == std::string::npos || d.targets.size() == 1
                                      ? "remove the comment"
                                      : "remove this rule from the comment");
            kept.push_back(std::move(report));
        }
        std::stable_sort(kept.begin(), kept.end(), reported_before);
    }
    return kept;
}

std::vector<SuppressionProblem> suppression_problems(const model::Article& article) {
    const Suppressions suppressions = read_suppressions(article);
    std::vector<SuppressionProblem> problems = suppressions.problems;
    for (auto& p : regions_of(*article.source, suppressions).problems)
        problems.push_back(std::move(p));
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
    return problems;
}

} // namespace citelint::engine
