#include "config.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include "../engine/selection.hpp"
#include "../model/citations/catalogue.hpp"
#include "../model/site/site.hpp"
#include "../model/text.hpp"

namespace citelint::config {

namespace fs = std::filesystem;

namespace {

constexpr std::array top_keys{"select",    "ignore",         "severity",
                              "fail-on",   "dialect",        "claims",
                              "templates", "catalogue",      "cite-subreferencing",
                              "exclude",   "extend-exclude", "wiki"};
constexpr std::array claims_keys{"strict", "lead", "captions", "tables"};
// The catalogues of a --templates file (model::Catalogues::with_additions).
const std::vector<std::string_view> catalogue_keys = model::Catalogues::kinds();

// The known word nearest to `word`, when it is near enough to be what was meant.
template <typename Words> std::string suggestion(std::string_view word, const Words& known) {
    std::vector<model::Spelling> spellings;
    for (std::string_view k : known)
        spellings.push_back({k, k});
    return model::did_you_mean(word, spellings);
}

std::string suggestion_for_rule(std::string_view word) {
    std::vector<std::string_view> known{"all", "references", "templates", "claims"};
    for (const engine::Rule* rule : engine::all_rules()) {
        known.emplace_back(rule->code);
        known.emplace_back(rule->name);
    }
    return suggestion(word, known);
}

std::string_view type_name(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::table:
        return "a table";
    case toml::node_type::array:
        return "a list";
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a number";
    case toml::node_type::boolean:
        return "a boolean";
    default:
        return "a date or time";
    }
}

// A table's entries in the order the file writes them (toml++ keeps them sorted by key), so
// that the first error reported is the first in the file and a later severity wins.
std::vector<std::pair<const toml::key*, const toml::node*>> in_file_order(const toml::table& t) {
    std::vector<std::pair<const toml::key*, const toml::node*>> out;
    for (const auto& [k, node] : t)
        out.emplace_back(&k, &node);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        const auto& x = a.first->source().begin;
        const auto& y = b.first->source().begin;
        return std::pair(x.line, x.column) < std::pair(y.line, y.column);
    });
    return out;
}

// Reads the tables of one file into Settings, stopping at the first error.
class Reader {
  public:
    explicit Reader(const fs::path& file) : file_(file) {}

    std::string error;

    void fail(const toml::source_region& where, std::string_view message) {
        if (!error.empty()) return;
        if (where.begin.line == 0) // made from JSON (parse_json): no place to name
            error = fmt::format("{}: {}", file_.string(), message);
        else
            error = fmt::format("{}:{}:{}: {}", file_.string(), where.begin.line,
                                where.begin.column, message);
    }

