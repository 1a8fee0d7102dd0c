#include "fixes.hpp"

#include <algorithm>
#include <set>

namespace citelint::engine {

namespace {

bool touch(const Edit& a, const Edit& b) {
    if (a.span.begin < b.span.end && b.span.begin < a.span.end) return true;
    if (a.span.empty() && b.span.begin <= a.span.begin && a.span.begin <= b.span.end) return true;
    return b.span.empty() && a.span.begin <= b.span.begin && b.span.begin <= a.span.end;
}

bool same_edits(const Fix& a, const Fix& b) {
    return std::equal(a.edits.begin(), a.edits.end(), b.edits.begin(), b.edits.end(),
                      [](const Edit& x, const Edit& y) {
                          return x.span == y.span && x.replacement == y.replacement;
                      });
}

std::string with_edits(std::string_view text, std::vector<const Edit*> edits) {
    std::sort(edits.begin(), edits.end(),
              [](const Edit* a, const Edit* b) { return a->span.begin < b->span.begin; });
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    for (const Edit* e : edits) {
        out.append(text.substr(at, e->span.begin - at));
        out.append(e->replacement);
        at = e->span.end;
    }
    out.append(text.substr(at));
    return out;
}

std::map<std::string_view, std::size_t> by_code(const std::vector<Diagnostic>& diagnostics) {
    std::map<std::string_view, std::size_t> counts;
    for (const Diagnostic& d : diagnostics)
        ++counts[d.code];
    return counts;
}

// The codes of which the page has more diagnostics after the fixes than it had before, less
// those the fixes removed, and other than those the fixes leave by design.
std::vector<std::string_view> grown(const std::vector<Diagnostic>& before,
                                    const std::vector<std::size_t>& fixed,
                                    const std::vector<Diagnostic>& after) {
    auto expected = by_code(before);
    std::set<std::string_view> left;
    for (const std::size_t i : fixed) {
        --expected[before[i].code];
        left.insert(before[i].fix->leaves.begin(), before[i].fix->leaves.end());
    }
    std::vector<std::string_view> codes;
    for (const auto& [code, n] : by_code(after))
        if (n > expected[code] && !left.count(code)) codes.push_back(code);
    return codes;
}

class Fixing {
  public:
    Fixing(Checked first, const CheckText& check, FixMode mode) : check_(check), mode_(mode) {
        out_.last = std::move(first);
    }

    Fixed run(int max_rounds) {
        for (int round = 0; round < max_rounds; ++round)
            if (!one_round()) return std::move(out_);
        out_.unsettled = !candidates().empty();
        return std::move(out_);
    }

  private:
    // The diagnostics whose fixes may be applied: of `mode`, and of no code refused.
    std::vector<std::size_t> candidates() const {
        std::vector<std::size_t> out;
        const auto& ds = out_.last.diagnostics;
        for (std::size_t i = 0; i < ds.size(); ++i)
            if (ds[i].fix && applies(*ds[i].fix, mode_) && !refused_.count(ds[i].code))
                out.push_back(i);
        return out;
    }

    // Applies a round of fixes; false when there was nothing left to apply.
    bool one_round() {
        const std::vector<std::size_t> allowed = candidates();
        if (allowed.empty()) return false;
        const auto& before = out_.last.diagnostics;
        FixRound round = apply_fixes(out_.last.source->text(), before, mode_, &allowed);
        if (round.fixed.empty()) return false;
        Checked next = check_(round.text);
        if (grown(before, round.fixed, next.diagnostics).empty()) {
            accept(std::move(next), round.fixed);
            return true;
        }
        // One of the fixes makes a problem: each is tried alone, and those that make none are
        // applied together (or, if together they do, the first of them alone). The code of a
        // fix that makes a problem alone is not fixed again in the page.
        std::vector<std::size_t> good;
        for (const std::size_t i : round.fixed) {
            const std::vector<std::size_t> alone{i};
            const FixRound single = apply_fixes(out_.last.source->text(), before, mode_, &alone);
            if (grown(before, single.fixed, check_(single.text).diagnostics).empty())
                good.push_back(i);
            else
                refuse(before[i].code);
        }
        for (const std::size_t take : {good.size(), std::size_t{1}}) {
            if (good.empty()) break;
            const std::vector<std::size_t> some(good.begin(), good.begin() + take);
            const FixRound chosen = apply_fixes(out_.last.source->text(), before, mode_, &some);
            Checked checked = check_(chosen.text);
            if (grown(before, chosen.fixed, checked.diagnostics).empty()) {
                accept(std::move(checked), chosen.fixed);
                return true;
            }
        }
        return true;
    }

    void accept(Checked next, const std::vector<std::size_t>& fixed) {
        for (const std::size_t i : fixed)
            ++out_.fixed[out_.last.diagnostics[i].code];
        if (!out_.original) out_.original.emplace(out_.last.source->text());
        out_.last = std::move(next);
    }

    void refuse(std::string_view code) {
        if (refused_.insert(code).second) out_.refused.push_back(code);
    }

    const CheckText& check_;
    FixMode mode_;
    Fixed out_;
    std::set<std::string_view> refused_;
};

} // namespace

bool applies(const Fix& fix, FixMode mode) {
    switch (mode) {
    case FixMode::none:
        return false;
    case FixMode::safe:
        return fix.safety == Safety::safe;
    case FixMode::unsafe:
        return true;
    }
    return false;
}

bool well_formed(const Fix& fix, std::size_t size) {
    if (fix.edits.empty()) return false;
    for (std::size_t i = 0; i < fix.edits.size(); ++i) {
        const Span s = fix.edits[i].span;
        if (s.begin > s.end || s.end > size) return false;
        if (i > 0 && s.begin < fix.edits[i - 1].span.end) return false;
    }
    return true;
}

FixRound apply_fixes(std::string_view text, const std::vector<Diagnostic>& diagnostics,
                     FixMode mode, const std::vector<std::size_t>* only) {
    FixRound round;
    std::vector<const Fix*> taken;
    std::vector<const Edit*> edits;
    const auto consider = [&](std::size_t i) {
        const Diagnostic& d = diagnostics[i];
        if (!d.fix || !applies(*d.fix, mode) || !well_formed(*d.fix, text.size())) return;
        if (std::any_of(taken.begin(), taken.end(),
                        [&](const Fix* f) { return same_edits(*f, *d.fix); })) {
            round.fixed.push_back(i);
            return;
        }
        for (const Edit& mine : d.fix->edits)
            for (const Edit* other : edits)
                if (touch(mine, *other)) {
                    ++round.deferred;
                    return;
                }
        taken.push_back(&*d.fix);
        for (const Edit& e : d.fix->edits)
            edits.push_back(&e);
        round.fixed.push_back(i);
    };
    if (only) {
        for (const std::size_t i : *only)
            consider(i);
    } else {
        for (std::size_t i = 0; i < diagnostics.size(); ++i)
            consider(i);
    }
    round.text = with_edits(text, std::move(edits));
    return round;
}

Fixed fix_document(Checked first, const CheckText& check, FixMode mode, int max_rounds) {
    return Fixing(std::move(first), check, mode).run(max_rounds);
}

} // namespace citelint::engine
