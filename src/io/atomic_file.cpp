#include "atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace citelint::io {

std::string write_file_atomically(const std::string& path, std::string_view text) {
    // The same folder as the target, so that rename() stays on one file system.
    std::string temporary = path + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return fmt::format("cannot create a temporary file beside it: {}", std::strerror(errno));
    std::string problem;
    for (std::size_t written = 0; written < text.size() && problem.empty();) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            problem = fmt::format("cannot write: {}", std::strerror(errno));
        else
            written += static_cast<std::size_t>(n);
    }
    // mkstemp makes the file 0600: keep the mode of the file replaced, or make it an ordinary
    // readable file.
    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? existing.st_mode & 07777 : 0644;
    if (problem.empty() && ::fchmod(fd, mode) != 0)
        problem = fmt::format("cannot set its permissions: {}", std::strerror(errno));
    if (problem.empty() && ::fsync(fd) != 0)
        problem = fmt::format("cannot write: {}", std::strerror(errno));
    if (::close(fd) != 0 && problem.empty())
        problem = fmt::format("cannot write: {}", std::strerror(errno));
    if (problem.empty() && std::rename(temporary.c_str(), path.c_str()) != 0)
        problem = fmt::format("cannot replace it: {}", std::strerror(errno));
    if (!problem.empty()) ::unlink(temporary.c_str());
    return problem;
}

} // namespace citelint::io
