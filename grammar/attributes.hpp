// Tag attributes exactly as MediaWiki core reads them (Sanitizer::getAttribsRegex): every
// match of `name (= value)?` in the attribute text, anything between matches skipped.
#pragma once

#include "common.hpp"

namespace citelint::grammar::attributes {
using namespace tao::pegtl;

// A name is any run of characters but spaces, '/', '>' and '=' (it may begin with '='), as
// MediaWiki 1.39 matches it; decodeTagAttributes() then drops, silently, a name that is not
// [:_\p{L}\p{N}][:_.\-\p{L}\p{N}]* (syntax::valid_attribute_name): `<ref name=""ms"
// glossary">` gives name="" alone, as Cite sees it.
struct attr_space : one<'\t', '\n', '\f', '\r', ' '> {};
struct attr_name_first : not_one<'\t', '\n', '\f', '\r', ' ', '/', '>'> {};
struct attr_name_rest : not_one<'\t', '\n', '\f', '\r', ' ', '/', '>', '='> {};
struct attr_name : seq<attr_name_first, star<attr_name_rest>> {};
struct double_quoted_value : star<not_one<'"'>> {};
struct single_quoted_value : star<not_one<'\''>> {};
struct unquoted_value : star<not_one<'\t', '\n', '\f', '\r', ' ', '>'>> {};
struct attr_value : sor<seq<one<'"'>, double_quoted_value, opt<one<'"'>>>,
                        seq<one<'\''>, single_quoted_value, opt<one<'\''>>>, unquoted_value> {};
struct attr_assignment : seq<star<attr_space>, one<'='>, star<attr_space>, attr_value> {};
struct attribute : seq<attr_name, opt<attr_assignment>> {};
struct attribute_list : star<sor<attribute, any>> {};

} // namespace citelint::grammar::attributes
