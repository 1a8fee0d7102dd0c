// A fresh folder of the test process under the system's temporary folder, removed with the
// object: suites running at once on one machine (another checkout's, a sanitizer build's) never
// share one.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <system_error>

namespace citelint::testing {

struct TemporaryFolder {
    std::filesystem::path path;
    explicit TemporaryFolder(const std::string& prefix = "citelint-test") {
        std::random_device random;
        path = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(random()));
        std::filesystem::create_directories(path);
    }
    ~TemporaryFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    void write(const std::filesystem::path& relative, std::string_view text) const {
        std::filesystem::create_directories((path / relative).parent_path());
        std::ofstream(path / relative, std::ios::binary) << text;
    }
};

} // namespace citelint::testing
