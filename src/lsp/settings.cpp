#include "settings.hpp"

#include <system_error>
#include <utility>

#include "../config/config.hpp"

namespace citelint::lsp {

namespace fs = std::filesystem;

std::optional<fs::path> path_of_uri(std::string_view uri) {
    constexpr std::string_view scheme = "file://";
    if (!uri.starts_with(scheme)) return std::nullopt;
    uri.remove_prefix(scheme.size());
    // file://host/path: only the local host (empty or "localhost") names a file here.
    const auto slash = uri.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    if (const std::string_view host = uri.substr(0, slash); !host.empty() && host != "localhost")
        return std::nullopt;
    uri.remove_prefix(slash);
    std::string path;
    for (std::size_t i = 0; i < uri.size(); ++i) {
        const auto hex = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        if (uri[i] == '%' && i + 2 < uri.size() && hex(uri[i + 1]) >= 0 && hex(uri[i + 2]) >= 0) {
            path += static_cast<char>(hex(uri[i + 1]) * 16 + hex(uri[i + 2]));
            i += 2;
        } else {
            path += uri[i];
        }
    }
    return fs::path(path);
}

DocumentSettings::DocumentSettings(std::ostream& log, model::SentenceSegmenter* segmenter)
    : log_(log), segmenter_(segmenter) {
    std::string problem;
    defaults_ = config::make_effective(config::Settings{}, problem);
    if (!defaults_) throw std::runtime_error("the default settings cannot be used: " + problem);
}

const config::Effective& DocumentSettings::effective_for(const std::optional<fs::path>& file) {
    if (!file) return *defaults_;
    std::error_code ec;
    const fs::file_time_type written = fs::last_write_time(*file, ec);
    auto found = files_.find(*file);
    if (found != files_.end() && !ec && found->second.written == written)
        return found->second.effective ? *found->second.effective : *defaults_;
    Loaded loaded{written, nullptr};
    config::Loaded read = config::load(*file);
    std::string problem = read.error;
    if (read.settings) loaded.effective = config::make_effective(*read.settings, problem);
    if (loaded.effective) {
        told_.erase(*file);
    } else {
        problem += " (the defaults are used until it is fixed)";
        log_ << "citelint lsp: " << problem << '\n';
        if (auto& told = told_[*file]; told != problem) {
            told = problem;
            problems_.push_back(problem);
        }
    }
    const auto& stored = files_.insert_or_assign(*file, std::move(loaded)).first->second;
    return stored.effective ? *stored.effective : *defaults_;
}

std::vector<std::string> DocumentSettings::take_problems() {
    return std::exchange(problems_, {});
}

CheckSettings DocumentSettings::for_uri(std::string_view uri) {
    const std::optional<fs::path> path = path_of_uri(uri);
    const std::optional<fs::path> file =
        path ? config::choose(path->parent_path(), std::nullopt, false) : std::nullopt;
    const config::Effective& effective = effective_for(file);
    CheckSettings settings{effective.selection, effective.model};
    settings.model.today = model::current_utc_date();
    settings.model.segmenter = effective.claims ? segmenter_ : nullptr;
    return settings;
}

} // namespace citelint::lsp
