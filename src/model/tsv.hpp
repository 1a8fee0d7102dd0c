// Reading the data files of rules/data/: tab-separated rows, '#' comments.
#pragma once

#include <string_view>
#include <vector>

namespace citelint::model {

inline std::string_view trim(std::string_view s) {
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// Calls `line(text, number)` with each line of a TSV text that is neither blank nor a comment
// (starting with '#'), its carriage return dropped; lines are numbered from 1.
template <typename Line> void for_each_line(std::string_view tsv, Line line) {
    for (std::size_t number = 1; !tsv.empty(); ++number) {
        const auto eol = tsv.find('\n');
        std::string_view text = tsv.substr(0, eol);
        tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (trim(text).empty() || text.front() == '#') continue;
        line(text, number);
    }
}

// Calls `row` with the fields of each row of a TSV text: blank lines and lines starting with
// '#' skipped, fields trimmed, a field starting with '#' ending the row (a comment); rows whose
// first field is empty skipped.
template <typename Row> void for_each_row(std::string_view tsv, Row row) {
    std::vector<std::string_view> fields;
    for_each_line(tsv, [&](std::string_view line, std::size_t) {
        fields.clear();
        for (std::size_t start = 0;;) {
            const auto tab = line.find('\t', start);
            const std::string_view field =
                trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
            if (!field.empty() && field.front() == '#') break;
            fields.push_back(field);
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        if (!fields.empty() && !fields[0].empty()) row(fields);
    });
}

// Calls `item` with each entry of a comma-separated field ("de, de-at"), or one separated by
// `separator` ("access-date | accessdate"), trimmed; empty entries skipped.
template <typename Item>
void for_each_item(std::string_view field, Item item, char separator = ',') {
    while (!field.empty()) {
        const auto comma = field.find(separator);
        const std::string_view entry = trim(field.substr(0, comma));
        field = comma == std::string_view::npos ? std::string_view{} : field.substr(comma + 1);
        if (!entry.empty()) item(entry);
    }
}

} // namespace citelint::model
