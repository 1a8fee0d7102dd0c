// --statistics: how many diagnostics each rule gave, most first, instead of the diagnostics.
#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "renderer.hpp"

namespace citelint::report {

namespace {

struct RuleCount {
    std::string_view code;
    std::string_view name;
    std::size_t count = 0;
    std::size_t fixable = 0; // with a fix an editor can apply
};

class StatisticsRenderer final : public Renderer {
  public:
    StatisticsRenderer(std::ostream& out, bool json) : out_(out), json_(json) {}

    void document(const Source&, const std::vector<engine::Diagnostic>& diagnostics, const Figures&,
                  const PageOrigin&) override {
        for (const engine::Diagnostic& d : diagnostics) {
            RuleCount& c = counts_[d.code];
            c.code = d.code;
            c.name = d.name;
            ++c.count;
            if (d.fix) ++c.fixable;
        }
    }

    void finish(const Totals&, std::ostream&) override {
        std::vector<RuleCount> rows;
        for (const auto& [code, c] : counts_)
            rows.push_back(c);
        // Most first; of equal counts, by code.
        std::stable_sort(rows.begin(), rows.end(),
                         [](const RuleCount& a, const RuleCount& b) { return a.count > b.count; });
        if (json_) {
            auto list = nlohmann::json::array();
            for (const RuleCount& c : rows)
                list.push_back({{"code", c.code},
                                {"name", c.name},
                                {"count", c.count},
                                {"fixable", c.fixable}});
            out_ << list.dump(2) << '\n';
            return;
        }
        std::size_t width = 1;
        for (const RuleCount& c : rows)
            width = std::max(width, fmt::formatted_size("{}", c.count));
        for (const RuleCount& c : rows)
            out_ << fmt::format("{:>{}}  {}  {}{}\n", c.count, width, c.code, c.name,
                                c.fixable == 0         ? ""
                                : c.fixable == c.count ? "  (fixable)"
                                                       : fmt::format("  ({} fixable)", c.fixable));
    }

  private:
    std::ostream& out_;
    bool json_;
    std::map<std::string_view, RuleCount> counts_; // by code
};

} // namespace

std::unique_ptr<Renderer> make_statistics(std::ostream& out, bool json) {
    return std::make_unique<StatisticsRenderer>(out, json);
}

} // namespace citelint::report