    std::optional<std::string> string(const toml::node& node, std::string_view key,
                                      std::initializer_list<std::string_view> allowed) {
        const auto* value = node.as_string();
        if (!value) {
            fail(node.source(), fmt::format("'{}' must be a string, not {}", key, type_name(node)));
            return std::nullopt;
        }
        const std::string& text = value->get();
        if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
            std::string choices;
            for (auto a = allowed.begin(); a != allowed.end(); ++a)
                choices += fmt::format("{}{}",
                                       a == allowed.begin()     ? ""
                                       : a + 1 == allowed.end() ? " or "
                                                                : ", ",
                                       *a);
            fail(node.source(),
                 fmt::format("invalid value '{}' for '{}' (use {})", text, key, choices));
            return std::nullopt;
        }
        return text;
    }

    // A wiki citelint has a profile for, or "" for none.
    std::optional<std::string> wiki(const toml::node& node, std::string_view key) {
        const auto* value = node.as_string();
        if (!value) {
            fail(node.source(), fmt::format("'{}' must be a string, not {}", key, type_name(node)));
            return std::nullopt;
        }
        const std::string& text = value->get();
        if (!text.empty() && text != "none" && !model::find_site(text)) {
            fail(node.source(), fmt::format("unknown wiki '{}' for '{}'{} (`citelint wikis` lists "
                                            "the known ones; \"none\" for none)",
                                            text, key, model::closest_site(text)));
            return std::nullopt;
        }
        return text;
    }

    std::optional<bool> boolean(const toml::node& node, std::string_view key) {
        const auto* value = node.as_boolean();
        if (!value) {
            fail(node.source(),
                 fmt::format("'{}' must be true or false, not {}", key, type_name(node)));
            return std::nullopt;
        }
        return value->get();
    }

    std::optional<std::vector<std::string>> strings(const toml::node& node, std::string_view key) {
        const auto* array = node.as_array();
        if (!array) {
            fail(node.source(),
                 fmt::format("'{}' must be a list of strings, not {}", key, type_name(node)));
            return std::nullopt;
        }
        std::vector<std::string> out;
        for (const toml::node& item : *array) {
            const auto* text = item.as_string();
            if (!text) {
                fail(item.source(), fmt::format("'{}' must be a list of strings, not of {}", key,
                                                type_name(item)));
                return std::nullopt;
            }
            out.push_back(text->get());
        }
        return out;
    }

    std::optional<std::vector<std::string>> rules(const toml::node& node, std::string_view key) {
        auto items = strings(node, key);
        if (!items) return std::nullopt;
        const auto* array = node.as_array();
        for (std::size_t i = 0; i < items->size(); ++i)
            if (!known_rule((*items)[i], (*array)[i].source())) return std::nullopt;
        return items;
    }

    bool known_rule(const std::string& selector, const toml::source_region& where) {
        if (!engine::resolve_selector(selector).empty()) return true;
        fail(where, fmt::format("unknown rule, family or code '{}'{}", selector,
                                suggestion_for_rule(selector)));
        return false;
    }

    template <typename Known>
    const toml::table* table(const toml::node& node, std::string_view key, const Known& known) {
        const auto* t = node.as_table();
        if (!t) {
            fail(node.source(), fmt::format("'{}' must be a table, not {}", key, type_name(node)));
            return nullptr;
        }
        for (const auto& entry : in_file_order(*t)) {
            // (Not a structured binding: clang 14 lets no lambda capture one.)
            const auto& k = entry.first;
            if (std::find_if(known.begin(), known.end(),
                             [&](std::string_view n) { return n == k->str(); }) == known.end()) {
                fail(k->source(), fmt::format("unknown key '{}' in [{}]{}", k->str(), key,
                                              suggestion(k->str(), known)));
                return nullptr;
            }
        }
        return t;
    }

    void read(const toml::table& root, Settings& s) {
        for (const auto& [k, value] : in_file_order(root)) {
            const toml::node& node = *value;
            const std::string_view key = k->str();
            if (key == "select")
                s.select = rules(node, key);
            else if (key == "ignore")
                s.ignore = rules(node, key);
            else if (key == "fail-on")
                s.fail_on = string(node, key, {"error", "warning", "info"});
            else if (key == "dialect")
                s.dialect = string(node, key, {"auto", "wikitext", "rendered"});
            else if (key == "cite-subreferencing")
                s.cite_subreferencing = boolean(node, key);
            else if (key == "wiki")
                s.wiki = wiki(node, key);
            else if (key == "severity")
                read_severity(node, s);
            else if (key == "claims")
                read_claims(node, s);
            else if (key == "templates")
                read_templates(node, s);
            else if (key == "exclude")
                s.exclude = strings(node, key);
            else if (key == "extend-exclude") {
                if (auto items = strings(node, key)) s.extend_exclude = std::move(*items);
            } else if (key == "catalogue")
                read_catalogue(node, s);
            else
                fail(k->source(),
                     fmt::format("unknown key '{}'{}", key, suggestion(key, top_keys)));
            if (!error.empty()) return;
        }
    }

  private:
    fs::path file_;

    void read_severity(const toml::node& node, Settings& s) {
        const auto* t = node.as_table();
        if (!t) {
            fail(node.source(), fmt::format("'severity' must be a table of RULE = LEVEL, not {}",
                                            type_name(node)));
            return;
        }
        for (const auto& [k, level] : in_file_order(*t)) {
            if (!known_rule(std::string(k->str()), k->source())) return;
            const auto text = string(*level, k->str(), {"error", "warning", "info"});
            if (!text) return;
            s.severity.emplace_back(k->str(), *text);
        }
    }

    void read_claims(const toml::node& node, Settings& s) {
        const toml::table* t = table(node, "claims", claims_keys);
        if (!t) return;
        for (const auto& [k, value] : in_file_order(*t)) {
            const std::string_view key = k->str();
            if (key == "strict")
                s.claims_strict = boolean(*value, key);
            else if (key == "lead")
                s.claims_lead = string(*value, key, {"exempt", "checked"});
            else if (key == "captions")
                s.claims_captions = boolean(*value, key);
            else
                s.claims_tables = boolean(*value, key);
            if (!error.empty()) return;
        }
    }

    void read_templates(const toml::node& node, Settings& s) {
        const auto files = strings(node, "templates");
        if (!files) return;
        for (const std::string& f : *files)
            s.templates.push_back((file_.parent_path() / fs::path(f)).lexically_normal().string());
    }

    // Each catalogue takes a list of rows; a row is a name, or a list of the columns of a
    // --templates row. They are checked as a --templates file would be, so that a bad row is
    // reported at its place in this file.
    void read_catalogue(const toml::node& node, Settings& s) {
        const toml::table* t = table(node, "catalogue", catalogue_keys);
        if (!t) return;
        std::string tsv;
        std::vector<toml::source_region> places; // of each row of `tsv`
        for (const auto& [k, rows] : in_file_order(*t)) {
            const auto* array = rows->as_array();
            if (!array) {
                fail(rows->source(), fmt::format("'{}' must be a list of rows, not {}", k->str(),
                                                 type_name(*rows)));
                return;
            }
            for (const toml::node& row : *array) {
                CatalogueRow added{std::string(k->str()), {}};
                if (const auto* name = row.as_string())
                    added.columns.push_back(name->get());
                else if (const auto* columns = row.as_array()) {
                    for (const toml::node& column : *columns) {
                        const auto* text = column.as_string();
                        if (!text) {
                            fail(column.source(), "a column of a catalogue row must be a string");
                            return;
                        }
                        added.columns.push_back(text->get());
                    }
                }
                if (added.columns.empty()) {
                    fail(row.source(),
                         fmt::format("a row of '{}' is a name or a list of columns", k->str()));
                    return;
                }
                for (const std::string& column : added.columns)
                    if (column.find_first_of("\t\n") != std::string::npos) {
                        fail(row.source(), "a column of a catalogue row holds no tab or newline");
                        return;
                    }
                tsv += added.catalogue;
                for (const std::string& column : added.columns)
                    tsv += '\t' + column;
                tsv += '\n';
                places.push_back(row.source());
                s.catalogue.push_back(std::move(added));
            }
        }
        std::string problem;
        if (!model::Catalogues::with_additions(tsv, problem)) {
            // "line N: why": report it at the row's own place.
            std::size_t line = 0;
            std::size_t colon = problem.find(':');
            if (problem.starts_with("line ") && colon != std::string::npos)
                line = std::strtoul(problem.c_str() + 5, nullptr, 10);
            const std::string why =
                colon == std::string::npos ? problem : problem.substr(colon + 2);
            fail(line >= 1 && line <= places.size() ? places[line - 1] : node.source(),
                 fmt::format("bad catalogue row: {}", why));
        }
    }
};

