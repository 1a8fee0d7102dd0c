#include "inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <sstream>

namespace citelint::io {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view wiki_extensions[] = {".wiki", ".wikitext", ".mediawiki", ".mw"};

// Offsets are 32-bit: a document must stay below 4 GiB.
constexpr std::uintmax_t largest_document = std::numeric_limits<std::uint32_t>::max() - 1;

// What a search leaves out unless told otherwise: hidden files and folders (".git", ".svn",
// ".cache") and the packages of a JavaScript project.
const std::vector<std::string> default_exclude{".*", "node_modules"};

// Whether a search below `root` leaves out `p`: a pattern without '/' is matched with the
// file's or folder's name, one with '/' with its path below the root.
bool left_out(const fs::path& p, const fs::path& root, const std::vector<std::string>& exclude) {
    const std::string name = p.filename().string();
    const std::string below = p.lexically_relative(root).generic_string();
    for (const std::string& pattern : exclude) {
        const bool path_pattern = pattern.find('/') != std::string::npos;
        if (fnmatch(pattern.c_str(), path_pattern ? below.c_str() : name.c_str(),
                    path_pattern ? FNM_PATHNAME : 0) == 0)
            return true;
    }
    return false;
}

bool has_wiki_extension(const fs::path& p) {
    const std::string ext = p.extension().string();
    return std::find(std::begin(wiki_extensions), std::end(wiki_extensions), ext) !=
           std::end(wiki_extensions);
}

// A document citelint cannot read as UTF-8 wikitext: say so rather than report noise.
std::string encoding_problem(std::string_view text) {
    if (text.size() >= 2 &&
        ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff')))
        return "the file is UTF-16 (it starts with a UTF-16 byte order mark); citelint reads UTF-8";
    return {};
}

} // namespace

std::vector<Input>
expand_paths(const std::vector<std::string>& paths,
             const std::function<const std::vector<std::string>*(const std::string&)>& exclude) {
    std::vector<Input> inputs;
    for (const std::string& path : paths) {
        if (path == "-") {
            inputs.push_back({path, {}});
            continue;
        }
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            inputs.push_back({path, "no such file or folder"});
            continue;
        }
        if (!fs::is_directory(status)) {
            inputs.push_back({path, {}});
            continue;
        }
        std::vector<std::string> found;
        const std::vector<std::string>& patterns = exclude ? *exclude(path) : default_exclude;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied,
                                            ec),
            end;
        if (ec) {
            inputs.push_back({path, ec.message()});
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) {
                inputs.push_back({it->path().string(), ec.message()});
                break;
            }
            if (left_out(it->path(), path, patterns)) {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec) && has_wiki_extension(it->path()))
                found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        for (auto& f : found)
            inputs.push_back({std::move(f), {}});
    }
    return inputs;
}

std::string searched_for() {
    std::string out;
    for (std::size_t i = 0; i < std::size(wiki_extensions); ++i)
        out += (i == 0                                ? "*"
                : i + 1 == std::size(wiki_extensions) ? " or *"
                                                      : ", *") +
               std::string(wiki_extensions[i]);
    return out + " files";
}

std::string binary_kind(std::string_view text) {
    struct Signature {
        std::string_view bytes;
        std::string_view kind;
    };
    static constexpr Signature signatures[] = {
        {"\x7f"
         "ELF",
         "an ELF executable"},
        {"\x89PNG", "a PNG image"},
        {"\xff\xd8\xff", "a JPEG image"},
        {"GIF87a", "a GIF image"},
        {"GIF89a", "a GIF image"},
        {"%PDF-", "a PDF document"},
        {"PK\x03\x04", "a ZIP archive"},
    };
    for (const Signature& s : signatures)
        if (text.substr(0, s.bytes.size()) == s.bytes) return std::string(s.kind);
    if (text.substr(0, 8192).find('\0') != std::string_view::npos) return "it holds NUL bytes";
    return {};
}

ReadResult read_input(const std::string& path) {
    ReadResult result;
    if (path == "-") {
        std::string text((std::istreambuf_iterator<char>(std::cin)),
                         std::istreambuf_iterator<char>());
        if (std::cin.bad()) {
            result.problem = "cannot read standard input";
            return result;
        }
        return usable_text(std::move(text), "input");
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        result.problem = "is a folder";
        return result;
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        result.problem = std::strerror(errno);
        return result;
    }
    std::string text;
    char buffer[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        text.append(buffer, n);
        if (text.size() > largest_document) {
            std::fclose(file);
            result.problem = "file is larger than 4 GiB";
            return result;
        }
    }
    const bool failed = std::ferror(file) != 0;
    const int error = errno;
    std::fclose(file);
    if (failed) {
        result.problem = std::strerror(error);
        return result;
    }
    return usable_text(std::move(text), "file");
}

ReadResult usable_text(std::string text, std::string_view what) {
    ReadResult result;
    if (text.size() > largest_document) {
        result.problem = std::string(what) + " is larger than 4 GiB";
        return result;
    }
    result.problem = encoding_problem(text);
    if (result.problem.empty()) result.text = std::move(text);
    return result;
}

} // namespace citelint::io
