// An audit of a whole wiki: the documents' records summed up one at a time, in memory that
// does not grow with the number of documents (docs/reports.md).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "../model/citations/dates.hpp"
#include "record.hpp"

namespace citelint::report {

struct AuditOptions {
    model::CalendarDate today;             // the ages of citation-needed tags are counted to it
    std::size_t worst_pages = 100;         // pages kept, the worst first
    std::size_t diagnostics_per_page = 50; // of each kept page, in source order
    std::size_t worklist_pages = 50;       // pages kept in each rule's worklist
    // The wiki the pages are linked to when the command line chose it (--site-url, --wiki), as
    // the report names it; empty when each page's own line or dump says.
    std::string linked_wiki;
};

struct SeverityCounts {
    std::uint64_t errors = 0;
    std::uint64_t warnings = 0;
    std::uint64_t infos = 0;
    [[nodiscard]] std::uint64_t total() const { return errors + warnings + infos; }
    [[nodiscard]] std::uint64_t of(engine::Severity severity) const;
    void add(engine::Severity severity);
    void add(const SeverityCounts& other);
    friend auto operator<=>(const SeverityCounts&, const SeverityCounts&) = default;
};

// The problems of one rule, or one family, over the whole audit.
struct Tally {
    std::string code;        // the rule's code; empty for a family
    std::string_view name;   // the rule's name, or the family's; empty for an unknown rule
    std::string_view family; // "unknown" for a code this citelint does not know
    SeverityCounts problems;
    std::uint64_t documents = 0; // documents with at least one of them
};

// One figure summed over the documents that reported it.
struct FigureSum {
    std::uint64_t total = 0;
    std::uint64_t documents = 0;
    void add(const std::optional<std::uint64_t>& value);
};

// A part of a whole (covered sentences of all sentences), summed over the documents that
// reported both.
struct Ratio {
    std::uint64_t part = 0;
    std::uint64_t whole = 0;
    std::uint64_t documents = 0;
    // part / whole; nothing when no document reported a whole above 0.
    [[nodiscard]] std::optional<double> share() const;
};

struct Bucket {
    std::string_view label;
    std::uint64_t count = 0;
};

// What the figures say of the citations: the "citation health" of the report.
struct CitationHealth {
    FigureSum refs, citation_points, words, refs_defined, refs_reused, short_citations,
        short_citations_matched, citation_needed, citation_needed_dated;
    Ratio coverage;               // covered prose sentences of the prose sentences
    Ratio refs_per_word;          // refs of words; times 1,000 for the density
    Ratio short_citation_matches; // matched short citations of the short citations
    // Documents by their share of covered sentences, in tenths (the last takes 100%).
    std::vector<Bucket> coverage_shares;
    // Documents with prose by their refs per 1,000 words.
    std::vector<Bucket> citation_densities;
    // Dated citation-needed tags by their age in months at `today`.
    std::vector<Bucket> citation_needed_ages;
    std::uint64_t citation_needed_after_today = 0; // dated later than `today`: a typo or a
                                                   // wrong --today
};

// A page among the worst, with its first diagnostics.
struct PageProblems {
    std::string path;
    PageOrigin origin; // its title and addresses, when a page of a dump or of JSON lines
    SeverityCounts problems;
    std::vector<RecordedDiagnostic> diagnostics; // the first ones, in source order
    std::uint64_t more_diagnostics = 0;          // not kept
};

// A page in a rule's worklist: its problems of that rule and the first of them.
struct WorklistEntry {
    std::string path;
    PageOrigin origin;
    SeverityCounts problems;  // of the rule, on this page
    RecordedDiagnostic first; // the first of them in source order
};

// The pages that have a rule's problems, for the editors who mend them: the most severe first
// (errors before warnings before infos), then the most problems, then by path.
struct Worklist {
    Tally rule;
    std::vector<WorklistEntry> pages;
    std::uint64_t more_pages = 0; // pages with the rule's problems that are not kept
};

// An input the pages came from: a dump or JSON lines of pages, as its lines name it.
struct AuditedInput {
    std::string file;
    std::string sitename;
    std::string dbname;
    std::uint64_t documents = 0;
};

// The `limit` items that come first by `Before`, of any number offered, in memory for
// `limit`: a heap whose front is the last item kept.
template <typename Item, typename Before> class Leaders {
  public:
    explicit Leaders(std::size_t limit) : limit_(limit) {}
    // The item a newcomer must come before to be kept; null while there is room.
    [[nodiscard]] const Item* last_kept() const {
        return items_.size() < limit_ || items_.empty() ? nullptr : &items_.front();
    }
    void offer(Item&& item);
    // The items kept, in order.
    [[nodiscard]] std::vector<Item> sorted() const;

  private:
    std::size_t limit_;
    std::vector<Item> items_;
};

class Audit {
  public:
    explicit Audit(AuditOptions options);

    void add(DocumentRecord record);

    [[nodiscard]] const AuditOptions& options() const { return options_; }
    [[nodiscard]] std::uint64_t documents() const { return documents_; }
    [[nodiscard]] std::uint64_t documents_with_problems() const { return with_problems_; }
    [[nodiscard]] const SeverityCounts& problems() const { return problems_; }
    // The rules that reported something, the most severe first: the most errors, then
    // warnings, then infos, then by code; so a few errors are never listed below many warnings.
    [[nodiscard]] std::vector<Tally> rules() const;
    // The families that reported something, in the same order, then by name.
    [[nodiscard]] std::vector<Tally> families() const;
    // Each rule's worklist, in the order of rules().
    [[nodiscard]] std::vector<Worklist> worklists() const;
    // The dumps and JSON lines the pages came from, by file name, and how many documents came
    // from files (not pages of them) or from inputs past the ones kept.
    [[nodiscard]] std::vector<AuditedInput> inputs() const;
    [[nodiscard]] std::uint64_t documents_from_files() const { return from_files_; }
    [[nodiscard]] std::uint64_t documents_from_other_inputs() const { return from_other_inputs_; }
    [[nodiscard]] const CitationHealth& health() const { return health_; }
    // The worst pages, the worst first: the most errors, then warnings, then infos, then by
    // path, so that the order of the input does not matter.
    [[nodiscard]] std::vector<PageProblems> worst_pages() const;

    // Whether `a` is listed before `b`, among the worst pages and in a worklist: the most
    // severe problems first, ties by path, then by what is shown.
    struct WorsePage {
        bool operator()(const PageProblems& a, const PageProblems& b) const;
    };
    struct WorseEntry {
        bool operator()(const WorklistEntry& a, const WorklistEntry& b) const;
    };

  private:
    void add_input(const PageOrigin& origin);
    void add_figures(const RecordedFigures& figures);
    void add_to_worklists(const DocumentRecord& record);
    void keep_if_among_worst(DocumentRecord&& record, const SeverityCounts& problems);

    AuditOptions options_;
    std::uint64_t documents_ = 0;
    std::uint64_t with_problems_ = 0;
    SeverityCounts problems_;
    std::map<std::string, Tally, std::less<>> rules_;
    std::map<std::string_view, std::uint64_t> family_documents_;
    CitationHealth health_;
    Leaders<PageProblems, WorsePage> worst_;
    std::map<std::string, Leaders<WorklistEntry, WorseEntry>, std::less<>> worklists_;
    std::map<std::tuple<std::string, std::string, std::string>, std::uint64_t> inputs_;
    std::uint64_t from_files_ = 0;
    std::uint64_t from_other_inputs_ = 0;
};

} // namespace citelint::report
