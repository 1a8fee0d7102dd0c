#include "check_run.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "../engine/rule.hpp"
#include "../io/git.hpp"
#include "../model/citations/dates.hpp"

namespace citelint::cli {

std::string listed(std::span<const std::string_view> values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += i + 1 == values.size() ? " or " : ", ";
        out += values[i];
    }
    return out;
}

void error(std::string_view message) {
    std::cerr << "citelint: error: " << message << '\n';
}

bool print_message(const io::InputMessage& message) {
    if (message.is_error)
        error(message.text);
    else
        std::cerr << "citelint: warning: " << message.text << '\n';
    return message.is_error;
}

namespace {

// The rules that run on some input (each input has its configuration's selection), in the
// registry's order.
std::vector<const engine::Rule*> rules_of(const std::vector<const config::Effective*>& configs) {
    std::vector<const engine::Rule*> rules;
    for (const config::Effective* effective : configs) {
        if (!effective) continue;
        for (const engine::RuleChoice& choice : effective->selection.rules())
            if (std::find(rules.begin(), rules.end(), choice.rule) == rules.end())
                rules.push_back(choice.rule);
    }
    std::sort(rules.begin(), rules.end(),
              [](const engine::Rule* a, const engine::Rule* b) { return a->code < b->code; });
    return rules;
}

// The inputs' size on disk, for the share a progress display shows; 0 when standard input is
// one of them, whose size is not known.
std::uint64_t size_on_disk(const std::vector<io::Input>& inputs) {
    std::uint64_t total = 0;
    for (const io::Input& input : inputs) {
        if (input.path == "-") return 0;
        std::error_code failed;
        const auto size = std::filesystem::file_size(input.path, failed);
        if (!failed) total += size;
    }
    return total;
}

// The flags given on the command line, as the layer over the configuration file.
config::Settings given_flags(const CheckOptions& options) {
    const auto given = [&](std::string_view flag) {
        return std::find(options.given.begin(), options.given.end(), flag) != options.given.end();
    };
    config::Settings s;
    if (given("--select")) s.select = options.select;
    if (given("--ignore")) s.ignore = options.ignore;
    for (const std::string& item : options.severity) {
        const auto eq = item.find('=');
        s.severity.emplace_back(item.substr(0, eq),
                                eq == std::string::npos ? std::string{} : item.substr(eq + 1));
    }
    if (given("--fail-on")) s.fail_on = options.fail_on;
    given_reading_flags(options, s);
    if (given("--cite-subreferencing")) s.cite_subreferencing = options.cite_subreferencing;
    s.templates = options.templates;
    if (given("--exclude")) s.exclude = options.exclude;
    s.extend_exclude = options.extend_exclude;
    return s;
}

} // namespace

// The configurations of one run, one per configuration file (or none), read before any input
// is checked so that a bad one stops the run with nothing done.
class Configurations {
  public:
    explicit Configurations(const CheckOptions& options)
        : options_(options), flags_(given_flags(options)) {}

    // Whether the flags alone can be used (a bad --select is reported even when no input can
    // be read); prints why not.
    [[nodiscard]] bool flags_usable() const {
        std::string problem;
        if (config::make_effective(flags_, problem)) return true;
        error(problem);
        return false;
    }

    // The configuration for an input; null after printing why it cannot be had.
    config::Effective* for_input(const std::string& path) {
        namespace fs = std::filesystem;
        fs::path folder = path == "-" ? fs::current_path() : fs::path(path).parent_path();
        if (folder.empty()) folder = ".";
        const auto found = folder_files_.find(folder);
        const std::optional<fs::path> file =
            found != folder_files_.end()
                ? found->second
                : folder_files_
                      .emplace(folder, config::choose(folder, options_.config, options_.no_config))
                      .first->second;
        const std::string key = file ? file->string() : std::string{};
        if (const auto it = by_file_.find(key); it != by_file_.end()) return it->second.get();
        config::Settings settings = flags_;
        if (file) {
            config::Loaded loaded = config::load(*file);
            if (!loaded.settings) {
                error(loaded.error);
                return nullptr;
            }
            settings = config::layer(flags_, *loaded.settings);
        }
        std::string problem;
        auto effective = config::make_effective(settings, problem);
        if (!effective) {
            error(problem); // the file's own values were checked when it was read
            return nullptr;
        }
        return by_file_.emplace(key, std::move(effective)).first->second.get();
    }

    void set_today(std::optional<model::CalendarDate> today) {
        for (auto& [file, effective] : by_file_)
            effective->model.today = today;
    }

  private:
    const CheckOptions& options_;
    config::Settings flags_;
    std::map<std::filesystem::path, std::optional<std::filesystem::path>> folder_files_;
    std::map<std::string, std::unique_ptr<config::Effective>> by_file_;
};

CheckRun::CheckRun(const CheckOptions& options) : options_(options) {}

CheckRun::~CheckRun() = default;