void write_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                out += fmt::format("\\u{:04X}", static_cast<unsigned char>(c));
            else
                out += c;
        }
    }
    out += '"';
}

void write_list(std::string& out, const std::vector<std::string>& items) {
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        write_string(out, items[i]);
    }
    out += ']';
}

// A key as TOML writes it: bare when it can be.
std::string key_text(std::string_view key) {
    const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
    if (bare) return std::string(key);
    std::string out;
    write_string(out, key);
    return out;
}

} // namespace

Settings defaults() {
    Settings s;
    s.select = std::vector<std::string>{"all"};
    s.ignore = std::vector<std::string>{};
    s.fail_on = "warning";
    s.dialect = "auto";
    s.wiki = "";
    s.cite_subreferencing = false;
    s.claims_strict = false;
    s.claims_lead = "exempt";
    s.claims_captions = false;
    s.claims_tables = false;
    s.exclude = std::vector<std::string>{".*", "node_modules"};
    return s;
}

Settings layer(const Settings& upper, const Settings& lower) {
    Settings s = lower;
    // A selection starts afresh: what the layer below ignored is selected again if named.
    if (upper.select) {
        s.select = upper.select;
        s.ignore = std::vector<std::string>{};
    }
    if (upper.ignore) s.ignore = upper.ignore;
    s.severity.insert(s.severity.end(), upper.severity.begin(), upper.severity.end());
    if (upper.fail_on) s.fail_on = upper.fail_on;
    if (upper.dialect) s.dialect = upper.dialect;
    if (upper.wiki) s.wiki = upper.wiki;
    if (upper.cite_subreferencing) s.cite_subreferencing = upper.cite_subreferencing;
    if (upper.claims_strict) s.claims_strict = upper.claims_strict;
    if (upper.claims_lead) s.claims_lead = upper.claims_lead;
    if (upper.claims_captions) s.claims_captions = upper.claims_captions;
    if (upper.claims_tables) s.claims_tables = upper.claims_tables;
    s.templates.insert(s.templates.end(), upper.templates.begin(), upper.templates.end());
    if (upper.exclude) s.exclude = upper.exclude;
    s.extend_exclude.insert(s.extend_exclude.end(), upper.extend_exclude.begin(),
                            upper.extend_exclude.end());
    s.catalogue.insert(s.catalogue.end(), upper.catalogue.begin(), upper.catalogue.end());
    return s;
}

