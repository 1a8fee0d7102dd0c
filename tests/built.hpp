// A document and its model, built from text, for the model tests.
#pragma once

#include <string>

#include "src/model/article.hpp"

namespace citelint::testing {

struct Built {
    Source source;
    model::Article article;
};

// Returned by value as built in place (the article points at the source beside it).
inline Built build(std::string text, model::ModelOptions options = {}) {
    Built b{Source("t.wiki", std::move(text)), {}};
    b.article = model::build_article(b.source, options);
    return b;
}

// The same, read in the rendered dialect.
inline Built build_rendered(std::string text) {
    model::ModelOptions options;
    options.dialect = model::Dialect::rendered;
    return build(std::move(text), options);
}

} // namespace citelint::testing
