// What a check runs with under one configuration: the rules and their severities, the failing
// severity, and how pages are read.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "../engine/selection.hpp"
#include "../model/article.hpp"
#include "../model/citations/catalogue.hpp"
#include "config.hpp"

namespace citelint::config {

struct Effective {
    engine::Selection selection;
    engine::Severity fail_on = engine::Severity::warning;
    model::ModelOptions model; // without `today` and `segmenter`, which are the run's
    std::optional<model::Catalogues> catalogues; // when template files or rows add to them
    // Whether a rule of the claims family runs (only they read the sentence layer).
    bool claims = false;
    // What a folder search leaves out: `exclude` (or the defaults) and `extend-exclude`.
    std::vector<std::string> exclude;
};

// The settings over the defaults, made usable. A value that cannot be used, or a template file
// that cannot be read, is an error: null and `error` says why.
std::unique_ptr<Effective> make_effective(const Settings& settings, std::string& error);

} // namespace citelint::config
