// One open document checked: its text as a Source, the model built from it and the rules'
// diagnostics. The model points into the source, so an Analysis stays where it is made.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "../engine/diagnostic.hpp"
#include "../engine/selection.hpp"
#include "../model/article.hpp"
#include "../source.hpp"

namespace citelint::lsp {

// What a check runs with, made once per server.
struct CheckSettings {
    engine::Selection selection;
    model::ModelOptions model; // its segmenter, when set, is the server's own
};

struct Analysis {
    Analysis(std::string path, std::string text, const CheckSettings& settings);
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    Source source;
    model::Article article;
    std::vector<engine::Diagnostic> diagnostics;
};

// Checks one document: the one place the server turns text into diagnostics.
std::unique_ptr<Analysis> check_document(std::string path, std::string text,
                                         const CheckSettings& settings);

} // namespace citelint::lsp
