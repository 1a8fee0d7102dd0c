#include "baseline.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace citelint::engine {

namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// FNV-1a, 64 bits: std::hash may differ between builds, a baseline must not.
struct Fnv1a64 {
    std::uint64_t state = 0xcbf29ce484222325ull;
    void add(char c) {
        state ^= static_cast<unsigned char>(c);
        state *= 0x100000001b3ull;
    }
    void add(std::string_view s) {
        for (const char c : s)
            add(c);
    }
};

} // namespace

std::string fingerprint(const Source& source, const Diagnostic& diagnostic) {
    Fnv1a64 hash;
    // The span's text with whitespace runs folded to one space, trimmed: re-wrapped or
    // re-indented text keeps its fingerprint.
    bool pending_space = false;
    bool started = false;
    for (const char c : source.slice(diagnostic.span)) {
        if (is_blank(c)) {
            pending_space = started;
            continue;
        }
        if (pending_space) hash.add(' ');
        pending_space = false;
        started = true;
        hash.add(c);
    }
    hash.add('\0');
    hash.add(diagnostic.message);
    return fmt::format("{:016x}", hash.state);
}

std::vector<BaselineEntry> baseline_entries(std::string_view path, const Source& source,
                                            const std::vector<Diagnostic>& diagnostics) {
    std::vector<BaselineEntry> out;
    std::map<std::pair<std::string, std::string>, std::uint32_t> seen;
    for (const Diagnostic& d : diagnostics) {
        BaselineEntry e;
        e.path = path;
        e.code = d.code;
        e.fingerprint = fingerprint(source, d);
        e.occurrence = seen[{e.code, e.fingerprint}]++;
        e.message = d.message;
        out.push_back(std::move(e));
    }
    return out;
}

std::string serialise_baseline(std::vector<BaselineEntry> entries) {
    std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
        return std::tie(a.path, a.code, a.message, a.fingerprint, a.occurrence) <
               std::tie(b.path, b.code, b.message, b.fingerprint, b.occurrence);
    });
    std::string out = fmt::format("{{\n  \"version\": {},\n  \"entries\": [", baseline_version);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const BaselineEntry& e = entries[i];
        nlohmann::ordered_json line;
        line["path"] = e.path;
        line["code"] = e.code;
        line["fingerprint"] = e.fingerprint;
        line["occurrence"] = e.occurrence;
        line["message"] = e.message;
        out += i == 0 ? "\n    " : ",\n    ";
        // Invalid UTF-8 in a message (quoted from the page) is replaced, never a failure.
        out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    out += entries.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

std::string baseline_path(const std::string& input, const std::string& baseline_file) {
    if (input == "-") return "<stdin>";
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::absolute(baseline_file, ec).parent_path(), ec);
    const fs::path file = fs::weakly_canonical(fs::absolute(input, ec), ec);
    const fs::path relative = file.lexically_relative(folder);
    return (relative.empty() ? file : relative).generic_string();
}

std::optional<Baseline> Baseline::parse(std::string_view json, std::string& problem) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        problem = "not a citelint baseline (not a JSON object)";
        return std::nullopt;
    }
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer()) {
        problem = "not a citelint baseline (no \"version\")";
        return std::nullopt;
    }
    if (*version != baseline_version) {
        problem = fmt::format("baseline version {} is not one this citelint reads (version {})",
                              version->dump(), baseline_version);
        return std::nullopt;
    }
    const auto entries = doc.find("entries");
    if (entries == doc.end() || !entries->is_array()) {
        problem = "not a citelint baseline (no \"entries\" list)";
        return std::nullopt;
    }
    Baseline b;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const nlohmann::json& e = (*entries)[i];
        auto text = [&](const char* key) -> const std::string* {
            if (!e.is_object()) return nullptr;
            const auto it = e.find(key);
            return it != e.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
        };
        const std::string* path = text("path");
        const std::string* code = text("code");
        const std::string* print = text("fingerprint");
        const auto occurrence = e.is_object() ? e.find("occurrence") : e.end();
        if (!path || !code || !print || occurrence == e.end() ||
            !occurrence->is_number_unsigned() || *occurrence > 0xffffffffu) {
            problem = fmt::format("entry {} lacks a path, code, fingerprint or occurrence", i + 1);
            return std::nullopt;
        }
        b.entries_.emplace(*path, *code, *print, occurrence->get<std::uint32_t>());
        b.paths_.emplace(*path);
    }
    return b;
}

std::vector<Diagnostic> Baseline::filter(std::string_view path, const Source& source,
                                         std::vector<Diagnostic> diagnostics) {
    seen_paths_.emplace(path);
    const std::vector<BaselineEntry> keys = baseline_entries(path, source, diagnostics);
    std::vector<Diagnostic> kept;
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        Key key{keys[i].path, keys[i].code, keys[i].fingerprint, keys[i].occurrence};
        if (entries_.count(key)) {
            used_.insert(std::move(key));
            ++matched_;
        } else {
            kept.push_back(std::move(diagnostics[i]));
        }
    }
    return kept;
}

std::size_t Baseline::unmatched() const {
    return static_cast<std::size_t>(
        std::count_if(entries_.begin(), entries_.end(), [&](const Key& k) {
            return seen_paths_.count(std::get<0>(k)) && !used_.count(k);
        }));
}

} // namespace citelint::engine
