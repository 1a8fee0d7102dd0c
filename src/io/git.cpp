#include "git.hpp"

#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>

extern char** environ;

namespace citelint::io {

namespace {

struct Run {
    int status = -1; // git's exit status; -1 when it could not be run
    std::string out;
};

// Runs git with `args` in the file's folder, its standard output read, its errors dropped.
Run git(const std::string& path, const std::vector<std::string>& args) {
    Run run;
    const std::filesystem::path file(path);
    const std::string folder =
        file.has_parent_path() ? file.parent_path().string() : std::string(".");
    std::vector<std::string> argv_text{"git", "-C", folder};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_text)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    int out[2];
    if (::pipe(out) != 0) return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (spawned != 0) {
        ::close(out[0]);
        return run;
    }
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        run.out.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(out[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string in_revision(const std::string& path, const std::string& revision) {
    return fmt::format("{}:./{}", revision, std::filesystem::path(path).filename().string());
}

} // namespace

std::string check_revision(const std::string& path, const std::string& revision) {
    if (git(path, {"rev-parse", "--is-inside-work-tree"}).status != 0)
        return "not in a git work tree (or git cannot be run)";
    if (git(path, {"rev-parse", "--verify", "--quiet", revision + "^{commit}"}).status != 0) {
        // The first commit of a repository: its HEAD has no commit yet, and every file is new.
        if (revision == "HEAD" && git(path, {"rev-list", "-n", "1", "--all"}).out.empty())
            return {};
        return fmt::format("git knows no commit '{}' there", revision);
    }
    return {};
}

std::optional<std::string> file_at_revision(const std::string& path, const std::string& revision) {
    const std::string object = in_revision(path, revision);
    if (git(path, {"cat-file", "-e", object}).status != 0) return std::nullopt;
    Run run = git(path, {"cat-file", "blob", object});
    if (run.status != 0) return std::nullopt;
    return std::move(run.out);
}

} // namespace citelint::io
