#include "namespaces.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "../citations/catalogue.hpp"
#include "../name_table.hpp"
#include "../tsv.hpp"

namespace citelint::data {
extern const char* const namespaces_tsv; // from rules/data/namespaces.tsv
} // namespace citelint::data

namespace citelint::model {

namespace {

// The languages in which one name names one namespace.
struct Languages {
    bool everywhere = false;
    std::vector<std::uint16_t> ids; // sorted, into NamespaceTable's languages
};

struct NamespaceName {
    Languages file;
    Languages category;
};

class NamespaceTable {
  public:
    explicit NamespaceTable(std::string_view tsv) {
        // Names that differ as MediaWiki writes them ("file", "File") are one once canonical.
        std::map<std::string, NamespaceName, std::less<>> names;
        std::map<std::string, std::uint16_t, std::less<>> ids;
        for_each_row(tsv, [&](const std::vector<std::string_view>& f) {
            if (f.size() < 3) return;
            NamespaceName& entry = names[canonical_title(f[0])];
            Languages* languages = f[1] == "file"       ? &entry.file
                                   : f[1] == "category" ? &entry.category
                                                        : nullptr;
            if (languages == nullptr) return;
            for_each_item(f[2], [&](std::string_view code) {
                if (code == "*") {
                    languages->everywhere = true;
                    return;
                }
                const auto next = static_cast<std::uint16_t>(ids.size());
                languages->ids.push_back(ids.try_emplace(std::string(code), next).first->second);
            });
        });
        std::vector<std::pair<std::string, NamespaceName>> name_entries;
        for (auto& [name, entry] : names) {
            for (Languages* languages : {&entry.file, &entry.category}) {
                std::sort(languages->ids.begin(), languages->ids.end());
                languages->ids.erase(std::unique(languages->ids.begin(), languages->ids.end()),
                                     languages->ids.end());
            }
            name_entries.emplace_back(name, std::move(entry));
        }
        names_ = NameTable<NamespaceName>(std::move(name_entries));
        languages_ = NameTable<std::uint16_t>(
            std::vector<std::pair<std::string, std::uint16_t>>(ids.begin(), ids.end()));
    }

    [[nodiscard]] const NamespaceName* find(std::string_view canonical) const {
        return names_.find(canonical);
    }

    // Whether `languages` holds `language`; a language the table never names holds nothing.
    [[nodiscard]] bool holds(const Languages& languages, std::string_view language) const {
        if (languages.everywhere) return true;
        const std::uint16_t* id = languages_.find(language);
        return id != nullptr && std::binary_search(languages.ids.begin(), languages.ids.end(), *id);
    }

  private:
    NameTable<NamespaceName> names_;
    NameTable<std::uint16_t> languages_;
};

const NamespaceTable& namespaces() {
    static const NamespaceTable table(data::namespaces_tsv);
    return table;
}

bool anywhere(const Languages& languages) {
    return languages.everywhere || !languages.ids.empty();
}

} // namespace

bool is_file_namespace(std::string_view canonical) {
    const NamespaceName* name = namespaces().find(canonical);
    return name != nullptr && anywhere(name->file);
}

bool is_category_namespace(std::string_view canonical) {
    const NamespaceName* name = namespaces().find(canonical);
    return name != nullptr && anywhere(name->category);
}

bool is_file_namespace(std::string_view canonical, std::string_view language) {
    const NamespaceName* name = namespaces().find(canonical);
    return name != nullptr && namespaces().holds(name->file, language);
}

bool is_category_namespace(std::string_view canonical, std::string_view language) {
    const NamespaceName* name = namespaces().find(canonical);
    return name != nullptr && namespaces().holds(name->category, language);
}

} // namespace citelint::model
