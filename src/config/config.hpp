// .citelint.toml: finding it, reading it, layering it under the command line, printing it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citelint::config {

// A row added to one of the template and section catalogues, as a row of a --templates file:
// the catalogue's name (reference, citation, wrapper, source-section, ...) and its columns.
struct CatalogueRow {
    std::string catalogue;
    std::vector<std::string> columns;
};

// What one layer (a configuration file, or the command line) says. An empty optional is a
// key the layer leaves to the layer below.
struct Settings {
    std::optional<std::vector<std::string>> select;
    std::optional<std::vector<std::string>> ignore;
    std::vector<std::pair<std::string, std::string>> severity; // rule, level; a later one wins
    std::optional<std::string> fail_on;
    std::optional<std::string> dialect;
    // The wiki the pages are from (a dbname, host or subdomain: "dewiki"); "" for none.
    std::optional<std::string> wiki;
    std::optional<bool> cite_subreferencing;
    std::optional<bool> claims_strict;
    std::optional<std::string> claims_lead;
    std::optional<bool> claims_captions;
    std::optional<bool> claims_tables;
    std::vector<std::string> templates; // catalogue files, usable from the current directory
    // What a folder search leaves out: glob patterns (fnmatch) of a file or folder name, or of
    // a path below the folder searched when the pattern holds a '/'. `exclude` replaces the
    // defaults (hidden files and folders, node_modules); `extend_exclude` adds to them.
    std::optional<std::vector<std::string>> exclude;
    std::vector<std::string> extend_exclude;
    std::vector<CatalogueRow> catalogue;
};

// The defaults, every key set.
Settings defaults();

// `upper` over `lower`: a key `upper` sets replaces the same key of `lower` (a `select` also
// drops the `ignore` of `lower`: the selection starts afresh); severities are merged rule by
// rule, and template files and catalogue rows add up.
Settings layer(const Settings& upper, const Settings& lower);

struct Loaded {
    std::optional<Settings> settings;
    std::string error; // "FILE:LINE:COL: ..." when the file cannot be used
};

// Reads a configuration file. Unknown keys, values of the wrong type or out of range, unknown
// rules and TOML syntax errors are errors naming the place (and the closest known key).
Loaded load(const std::filesystem::path& file);
// The same, of a text said to come from `file` (relative template paths are taken from its
// folder).
Loaded parse(std::string_view text, const std::filesystem::path& file);

// The same of a JSON object with a configuration file's keys and values (nested objects for its
// tables: {"claims": {"strict": true}}), as the browser's options give them (src/web/lint.cpp);
// errors name `origin`, without a line.
Loaded parse_json(std::string_view json, std::string_view origin);

// The nearest .citelint.toml in `folder` or a folder above it; none at the filesystem root.
std::optional<std::filesystem::path> discover(const std::filesystem::path& folder);

// The configuration file for inputs in `folder`: `named` when given (--config), none when
// `none` (--no-config), else the one discover() finds.
std::optional<std::filesystem::path> choose(const std::filesystem::path& folder,
                                            const std::optional<std::string>& named, bool none);

// The settings as a configuration file a user can copy: every key, `origin` in a comment.
std::string to_toml(const Settings& settings, std::string_view origin);

} // namespace citelint::config
