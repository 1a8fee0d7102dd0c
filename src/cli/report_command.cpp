// `citelint report`: one audit report over many documents, from the JSON lines that
// `citelint check --format jsonl` wrote, perhaps in many parts on many machines (docs/reports.md).
#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../io/atomic_file.hpp"
#include "../io/byte_stream.hpp"
#include "../model/site/address.hpp"
#include "../report/audit_render.hpp"
#include "../report/json_diagnostic.hpp"
#include "check_run.hpp"
#include "commands.hpp"
#include "progress.hpp"

namespace citelint::cli {

namespace {

// A Markdown report goes into a comment or a talk page: its lists are cut shorter.
constexpr std::size_t markdown_rows = 20;

// The record of one line, or nothing after saying on stderr where and why it is bad.
std::optional<report::DocumentRecord> record_of_line(std::string_view line, std::string_view name,
                                                     std::uint64_t number) {
    std::string problem;
    try {
        const nlohmann::json value = nlohmann::json::parse(line);
        if (auto record = report::record_from_json(value, problem)) return record;
    } catch (const nlohmann::json::exception& e) {
        // "[json.exception.parse_error.101] parse error at ...": the part after the tag (and
        // out_of_range.406, "number overflow parsing '1E400'", which a parse error is not)
        const std::string_view what = e.what();
        const auto tag_end = what.find("] ");
        problem = fmt::format("not a JSON line: {}",
                              tag_end == std::string_view::npos ? what : what.substr(tag_end + 2));
    }
    std::cerr << fmt::format("{}:{}: error: {}\n", name, number, problem);
    return std::nullopt;
}

// The wiki the command line links every page to (--site-url, else --wiki), which replaces the
// addresses the JSON lines carry, as it does those of the pages checked here (--wiki none names
// no wiki: the pages keep their own).
struct LinkedWiki {
    bool given = false;
    std::optional<model::WikiAddress> address;
    std::string name; // as the report says it
};

LinkedWiki linked_wiki(const ReportOptions& options) {
    LinkedWiki wiki;
    const CheckOptions& check = options.check;
    if (!check.site_url.empty()) {
        wiki.given = true;
        wiki.address = model::address_from_article_path(check.site_url); // checked by CheckRun
        if (wiki.address) wiki.name = wiki.address->article_path;
    } else if (std::find(check.given.begin(), check.given.end(), "--wiki") != check.given.end()) {
        if (const model::Site* site = model::find_site(check.wiki)) {
            wiki.given = true;
            wiki.address = model::address_of(*site);
            wiki.name = fmt::format("{} ({})", wiki.address->article_path, site->dbname);
        }
    }
    return wiki;
}

// A page of the JSON lines linked to the wiki the command line names.
void relink(report::PageOrigin& origin, const LinkedWiki& wiki) {
    if (!wiki.given || origin.title.empty()) return;
    origin.url = wiki.address ? model::page_url(*wiki.address, origin.title) : std::string();
    origin.edit_url = wiki.address ? model::edit_url(*wiki.address, origin.title) : std::string();
}

// Adds every line of a JSON lines file (plain, gzip or bzip2) to the audit; false after
// saying on stderr why the file could not be read to its end.
bool add_json_lines(const std::string& path, const LinkedWiki& wiki, report::Audit& audit) {
    const std::string name = path == "-" ? "<stdin>" : path;
    io::ByteStream stream(path == "-" ? "/dev/stdin" : path);
    std::string chunk, pending;
    std::uint64_t number = 0;
    // A line is read whole before it is parsed; lines end with '\n', the last one maybe not.
    const auto take = [&](std::string_view line) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) return true;
        auto record = record_of_line(line, name, number);
        if (!record) return false;
        relink(record->origin, wiki);
        audit.add(std::move(*record));
        return true;
    };
    while (stream.read(chunk)) {
        std::size_t start = 0;
        for (std::size_t newline; (newline = chunk.find('\n', start)) != std::string::npos;
             start = newline + 1) {
            const std::string_view rest = std::string_view(chunk).substr(start, newline - start);
            bool taken = false;
            if (pending.empty()) {
                taken = take(rest);
            } else {
                pending += rest;
                taken = take(pending);
                pending.clear();
            }
            if (!taken) return false;
        }
        pending.append(chunk, start);
    }
    if (!stream.problem().empty()) {
        error(fmt::format("{}: cannot read: {}", name, stream.problem()));
        return false;
    }
    return pending.empty() || take(pending);
}

// Whether an input holds the JSON lines of citelint check, not pages to check: standard input,
// and files named .jsonl or .ndjson (compressed too).
bool is_json_lines(std::string_view path) {
    if (path == "-") return true;
    for (const std::string_view compressed : {".gz", ".bz2"})
        if (path.size() > compressed.size() &&
            path.substr(path.size() - compressed.size()) == compressed) {
            path.remove_suffix(compressed.size());
            break;
        }
    const auto ends_with = [&](std::string_view suffix) {
        return path.size() > suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
    };
    return ends_with(".jsonl") || ends_with(".ndjson");
}

