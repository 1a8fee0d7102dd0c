#include "catalogue.hpp"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace citelint::data {
extern const char* const
    reference_templates_tsv; // generated from rules/data/reference_templates.tsv
extern const char* const citation_templates_tsv; // from rules/data/citation_templates.tsv
extern const char* const cs1_aliases_tsv;        // from rules/data/cs1_aliases.tsv
extern const char* const cs1_classes_tsv;        // from rules/data/cs1_classes.tsv
}

namespace citelint::model {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

TemplateRole role_of(std::string_view word) {
    if (word == "list") return TemplateRole::list;
    if (word == "footnote") return TemplateRole::footnote;
    if (word == "reuse") return TemplateRole::reuse;
    if (word == "short") return TemplateRole::short_footnote;
    return TemplateRole::none;
}

} // namespace

std::string canonical_title(std::string_view name) {
    name = trim(name);
    std::string out;
    out.reserve(name.size());
    bool space = false;
    for (char c : name) {
        if (c == '_' || c == ' ') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    if (out.empty()) return out;
    std::int32_t i = 0;
    UChar32 cp = 0;
    U8_NEXT(out.data(), i, static_cast<std::int32_t>(out.size()), cp);
    if (cp < 0) return out;
    const UChar32 upper = u_toupper(cp);
    if (upper == cp) return out;
    char buffer[4];
    std::int32_t len = 0;
    UBool error = false;
    U8_APPEND(buffer, len, 4, upper, error);
    if (error) return out;
    return std::string(buffer, static_cast<std::size_t>(len)) +
           out.substr(static_cast<std::size_t>(i));
}

ReferenceTemplates::ReferenceTemplates(std::string_view tsv) {
    while (!tsv.empty()) {
        const auto eol = tsv.find('\n');
        std::string_view line = tsv.substr(0, eol);
        tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string_view> fields;
        for (std::size_t start = 0;;) {
            const auto tab = line.find('\t', start);
            const std::string_view field =
                trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
            if (!field.empty() && field.front() == '#') break; // a comment ends the row
            fields.push_back(field);
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        if (fields.empty() || fields[0].empty()) continue;
        ReferenceTemplate entry;
        entry.name = canonical_title(fields[0]);
        if (fields.size() > 1) entry.role = role_of(fields[1]);
        if (fields.size() > 2) entry.group = std::string(fields[2]);
        if (fields.size() > 3 && !fields[3].empty()) entry.refs_param = std::string(fields[3]);
        entries_.push_back(std::move(entry));
    }
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const ReferenceTemplate& x, const ReferenceTemplate& y) { return x.name < y.name; });
}

const ReferenceTemplates& ReferenceTemplates::builtin() {
    static const ReferenceTemplates catalogue(data::reference_templates_tsv);
    return catalogue;
}

const ReferenceTemplate* ReferenceTemplates::find(std::string_view written_name) const {
    const std::string key = canonical_title(written_name);
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                                     [](const ReferenceTemplate& e, const std::string& k) { return e.name < k; });
    return it != entries_.end() && it->name == key ? &*it : nullptr;
}

const ReferenceTemplate* ReferenceTemplates::longest_prefix(std::string_view text) const {
    const ReferenceTemplate* best = nullptr;
    for (const auto& entry : entries_) {
        if (text.substr(0, entry.name.size()) == entry.name &&
            (!best || entry.name.size() > best->name.size()))
            best = &entry;
    }
    return best;
}

CitationTemplates::CitationTemplates(std::string_view tsv) {
    while (!tsv.empty()) {
        const auto eol = tsv.find('\n');
        const std::string_view line = tsv.substr(0, eol);
        tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
        if (line.empty() || line.front() == '#') continue;
        names_.push_back(canonical_title(line.substr(0, line.find('\t'))));
    }
    std::sort(names_.begin(), names_.end());
}

const CitationTemplates& CitationTemplates::builtin() {
    static const CitationTemplates catalogue(data::citation_templates_tsv);
    return catalogue;
}

bool CitationTemplates::contains(std::string_view written_name) const {
    const std::string name = canonical_title(written_name);
    if (name.rfind("Cite", 0) == 0 || name.rfind("Cita", 0) == 0) return true;
    return std::binary_search(names_.begin(), names_.end(), name);
}

bool CitationTemplates::is_cs1(std::string_view canonical_name) const {
    return std::binary_search(names_.begin(), names_.end(), canonical_name);
}

Cs1Aliases::Cs1Aliases(std::string_view tsv) {
    while (!tsv.empty()) {
        const auto eol = tsv.find('\n');
        const std::string_view line = tsv.substr(0, eol);
        tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
        const auto tab = line.find('\t');
        if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
        std::vector<std::string> names;
        std::string_view rest = line.substr(tab + 1);
        while (!rest.empty()) {
            const auto bar = rest.find('|');
            const std::string_view name = trim(rest.substr(0, bar));
            if (!name.empty()) names.emplace_back(name);
            rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
        }
        all_names_.insert(all_names_.end(), names.begin(), names.end());
        entries_.emplace_back(std::string(line.substr(0, tab)), std::move(names));
    }
    std::sort(all_names_.begin(), all_names_.end());
    std::sort(entries_.begin(), entries_.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
}

const Cs1Aliases& Cs1Aliases::builtin() {
    static const Cs1Aliases aliases(data::cs1_aliases_tsv);
    return aliases;
}

const std::vector<std::string>& Cs1Aliases::names(std::string_view meta) const {
    static const std::vector<std::string> none;
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), meta,
                                     [](const auto& e, std::string_view m) { return e.first < m; });
    return it != entries_.end() && it->first == meta ? it->second : none;
}

bool Cs1Aliases::knows(std::string_view name) const {
    auto listed = [&](std::string_view n) {
        return std::binary_search(all_names_.begin(), all_names_.end(), n);
    };
    if (listed(name)) return true;
    // Enumerated names are listed with '#' for their number ("last#": last, last1, last12).
    std::string numbered;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] < '0' || name[i] > '9') {
            numbered += name[i];
        } else if (numbered.empty() || numbered.back() != '#') {
            numbered += '#';
        }
    }
    if (numbered == name) numbered += '#';
    return listed(numbered);
}

Cs1Classes::Cs1Classes(std::string_view tsv) {
    while (!tsv.empty()) {
        const auto eol = tsv.find('\n');
        const std::string_view line = tsv.substr(0, eol);
        tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
        const auto tab = line.find('\t');
        if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
        const std::string_view rest = line.substr(tab + 1);
        const auto second_tab = rest.find('\t');
        entries_.push_back(
            {canonical_title(line.substr(0, tab)), std::string(trim(rest.substr(0, second_tab))),
             second_tab != std::string_view::npos && trim(rest.substr(second_tab + 1)) == "other"});
    }
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry& x, const Entry& y) { return x.name < y.name; });
}

const Cs1Classes& Cs1Classes::builtin() {
    static const Cs1Classes classes(data::cs1_classes_tsv);
    return classes;
}

const Cs1Classes::Entry* Cs1Classes::find(std::string_view canonical_name) const {
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), canonical_name,
                                     [](const Entry& e, std::string_view n) { return e.name < n; });
    if (it == entries_.end() || it->name != canonical_name) return nullptr;
    return &*it;
}

std::string_view Cs1Classes::of(std::string_view canonical_name) const {
    const Entry* e = find(canonical_name);
    return e ? std::string_view(e->cls) : std::string_view{};
}

bool Cs1Classes::translated(std::string_view canonical_name) const {
    const Entry* e = find(canonical_name);
    return e && e->translated;
}

} // namespace citelint::model
