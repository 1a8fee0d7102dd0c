// The documents of a run, checked on several threads and handed over in input order, so that
// the output is the same whatever the number of threads; only a window of documents is held
// at once, so memory is bounded by the pages in flight, never by the size of a dump.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "../config/effective.hpp"
#include "../engine/diagnostic.hpp"
#include "../engine/fixes.hpp"
#include "../io/documents.hpp"
#include "../io/inputs.hpp"
#include "../report/record.hpp"
#include "../report/renderer.hpp"
#include "../source.hpp"

namespace citelint::cli {

// One step of a run, in input order: a checked document, or what an input says besides its
// documents, where it says it (a file that cannot be opened, the place where a dump broke
// after its pages before, a bad JSON line between good ones, a warning).
struct Outcome {
    std::size_t input = 0; // index in the run's inputs
    bool in_dump = false;  // a page of a dump or a JSON line, named by its title
    // How much of the page's name is its wiki's ("enwiki:" of "enwiki:Berlin"); 0 when none.
    std::size_t wiki_prefix = 0;
    std::optional<Source> source;
    // The wiki the page was checked as (null: unknown), and whether the command line or the
    // configuration chose it rather than the page's dump or JSON line.
    const model::Site* site = nullptr;
    bool site_chosen = false;
    std::shared_ptr<const io::SiteInfo> site_info; // its dump's <siteinfo>, if any
    std::vector<engine::Diagnostic> diagnostics;   // suppressions applied
    report::Figures figures;
    io::InputMessage message; // when no document was checked; it names the input
    // What --fix or --diff did to the document (`source` is then the text as fixed).
    struct Fixing {
        std::optional<std::string> original;           // the text read, when the fixes changed it
        std::map<std::string_view, std::size_t> fixed; // problems fixed, by code
        std::vector<std::string_view> refused;         // codes whose fixes made new problems
        bool unsettled = false;                        // fixes were left after the last round
    } fixing;
    // The document's record for an audit, when the run makes them (PipelineOptions::record).
    std::optional<report::DocumentRecord> record;
};

struct PipelineOptions {
    unsigned jobs = 1; // threads that check documents; 1 checks on the calling thread
    io::DumpOptions dump;
    io::StdinFormat stdin_format = io::StdinFormat::detect;
    engine::FixMode fix = engine::FixMode::none; // the fixes applied to each document
    // --diff-base: a file's diagnostics are those its change since this git revision is
    // answerable for (engine/change); empty: all of them.
    std::string diff_base;
    // Makes each checked document's audit record on the thread that checked it (citelint
    // report): a record costs as much as the page's JSON line, and the one thread that takes
    // the outcomes in order would otherwise spend it for every page of a dump.
    using MakeRecord = std::function<std::optional<report::DocumentRecord>(const Outcome&)>;
    MakeRecord record;
};

// How far the run has read, for a progress display on another thread's behalf: bytes of the
// inputs consumed (compressed bytes for compressed dumps) and documents read.
struct ReadPosition {
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<std::uint64_t> documents{0};
};

// Checks every document of `inputs` (`configs[i]` for inputs[i], null for an input with a
// problem) and calls `take` with each outcome in input order, on the calling thread.
void check_documents(const std::vector<io::Input>& inputs,
                     const std::vector<const config::Effective*>& configs,
                     const PipelineOptions& options, ReadPosition& position,
                     const std::function<void(Outcome&&)>& take);

// The threads this process may run on (its CPU affinity, which containers narrow).
unsigned available_cores();

} // namespace citelint::cli
