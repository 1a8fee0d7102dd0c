#include "attributes.hpp"

#include <algorithm>
#include <array>

#include "../../grammar/attributes.hpp"
#include "../unicode/utf8.hpp"
#include "entities_table.hpp"

namespace citelint::syntax {

bool valid_attribute_name(std::string_view name) {
    // \p{L} and \p{N} of the original; any non-ASCII byte is taken as part of a letter.
    const auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == ':' || c == '_' || static_cast<unsigned char>(c) >= 0x80;
    };
    return !name.empty() && letter(name.front()) &&
           std::all_of(name.begin() + 1, name.end(),
                       [&](char c) { return letter(c) || c == '.' || c == '-'; });
}

namespace {

namespace ga = citelint::grammar::attributes;

struct AttributeState {
    std::string_view text;
    std::uint32_t offset;
    std::vector<Attribute> list;
    Attribute pending;
};

template <typename Rule> struct attribute_action : tao::pegtl::nothing<Rule> {};

template <typename ActionInput> Span span_of(const ActionInput& in, const AttributeState& st) {
    const auto begin = static_cast<std::uint32_t>(in.begin() - st.text.data()) + st.offset;
    return {begin, begin + static_cast<std::uint32_t>(in.size())};
}

template <> struct attribute_action<ga::attr_name> {
    template <typename ActionInput> static void apply(const ActionInput& in, AttributeState& st) {
        st.pending = Attribute{};
        st.pending.name = in.string();
        std::transform(
            st.pending.name.begin(), st.pending.name.end(), st.pending.name.begin(),
            [](unsigned char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c); });
        st.pending.name_span = span_of(in, st);
        st.pending.value_span = {st.pending.name_span.end, st.pending.name_span.end};
    }
};
struct value_action {
    template <typename ActionInput> static void apply(const ActionInput& in, AttributeState& st) {
        st.pending.value = in.string();
        // The span of what the value means: without the blanks that trimming drops.
        Span span = span_of(in, st);
        const std::string_view v = in.string_view();
        const auto first = v.find_first_not_of(" \t\r\n");
        if (first != std::string_view::npos) {
            span.end = span.begin + static_cast<std::uint32_t>(v.find_last_not_of(" \t\r\n") + 1);
            span.begin += static_cast<std::uint32_t>(first);
        }
        st.pending.value_span = span;
    }
};
template <> struct attribute_action<ga::double_quoted_value> : value_action {};
template <> struct attribute_action<ga::single_quoted_value> : value_action {};
template <> struct attribute_action<ga::unquoted_value> : value_action {};
template <> struct attribute_action<ga::attribute> {
    static void apply0(AttributeState& st) {
        if (!valid_attribute_name(st.pending.name)) return; // dropped without a word
        st.pending.value =
            decode_character_references(normalize_attribute_whitespace(st.pending.value));
        st.list.push_back(std::move(st.pending));
    }
};

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// MediaWiki's validateCodepoint: what an XML document may contain.
bool valid_codepoint(char32_t cp) {
    return cp == 0x09 || cp == 0x0a || cp == 0x0d || (cp >= 0x20 && cp <= 0xd7ff) ||
           (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

} // namespace

const Attribute* Attributes::find(std::string_view name) const noexcept {
    for (auto it = list_.rbegin(); it != list_.rend(); ++it)
        if (it->name == name) return &*it;
    return nullptr;
}

std::optional<std::string_view> Attributes::value(std::string_view name) const noexcept {
    if (const Attribute* a = find(name)) return std::string_view(a->value);
    return std::nullopt;
}

Attributes parse_attributes(std::string_view text, std::uint32_t offset) {
    if (std::all_of(text.begin(), text.end(), [](char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
                   c == '\0';
        }))
        return {};
    AttributeState state{text, offset, {}, {}};
    tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(text.data(),
                                                                 text.data() + text.size(), "");
    tao::pegtl::parse<ga::attribute_list, attribute_action>(in, state);
    return Attributes(std::move(state.list));
}

void append_normalized_attribute_whitespace(std::string& out, std::string_view text) {
    // Copied a run of other bytes at a time, spaces found by table: whole ref contents go
    // through here.
    static constexpr std::array<bool, 256> spaces = [] {
        std::array<bool, 256> t{};
        t[' '] = t['\t'] = t['\r'] = t['\n'] = true;
        return t;
    }();
    const auto space = [](char c) { return spaces[static_cast<unsigned char>(c)]; };
    const std::size_t start = out.size();
    out.reserve(start + text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (space(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < text.size() && !space(text[end]))
            ++end;
        if (out.size() > start) out += ' ';
        out.append(text.data() + i, end - i);
        i = end;
    }
}

std::string normalize_attribute_whitespace(std::string_view text) {
    std::string out;
    append_normalized_attribute_whitespace(out, text);
    return out;
}

std::string decode_character_references(std::string_view text) {
    if (text.find('&') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] != '&') {
            out += text[i++];
            continue;
        }
        const std::size_t semi = text.find(';', i + 1);
        if (semi == std::string_view::npos) {
            out += text[i++];
            continue;
        }
        const std::string_view body = text.substr(i + 1, semi - i - 1);
        bool decoded = false;
        if (body.size() >= 2 && body[0] == '#') {
            const bool hex = body[1] == 'x' || body[1] == 'X';
            const std::string_view digits = body.substr(hex ? 2 : 1);
            if (!digits.empty() && digits.size() <= 8 &&
                std::all_of(digits.begin(), digits.end(),
                            [hex](char c) { return hex ? is_hex(c) : (c >= '0' && c <= '9'); })) {
                const auto cp =
                    static_cast<char32_t>(std::stoul(std::string(digits), nullptr, hex ? 16 : 10));
                unicode::append(out, static_cast<unicode::CodePoint>(
                                         valid_codepoint(cp) ? cp : char32_t(0xFFFD)));
                decoded = true;
            }
        } else if (!body.empty() && body.size() < 40) {
            const auto* begin = std::begin(named_entities);
            const auto* end = std::end(named_entities);
            const auto* hit =
                std::lower_bound(begin, end, body, [](const NamedEntity& e, std::string_view n) {
                    return e.name < n;
                });
            if (hit != end && hit->name == body) {
                out += hit->utf8;
                decoded = true;
            }
        }
        if (decoded) {
            i = semi + 1;
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace citelint::syntax
