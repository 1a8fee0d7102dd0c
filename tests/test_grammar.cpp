#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/document.hpp"

TEST_CASE("the grammar has no rule that can loop without consuming") {
    CHECK(tao::pegtl::analyze<citelint::grammar::document>() == 0);
}
