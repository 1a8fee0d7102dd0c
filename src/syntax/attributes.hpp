// Tag attributes as MediaWiki reads them (Sanitizer::decodeTagAttributes): names lowercased,
// whitespace runs collapsed and trimmed, character references decoded, the last duplicate wins.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../source.hpp"

namespace citelint::syntax {

struct Attribute {
    std::string name;  // lowercased
    std::string value; // normalised and decoded
    Span name_span;    // in the document
    Span value_span;   // the raw value in the document, quotes excluded; empty when valueless
};

class Attributes {
  public:
    Attributes() = default;
    explicit Attributes(std::vector<Attribute> list) : list_(std::move(list)) {}

    // The attribute as it takes effect: the last one of that name.
    [[nodiscard]] const Attribute* find(std::string_view name) const noexcept;
    [[nodiscard]] std::optional<std::string_view> value(std::string_view name) const noexcept;
    // Every attribute as written, duplicates included, in order.
    [[nodiscard]] const std::vector<Attribute>& written() const noexcept { return list_; }

  private:
    std::vector<Attribute> list_;
};

// Whether MediaWiki keeps an attribute of this name (Sanitizer::getAttribNameRegex:
// [:_\p{L}\p{N}][:_.\-\p{L}\p{N}]*); it drops the others without a word.
bool valid_attribute_name(std::string_view name);

// `text` is the attribute text of a tag; `offset` is where it starts in the document.
Attributes parse_attributes(std::string_view text, std::uint32_t offset);

// Decodes &name; &#123; &#x7B; as MediaWiki's Sanitizer::decodeCharReferences does.
std::string decode_character_references(std::string_view text);

// Collapses runs of [\t\r\n ] into one space and trims.
std::string normalize_attribute_whitespace(std::string_view text);
// The same, appended to `out` (a buffer reused across calls). Trims its own text only.
void append_normalized_attribute_whitespace(std::string& out, std::string_view text);

} // namespace citelint::syntax
