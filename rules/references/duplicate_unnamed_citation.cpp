#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "../../src/model/text.hpp"
#include "../../src/syntax/attributes.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

constexpr std::size_t shortest_compared = 20; // "Ibid.", "p. 4": too short to be a full citation

// Refs whose content is the citation as written: tags, {{#tag:ref}} and footnote templates
// such as {{efn}} or {{refn}} (which expand to {{#tag:ref}}), not their placeholders in the
// rendered dialect, nor short citations, which repeat by design.
bool written_out(const Ref& r) {
    switch (r.origin) {
    case model::RefOrigin::tag:
    case model::RefOrigin::tag_function:
        return true;
    case model::RefOrigin::footnote_template:
        return r.node != syntax::no_parent;
    case model::RefOrigin::reuse_template:
    case model::RefOrigin::short_footnote:
        return false;
    }
    return false;
}

// A name to offer for the citation: its author's surname and its year, "smith2010".
std::string suggested_name(std::string_view content) {
    std::string author;
    for (std::string_view key : {"last1=", "last=", "surname=", "author1=", "author="}) {
        auto at = content.find(key);
        if (at == std::string_view::npos) continue;
        at += key.size();
        while (at < content.size() && content[at] == ' ')
            ++at;
        while (at < content.size() && model::ascii_alpha(content[at]))
            author += static_cast<char>(content[at++] | 0x20);
        if (!author.empty()) break;
    }
    for (std::size_t i = 0; author.empty() && i < content.size(); ++i) {
        std::size_t j = i;
        while (j < content.size() && model::ascii_alpha(content[j]))
            ++j;
        if (j - i >= 3 && content[i] >= 'A' && content[i] <= 'Z')
            for (std::size_t k = i; k < j; ++k)
                author += static_cast<char>(content[k] | 0x20);
        i = j;
    }
    std::string year;
    for (std::size_t i = 0; i + 4 <= content.size(); ++i) {
        const bool digits =
            std::all_of(content.begin() + i, content.begin() + i + 4, model::ascii_digit);
        const bool alone = (i == 0 || !model::ascii_digit(content[i - 1])) &&
                           (i + 4 == content.size() || !model::ascii_digit(content[i + 4]));
        if (digits && alone && (content[i] == '1' || content[i] == '2')) {
            year = std::string(content.substr(i, 4));
            break;
        }
    }
    return author.empty() ? std::string{} : author + year;
}

// The name, or the name with a letter after it, that no ref of the page uses yet.
std::string unused_variant(const Article& a, const std::string& name) {
    auto taken = [&](const std::string& n) {
        return std::any_of(a.refs.begin(), a.refs.end(),
                           [&](const Ref& r) { return r.name && *r.name == n; });
    };
    if (!taken(name)) return name;
    for (char suffix = 'b'; suffix <= 'z'; ++suffix)
        if (!taken(name + suffix)) return name + suffix;
    return name;
}

bool blank(char c) {
    // Found by table: every byte of a citation's ends is tested.
    static constexpr std::array<bool, 256> blanks = [] {
        std::array<bool, 256> t{};
        t[' '] = t['\t'] = t['\r'] = t['\n'] = true;
        return t;
    }();
    return blanks[static_cast<unsigned char>(c)];
}

// A hash of the group and of the first and last bytes of the content that are not whitespace.
// Contents equal once whitespace is folded have equal ends; most citations begin or end
// unlike every other of their page, and are never folded and compared in full.
std::uint64_t ends_of(std::string_view group, std::string_view content) {
    constexpr std::size_t each_end = 24;
    std::uint64_t h = 14695981039346656037u; // FNV-1a
    const auto add = [&h](char c) { h = (h ^ static_cast<unsigned char>(c)) * 1099511628211u; };
    for (char c : group)
        add(c);
    add('\0');
    std::size_t taken = 0;
    for (std::size_t i = 0; i < content.size() && taken < each_end; ++i)
        if (!blank(content[i])) add(content[i]), ++taken;
    add('\0');
    taken = 0;
    for (std::size_t i = content.size(); i-- > 0 && taken < each_end;)
        if (!blank(content[i])) add(content[i]), ++taken;
    return h;
}

bool compared(const Ref& r) {
    return !r.nested && r.list == model::no_index && !r.name && !r.follow && r.content &&
           written_out(r);
}

// An opening <ref ...> tag: its name attribute goes right after "<ref".
bool ref_tag(const Article& a, const Ref& r) {
    const std::string_view opening = a.text(r.opening);
    return r.origin == model::RefOrigin::tag && opening.size() >= 4 &&
           model::ascii_lower(opening.substr(0, 4)) == "<ref";
}

// The fix: the first ref named, every copy made a reuse of it. Offered for refs written as
// tags only: another form ({{efn}}, {{#tag:ref}}) names and reuses a ref in its own syntax.
std::optional<engine::Fix> name_and_reuse(const Article& a, const Ref& original,
                                          const std::vector<std::size_t>& copy_indexes,
                                          const std::string& name) {
    if (!ref_tag(a, original)) return std::nullopt;
    for (std::size_t i : copy_indexes)
        if (!ref_tag(a, a.refs[i])) return std::nullopt;
    engine::Fix fix{fmt::format("name the citation \"{}\" and reuse it ({} {})", name,
                                copy_indexes.size(), copy_indexes.size() == 1 ? "copy" : "copies"),
                    {}};
    const std::uint32_t after_tag_name = original.opening.begin + 4;
    fix.edits.push_back({{after_tag_name, after_tag_name}, fmt::format(" name=\"{}\"", name)});
    const std::string group =
        original.group.empty() ? std::string{} : fmt::format(" group=\"{}\"", original.group);
    for (std::size_t i : copy_indexes)
        fix.edits.push_back({a.refs[i].span, fmt::format("<ref name=\"{}\"{} />", name, group)});
    return fix;
}

