// What `citelint check` and `citelint report` share: the run's inputs, each with its
// configuration, made from the command line's options, and checking them on --jobs threads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "../config/effective.hpp"
#include "../io/inputs.hpp"
#include "../model/site/address.hpp"
#include "commands.hpp"
#include "pipeline.hpp"

namespace citelint::cli {

class Configurations;

class CheckRun {
  public:
    explicit CheckRun(const CheckOptions& options);
    ~CheckRun();
    CheckRun(const CheckRun&) = delete;
    CheckRun& operator=(const CheckRun&) = delete;

    // Reads the options, the configuration files and the list of inputs; false after saying on
    // stderr why the run cannot be made (a usage error, exit code 2).
    [[nodiscard]] bool prepare();

    [[nodiscard]] const std::vector<io::Input>& inputs() const noexcept { return inputs_; }
    // The configuration of a usable input.
    [[nodiscard]] const config::Effective& configuration(std::size_t input) const {
        return *configs_[input];
    }
    // The rules that run on some input, in the registry's order.
    [[nodiscard]] std::vector<const engine::Rule*> rules_run() const;
    // The inputs' size on disk, for a progress display; 0 when unknown (standard input).
    [[nodiscard]] std::uint64_t total_size() const;

    // Checks every document of the inputs; `take` gets the outcomes in input order.
    // `record`, when given, makes each checked document's audit record on its checking thread.
    void run(ReadPosition& position, const std::function<void(Outcome&&)>& take,
             PipelineOptions::MakeRecord record = {}) const;

    // Where a checked document came from: a page's title, the addresses of its article and
    // edit page when its wiki's are known (--site-url, else the wiki chosen by --wiki or the
    // configuration, else its dump's <siteinfo><base>, else the wiki its dump or JSON line
    // names), and its input. Nothing for a file: its name is no title.
    [[nodiscard]] report::PageOrigin origin_of(const Outcome& outcome) const;

  private:
    // Whether git can read every input's folder at the revision; false after saying why not.
    static bool revision_usable(const std::string& revision, const std::vector<io::Input>& inputs);

    const CheckOptions& options_;
    std::unique_ptr<Configurations> configurations_;
    std::vector<io::Input> inputs_;
    std::vector<const config::Effective*> configs_; // null for an input with a problem
    PipelineOptions pipeline_;
    std::optional<model::WikiAddress> site_url_; // --site-url
};

// The flags that say how a page is read, which citelint check and citelint explain both take,
// where the command line gives them (`options.given`): the layer over the configuration file.
template <typename Options> void given_reading_flags(const Options& options, config::Settings& s) {
    const auto given = [&](std::string_view flag) {
        return std::find(options.given.begin(), options.given.end(), flag) != options.given.end();
    };
    if (given("--dialect")) s.dialect = options.dialect;
    if (given("--wiki")) s.wiki = options.wiki;
    if (given("--claims-strict")) s.claims_strict = options.claims_strict;
    if (given("--claims-lead")) s.claims_lead = options.claims_lead;
    if (given("--claims-captions")) s.claims_captions = options.claims_captions;
    if (given("--claims-tables")) s.claims_tables = options.claims_tables;
}

// Prints "citelint: error: MESSAGE" on stderr.
void error(std::string_view message);
// Prints what an input says besides its documents on stderr, as an error or a warning; true
// for an error (the input could not be read, or not all of it).
bool print_message(const io::InputMessage& message);

} // namespace citelint::cli