bool CheckRun::prepare() {
    const CheckOptions& options = options_;
    for (const std::string& item : options.severity)
        if (item.find('=') == std::string::npos) {
            error(fmt::format("--severity takes RULE=LEVEL, got '{}'", item));
            return false;
        }
    std::optional<model::CalendarDate> today;
    if (options.today.empty()) {
        today = model::current_utc_date();
    } else if (const auto parsed = model::parse_iso_date(options.today)) {
        today = parsed;
    } else {
        error(fmt::format("invalid date '{}' for --today (use YYYY-MM-DD, a real date)",
                          options.today));
        return false;
    }
    io::DumpOptions dump_options;
    dump_options.namespaces.clear();
    for (const std::string& ns : options.namespaces) {
        if (ns == "all") {
            dump_options.namespaces.clear();
            break;
        }
        if (ns.empty() || ns.find_first_not_of("-0123456789") != std::string::npos ||
            ns.find('-', 1) != std::string::npos) {
            error(fmt::format("--namespaces takes namespace numbers or all, got '{}'", ns));
            return false;
        }
        dump_options.namespaces.push_back(ns);
    }
    const std::optional<io::StdinFormat> stdin_format =
        io::stdin_format_named(options.stdin_format);
    if (!stdin_format) {
        error(fmt::format("--stdin-format takes auto, wikitext, dump or jsonl, got '{}'",
                          options.stdin_format));
        return false;
    }
    if (!options.site_url.empty() &&
        !(site_url_ = model::address_from_article_path(options.site_url))) {
        error(fmt::format("--site-url takes the address a page's title follows, such as "
                          "https://en.wikipedia.org/wiki/, got '{}'",
                          options.site_url));
        return false;
    }
    configurations_ = std::make_unique<Configurations>(options);
    if (!configurations_->flags_usable()) return false;
    // A folder is searched as the configuration of the pages in it says (its exclude).
    bool usable = true;
    inputs_ = io::expand_paths(options.paths, [&](const std::string& folder) {
        const config::Effective* effective =
            configurations_->for_input((std::filesystem::path(folder) / "page.wiki").string());
        usable = usable && effective;
        static const std::vector<std::string> none;
        return effective ? &effective->exclude : &none;
    });
    if (!usable) return false;
    if (inputs_.empty() && !options.paths.empty()) {
        // Only folders were named, and none holds a page.
        const std::vector<std::string_view> folders(options.paths.begin(), options.paths.end());
        error(fmt::format("no input found: no {} in {} (what exclude names is not searched: "
                          "by default hidden folders and node_modules)",
                          io::searched_for(), listed(folders)));
        return false;
    }
    for (const io::Input& input : inputs_) {
        if (!input.problem.empty()) {
            configs_.push_back(nullptr);
            continue;
        }
        const config::Effective* effective = configurations_->for_input(input.path);
        if (!effective) return false;
        configs_.push_back(effective);
    }
    configurations_->set_today(today);
    pipeline_.jobs = options.jobs ? *options.jobs : available_cores();
    dump_options.decompression_threads = pipeline_.jobs;
    pipeline_.dump = std::move(dump_options);
    pipeline_.stdin_format = *stdin_format;
    if (options.fix || options.diff)
        pipeline_.fix = options.unsafe_fixes ? engine::FixMode::unsafe : engine::FixMode::safe;
    pipeline_.diff_base = options.diff_base;
    return options.diff_base.empty() || revision_usable(options.diff_base, inputs_);
}

bool CheckRun::revision_usable(const std::string& revision, const std::vector<io::Input>& inputs) {
    std::set<std::string> folders; // git is asked once per folder
    for (const io::Input& input : inputs) {
        if (input.path == "-") {
            error("--diff-base judges files against a git revision, not standard input");
            return false;
        }
        const std::string folder = std::filesystem::path(input.path).parent_path().string();
        if (!input.problem.empty() || !folders.insert(folder).second) continue;
        if (const std::string problem = io::check_revision(input.path, revision);
            !problem.empty()) {
            error(fmt::format("--diff-base {}: {}: {}", revision, input.path, problem));
            return false;
        }
    }
    return true;
}

std::vector<const engine::Rule*> CheckRun::rules_run() const {
    return rules_of(configs_);
}

std::uint64_t CheckRun::total_size() const {
    return size_on_disk(inputs_);
}

void CheckRun::run(ReadPosition& position, const std::function<void(Outcome&&)>& take,
                   PipelineOptions::MakeRecord record) const {
    if (!record) {
        check_documents(inputs_, configs_, pipeline_, position, take);
        return;
    }
    PipelineOptions options = pipeline_;
    options.record = std::move(record);
    check_documents(inputs_, configs_, options, position, take);
}

report::PageOrigin CheckRun::origin_of(const Outcome& outcome) const {
    report::PageOrigin origin;
    if (!outcome.in_dump || !outcome.source) return origin;
    origin.title = outcome.source->path().substr(outcome.wiki_prefix);
    std::optional<model::WikiAddress> address = site_url_;
    const io::SiteInfo* info = outcome.site_info.get();
    if (!address && outcome.site && outcome.site_chosen) address = model::address_of(*outcome.site);
    if (!address && info) address = model::address_from_base(info->base);
    if (!address && outcome.site) address = model::address_of(*outcome.site);
    if (address) {
        origin.url = model::page_url(*address, origin.title);
        origin.edit_url = model::edit_url(*address, origin.title);
    }
    const std::string& path = inputs_[outcome.input].path;
    origin.input = path == "-" ? "<stdin>" : std::filesystem::path(path).filename().string();
    if (info) {
        origin.sitename = info->sitename;
        origin.dbname = info->dbname;
    }
    return origin;
}

} // namespace citelint::cli
