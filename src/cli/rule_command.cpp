// `citelint rule`: the list of rules, or one rule's documentation, as text or JSON.
#include <algorithm>
#include <array>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../engine/rule.hpp"
#include "commands.hpp"

namespace citelint::cli {

namespace {

nlohmann::json metadata(const engine::Rule& r) {
    nlohmann::json j;
    j["code"] = r.code;
    j["name"] = r.name;
    j["family"] = engine::family_name(r.family);
    j["severity"] = engine::severity_name(r.severity);
    j["summary"] = r.summary;
    if (r.family == engine::Family::references) {
        auto keys = nlohmann::json::array();
        for (auto k : r.mediawiki_keys)
            keys.push_back(k);
        j["mediawiki_keys"] = keys;
    }
    return j;
}

std::string indent_block(std::string_view text) {
    std::string out = "    ";
    for (char c : text) {
        out += c;
        if (c == '\n') out += "    ";
    }
    return out;
}

// Where to read the rule: its file, the fixtures that test it, the functions that decide it.
void print_home(const engine::Rule& r) {
    std::cout << "\n## Where it lives\n\nSource: " << engine::source_file(r) << '\n';
    const auto list = [](std::string_view title, const auto& items) {
        if (items.empty()) return;
        std::cout << '\n' << title << ":\n";
        for (std::string_view item : items)
            std::cout << "- " << item << '\n';
    };
    list("Fixtures", engine::fixtures_of(r));
    list("Relies on", r.relies_on);
}

void print_docs(const engine::Rule& r) {
    std::cout << fmt::format("{} {} ({}, {})\n\n{}\n\n", r.code, r.name,
                             engine::family_name(r.family), engine::severity_name(r.severity),
                             r.summary);
    std::cout << "## What it finds\n\n" << r.docs.what_it_finds << "\n\n";
    std::cout << "## Why it matters\n\n" << r.docs.why_it_matters << "\n\n";
    std::cout << "## Example\n\n"
              << (r.docs.example_options.empty()
                      ? std::string()
                      : fmt::format("(read with --{})\n\n", r.docs.example_options))
              << indent_block(r.docs.example_bad) << "\n\nFixed:\n\n"
              << indent_block(r.docs.example_good) << "\n\n";
    std::cout << "## Options\n\n" << r.docs.options << "\n";
    if (!r.mediawiki_keys.empty()) {
        std::cout << "\nMediaWiki messages:";
        for (auto k : r.mediawiki_keys)
            std::cout << ' ' << k;
        std::cout << '\n';
    }
    print_home(r);
}

constexpr std::array<std::string_view, 2> formats{"text", "json"};

} // namespace

std::string rule_formats() {
    return listed(formats);
}

int run_rule(const RuleOptions& options) {
    if (std::find(formats.begin(), formats.end(), options.format) == formats.end()) {
        std::cerr << fmt::format("citelint: error: unknown format '{}' (use {})\n", options.format,
                                 rule_formats());
        return usage_or_input;
    }
    const bool json = options.format == "json";
    if (!options.rule) {
        if (json) {
            auto list = nlohmann::json::array();
            for (const auto* r : engine::all_rules())
                list.push_back(metadata(*r));
            std::cout << list.dump(2) << '\n';
        } else {
            for (const auto* r : engine::all_rules())
                std::cout << fmt::format("{}  {:<34} {:<10} {:<7}  {}\n", r->code, r->name,
                                         engine::family_name(r->family),
                                         engine::severity_name(r->severity), r->summary);
        }
        return clean;
    }
    const engine::Rule* rule = engine::find_rule(*options.rule);
    if (!rule) {
        std::cerr << fmt::format("citelint: error: no rule '{}' (citelint rule lists them)\n",
                                 *options.rule);
        return usage_or_input;
    }
    if (json) {
        nlohmann::json j = metadata(*rule);
        j["documentation"] = {{"what_it_finds", rule->docs.what_it_finds},
                              {"why_it_matters", rule->docs.why_it_matters},
                              {"example", rule->docs.example_bad},
                              {"example_fixed", rule->docs.example_good},
                              {"options", rule->docs.options},
                              // The options the examples are read with (fixture words,
                              // "claims-strict"); a test checks every example under them.
                              {"example_options", rule->docs.example_options}};
        j["source"] = engine::source_file(*rule);
        j["fixtures"] = engine::fixtures_of(*rule);
        j["relies_on"] = rule->relies_on;
        std::cout << j.dump(2) << '\n';
    } else {
        print_docs(*rule);
    }
    return clean;
}

} // namespace citelint::cli