namespace {

// The settings of a file's tables, or the first error, named after `file`.
Loaded read_settings(const toml::table& root, const fs::path& file) {
    Loaded loaded;
    Reader reader(file);
    Settings settings;
    reader.read(root, settings);
    if (!reader.error.empty())
        loaded.error = std::move(reader.error);
    else
        loaded.settings = std::move(settings);
    return loaded;
}

} // namespace

Loaded parse(std::string_view text, const fs::path& file) {
    Loaded loaded;
    toml::table root;
    try {
        root = toml::parse(text, file.string());
    } catch (const toml::parse_error& e) {
        loaded.error = fmt::format("{}:{}:{}: {}", file.string(), e.source().begin.line,
                                   e.source().begin.column, e.description());
        return loaded;
    }
    return read_settings(root, file);
}

namespace {

// A configuration nests four deep at most ([catalogue] kind = [[column, ...], ...]); deeper
// JSON is refused before it is copied, a level at a time, into TOML.
constexpr int deepest_json = 8;

// A JSON value as the TOML value a file would give; a null has none.
std::optional<std::string> add_json(const nlohmann::json& value, const std::string& key,
                                    toml::table* table, toml::array* array, int depth = 0) {
    if (depth > deepest_json && value.is_structured())
        return fmt::format("'{}' nests deeper than a configuration does", key);
    const auto put = [&](auto&& node) {
        if (table)
            table->insert_or_assign(key, std::forward<decltype(node)>(node));
        else
            array->push_back(std::forward<decltype(node)>(node));
    };
    if (value.is_object()) {
        toml::table t;
        for (const auto& [k, v] : value.items())
            if (auto problem = add_json(v, k, &t, nullptr, depth + 1)) return problem;
        put(std::move(t));
    } else if (value.is_array()) {
        toml::array a;
        for (const auto& v : value)
            if (auto problem = add_json(v, key, nullptr, &a, depth + 1)) return problem;
        put(std::move(a));
    } else if (value.is_string()) {
        put(value.get<std::string>());
    } else if (value.is_boolean()) {
        put(value.get<bool>());
    } else if (value.is_number_integer()) {
        put(value.get<std::int64_t>());
    } else if (value.is_number()) {
        put(value.get<double>());
    } else {
        return fmt::format("'{}' has no value (null)", key);
    }
    return std::nullopt;
}

} // namespace

