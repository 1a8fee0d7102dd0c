#include "analysis.hpp"

#include "../engine/runner.hpp"

namespace citelint::lsp {

Analysis::Analysis(std::string path, std::string text, const CheckSettings& settings)
    : source(std::move(path), std::move(text)),
      article(model::build_article(source, settings.model)),
      diagnostics(engine::reported(article, settings.selection)) {}

std::unique_ptr<Analysis> check_document(std::string path, std::string text,
                                         const CheckSettings& settings) {
    return std::make_unique<Analysis>(std::move(path), std::move(text), settings);
}

} // namespace citelint::lsp