// Checks the inputs that are pages (files, folders, dumps) as citelint check does with the
// same options, and adds each document to the audit as its JSON line would; false after
// saying why an input could not be used or read.
bool add_checked(const CheckOptions& options, const CheckRun& run, report::Audit& audit) {
    ReadPosition position;
    ProgressLine progress(std::cerr, !options.quiet && stderr_is_terminal(), run.total_size());
    bool usable = true;
    // Through the text of the line, as the jsonl format writes it (invalid UTF-8 becomes
    // U+FFFD there), so that the report is the one its JSON lines would make; on the checking
    // threads, in parallel.
    const auto record = [&run](const Outcome& outcome) {
        std::string problem;
        auto made = report::record_from_json(
            nlohmann::json::parse(report::document_line(*outcome.source, outcome.diagnostics,
                                                        outcome.figures, run.origin_of(outcome))),
            problem);
        if (!made) // the line is citelint's own: it always reads back
            throw std::logic_error("a checked document's record does not read back: " + problem);
        return made;
    };
    run.run(
        position,
        [&](Outcome&& outcome) {
            if (!outcome.source) {
                progress.clear();
                if (print_message(outcome.message)) usable = false;
                return;
            }
            audit.add(std::move(*outcome.record));
            progress.update(position);
        },
        record);
    progress.clear();
    return usable;
}

// Every document of the inputs into the audit; false after saying why one cannot be read.
// The options of the pages' check are read first, so that a bad one stops the run before any
// input is.
bool add_inputs(const ReportOptions& options, const LinkedWiki& wiki, report::Audit& audit) {
    CheckOptions pages = options.check;
    pages.paths.clear();
    for (const std::string& input : options.inputs)
        if (!is_json_lines(input)) pages.paths.push_back(input);
    CheckRun run(pages);
    if (!run.prepare()) return false;
    for (const std::string& input : options.inputs)
        if (is_json_lines(input) && !add_json_lines(input, wiki, audit)) return false;
    return pages.paths.empty() || add_checked(pages, run, audit);
}

bool overwrites_an_input(const ReportOptions& options) {
    std::error_code ec;
    for (const std::string& input : options.inputs)
        if (input != "-" && std::filesystem::equivalent(input, options.output, ec)) {
            error(fmt::format("-o {}: that is one of the inputs; not overwriting it",
                              options.output));
            return true;
        }
    return false;
}

constexpr std::array<std::string_view, 3> formats{"html", "markdown", "json"};

} // namespace

std::string report_formats() {
    return listed(formats);
}

int run_report(const ReportOptions& options) {
    if (options.inputs.empty()) {
        error("no input: name JSON lines files written by citelint check --format jsonl (or - "
              "for standard input), or files, folders and dumps to check");
        return usage_or_input;
    }
    if (std::find(formats.begin(), formats.end(), options.format) == formats.end()) {
        error(fmt::format("unknown format '{}' (use {})", options.format, report_formats()));
        return usage_or_input;
    }
    report::AuditOptions audit_options;
    if (options.check.today.empty()) {
        audit_options.today = model::current_utc_date();
    } else if (const auto today = model::parse_iso_date(options.check.today)) {
        audit_options.today = *today;
    } else {
        error(fmt::format("invalid date '{}' for --today (use YYYY-MM-DD, a real date)",
                          options.check.today));
        return usage_or_input;
    }
    audit_options.worst_pages = options.worst_pages;
    audit_options.diagnostics_per_page = options.diagnostics_per_page;
    audit_options.worklist_pages = options.worklist_pages;
    const LinkedWiki wiki = linked_wiki(options);
    audit_options.linked_wiki = wiki.name;
    const bool to_file = !options.output.empty() && options.output != "-";
    if (to_file && overwrites_an_input(options)) return usage_or_input;

    report::Audit audit(std::move(audit_options));
    if (!add_inputs(options, wiki, audit)) return usage_or_input;

    std::string text;
    if (options.format == "html")
        text = report::audit_html(audit, options.tool_version);
    else if (options.format == "markdown")
        text = report::audit_markdown(audit, markdown_rows);
    else
        text = report::audit_json(audit, options.tool_version);
    if (!to_file) {
        std::cout << text << std::flush;
        return std::cout ? clean : usage_or_input;
    }
    if (const std::string problem = io::write_file_atomically(options.output, text);
        !problem.empty()) {
        error(fmt::format("-o {}: {}", options.output, problem));
        return usage_or_input;
    }
    return clean;
}

} // namespace citelint::cli