Loaded parse_json(std::string_view json, std::string_view origin) {
    Loaded loaded;
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        loaded.error = fmt::format("{}: not JSON: {}", origin, e.what());
        return loaded;
    }
    if (!value.is_object()) {
        loaded.error = fmt::format("{}: must be a JSON object", origin);
        return loaded;
    }
    toml::table root;
    for (const auto& [key, item] : value.items())
        if (auto problem = add_json(item, key, &root, nullptr)) {
            loaded.error = fmt::format("{}: {}", origin, *problem);
            return loaded;
        }
    return read_settings(root, fs::path(origin));
}

Loaded load(const fs::path& file) {
    std::error_code ec;
    if (fs::is_directory(file, ec)) {
        Loaded failed;
        failed.error =
            fmt::format("{}: cannot read the configuration: it is a folder", file.string());
        return failed;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || in.bad()) {
        Loaded failed;
        failed.error = fmt::format("{}: cannot read the configuration{}", file.string(),
                                   fs::exists(file, ec) ? "" : ": no such file");
        return failed;
    }
    return parse(text.str(), file);
}

std::optional<fs::path> discover(const fs::path& folder) {
    std::error_code ec;
    fs::path dir = fs::absolute(folder, ec).lexically_normal();
    if (ec) return std::nullopt;
    while (true) {
        const fs::path candidate = dir / ".citelint.toml";
        if (fs::is_regular_file(candidate, ec)) return candidate;
        if (!dir.has_relative_path()) return std::nullopt; // the root
        fs::path parent = dir.parent_path();
        if (parent == dir) return std::nullopt;
        dir = std::move(parent);
    }
}

std::optional<fs::path> choose(const fs::path& folder, const std::optional<std::string>& named,
                               bool none) {
    if (none) return std::nullopt;
    if (named) return fs::path(*named);
    return discover(folder);
}

std::string to_toml(const Settings& settings, std::string_view origin) {
    const Settings s = layer(settings, defaults());
    std::string out = fmt::format("# {}\n", origin);
    out += "select = ";
    write_list(out, *s.select);
    out += "\nignore = ";
    write_list(out, *s.ignore);
    out += "\nfail-on = ";
    write_string(out, *s.fail_on);
    out += "\ndialect = ";
    write_string(out, *s.dialect);
    out += "\nwiki = ";
    write_string(out, *s.wiki);
    if (s.wiki->empty())
        out += " # none: local knowledge (month names, parameter names) not assumed";
    out += fmt::format("\ncite-subreferencing = {}\ntemplates = ", *s.cite_subreferencing);
    write_list(out, s.templates);
    out += "\nexclude = ";
    write_list(out, *s.exclude);
    out += "\nextend-exclude = ";
    write_list(out, s.extend_exclude);
    out += fmt::format("\n\n[claims]\nstrict = {}\nlead = ", *s.claims_strict);
    write_string(out, *s.claims_lead);
    out += fmt::format("\ncaptions = {}\ntables = {}\n", *s.claims_captions, *s.claims_tables);
    // Every rule that runs, at the severity it is reported at.
    out += "\n[severity]\n";
    try {
        const auto selection = engine::Selection::make(*s.select, *s.ignore, [&] {
            std::vector<std::string> items;
            for (const auto& [rule, level] : s.severity)
                items.push_back(rule + '=' + level);
            return items;
        }());
        for (const engine::RuleChoice& choice : selection.rules())
            out += fmt::format("{} = \"{}\" # {}\n", choice.rule->code,
                               engine::severity_name(choice.severity), choice.rule->name);
    } catch (const std::invalid_argument& e) {
        out += fmt::format("# {}\n", e.what());
    }
    out += "\n[catalogue]\n";
    for (std::string_view catalogue : catalogue_keys) {
        std::vector<const CatalogueRow*> rows;
        for (const CatalogueRow& row : s.catalogue)
            if (row.catalogue == catalogue) rows.push_back(&row);
        out += key_text(catalogue) + " = [";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            out += i ? ", " : "";
            if (rows[i]->columns.size() == 1)
                write_string(out, rows[i]->columns.front());
            else
                write_list(out, rows[i]->columns);
        }
        out += "]\n";
    }
    return out;
}

} // namespace citelint::config
