#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "../config/config.hpp"
#include "../config/effective.hpp"
#include "commands.hpp"

namespace citelint::cli {

int run_config(const ConfigOptions& options) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path path(options.path);
    if (!fs::exists(path, ec)) {
        std::cerr << fmt::format("citelint: error: {}: no such file or folder\n", options.path);
        return usage_or_input;
    }
    const fs::path folder = fs::is_directory(path, ec) ? path : path.parent_path();
    const auto file =
        config::choose(folder.empty() ? fs::path(".") : folder, options.config, options.no_config);
    config::Settings settings;
    std::string origin = options.no_config
                             ? "the defaults (--no-config)"
                             : "the defaults: no .citelint.toml in this folder or above";
    if (file) {
        config::Loaded loaded = config::load(*file);
        if (!loaded.settings) {
            std::cerr << "citelint: error: " << loaded.error << '\n';
            return usage_or_input;
        }
        settings = std::move(*loaded.settings);
        origin = fmt::format("from {}, over the defaults",
                             fs::absolute(*file).lexically_normal().string());
    }
    // Template files that cannot be read are found now rather than at the first check.
    std::string problem;
    if (!config::make_effective(settings, problem)) {
        std::cerr << "citelint: error: " << problem << '\n';
        return usage_or_input;
    }
    std::cout << fmt::format("# the configuration for {}\n", options.path)
              << config::to_toml(settings, origin);
    return clean;
}

} // namespace citelint::cli
