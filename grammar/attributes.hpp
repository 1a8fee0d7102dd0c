// Tag attributes exactly as MediaWiki core reads them (Sanitizer::getAttribsRegex): every
// match of `name (= value)?` in the attribute text, anything between matches skipped.
#pragma once

#include "common.hpp"

namespace citelint::grammar::attributes {
using namespace tao::pegtl;

// \p{L} and \p{N} of the original; any non-ASCII byte is taken as part of a letter.
struct name_char_first : sor<alnum, one<':', '_'>, range<'\x80', '\xff'>> {};
struct name_char : sor<name_char_first, one<'-', '.'>> {};
struct attr_space : one<'\t', '\n', '\f', '\r', ' '> {};
struct attr_name : seq<name_char_first, star<name_char>> {};
struct double_quoted_value : star<not_one<'"'>> {};
struct single_quoted_value : star<not_one<'\''>> {};
struct unquoted_value : star<not_one<'\t', '\n', '\f', '\r', ' ', '>'>> {};
struct attr_value : sor<seq<one<'"'>, double_quoted_value, opt<one<'"'>>>,
                        seq<one<'\''>, single_quoted_value, opt<one<'\''>>>, unquoted_value> {};
struct attr_assignment : seq<star<attr_space>, one<'='>, star<attr_space>, attr_value> {};
struct attribute : seq<attr_name, opt<attr_assignment>> {};
struct attribute_list : star<sor<attribute, any>> {};

} // namespace citelint::grammar::attributes