void check(const Article& a, Sink& sink) {
    // The ends of each ref compared, and all of them sorted: a ref whose ends no other ref
    // shares has no copy.
    std::vector<std::uint64_t> ends(a.refs.size()), sorted_ends;
    for (std::size_t i = 0; i < a.refs.size(); ++i) {
        if (!compared(a.refs[i])) continue;
        ends[i] = ends_of(a.refs[i].group, *a.refs[i].content);
        sorted_ends.push_back(ends[i]);
    }
    std::sort(sorted_ends.begin(), sorted_ends.end());
    const auto shares_ends = [&](std::size_t i) {
        const auto [from, to] = std::equal_range(sorted_ends.begin(), sorted_ends.end(), ends[i]);
        return to - from > 1;
    };

    std::unordered_map<std::string, std::size_t> first; // group + '\0' + content -> ref
    std::string key;
    std::size_t not_compared = 0;
    const Ref* first_not_compared = nullptr;
    std::vector<std::pair<std::size_t, std::size_t>> copies; // (first, copy), in document order
    for (std::size_t i = 0; i < a.refs.size(); ++i) {
        const Ref& r = a.refs[i];
        if (!compared(r)) continue;
        // Folding whitespace keeps "Template:" and "{{#invoke:" as they are: the raw content
        // tells.
        const bool lost =
            a.dialect == model::Dialect::rendered && model::lost_in_rendering(*r.content);
        if (!lost && !shares_ends(i)) continue;
        // The key built in one reused buffer, group first, then the content with its runs of
        // whitespace folded; copied into the map only when it is new.
        key.assign(r.group);
        key += '\0';
        const std::size_t prefix = key.size();
        syntax::append_normalized_attribute_whitespace(key, *r.content);
        const std::string_view content(key.data() + prefix, key.size() - prefix);
        if (content.size() < shortest_compared) continue;
        if (lost) {
            if (!first_not_compared) first_not_compared = &r;
            ++not_compared;
            continue;
        }
        const auto [it, fresh] = first.try_emplace(key, i); // copies `key` only when fresh
        if (fresh) continue;
        copies.emplace_back(it->second, i);
    }
    // Each copy reported with a fix that names the first and makes every copy a reuse of it.
    for (const auto& [original_index, copy_index] : copies) {
        const Ref& original = a.refs[original_index];
        const Ref& r = a.refs[copy_index];
        Diagnostic& d = sink.report(
            r.opening, "the same citation is written out in full again in an unnamed ref");
        d.notes.push_back({original.opening, "first written here"});
        std::string name = suggested_name(*original.content);
        const bool named = !name.empty();
        name = named ? unused_variant(a, name) : std::string("...");
        d.help.push_back(fmt::format("name the first one, as <ref name=\"{0}\">, and reuse it here "
                                     "with <ref name=\"{0}\" />",
                                     name));
        if (!named) name = unused_variant(a, "citation" + std::to_string(original.order + 1));
        std::vector<std::size_t> all_copies;
        for (const auto& [o, copy] : copies)
            if (o == original_index) all_copies.push_back(copy);
        d.fix = name_and_reuse(a, original, all_copies, name);
    }
    if (not_compared > 0) {
        Diagnostic& d = sink.report(
            first_not_compared->opening,
            fmt::format("could not compare {} citations: their template parameters were lost "
                        "in the rendered dialect",
                        not_compared));
        d.limitation = true;
    }
}

} // namespace

// clang-format off
extern const engine::Rule duplicate_unnamed_citation{
    .code = "R024",
    .name = "duplicate-unnamed-citation",
    .family = engine::Family::references,
    .severity = engine::Severity::warning,
    .summary = "the same citation is written out in full in several unnamed refs",
    .docs = {
        .what_it_finds =
            "Unnamed refs (tags, `{{#tag:ref}}`, footnote templates such as `{{efn}}`) of the same "
            "group whose content is identical once runs of whitespace are folded (contents shorter "
            "than 20 bytes, such as \"Ibid.\", are left alone). "
            "In the rendered dialect, citations whose parameters were lost are not compared, "
            "and the rule says so once.",
        .why_it_matters =
            "MediaWiki lists each copy as a separate footnote, so the reference list repeats "
            "itself and a correction made to one copy misses the others. "
            "One named ref reused with `<ref name=... />` keeps one entry.",
        .example_bad = R"md(A.<ref>Smith, J. (2010). History. Oxford.</ref> B.<ref>Smith, J. (2010). History. Oxford.</ref>)md",
        .example_good = R"md(A.<ref name="smith2010">Smith, J. (2010). History. Oxford.</ref> B.<ref name="smith2010" />)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/references.cpp: ref_tag"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
