// Test helpers: paths, temporary directories, running commands without a shell.
#include "test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace chronicle::testing {
namespace fs = std::filesystem;

fs::path source_dir() { return fs::path(CHRONICLE_SOURCE_DIR); }

std::optional<fs::path> shared_dir() {
  if (const char* env = std::getenv("CHRONICLE_SHARED")) {
    if (fs::is_directory(env)) return fs::path(env);
  }
  fs::path p = source_dir().parent_path() / "shared";
  if (fs::is_directory(p)) return p;
  return std::nullopt;
}

fs::path chronicle_binary() { return fs::path(CHRONICLE_BINARY); }

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  fs::path base = fs::temp_directory_path();
  for (int attempt = 0; attempt < 1000; ++attempt) {
    fs::path p = base / ("chronicle-test-" + std::to_string(::getpid()) + "-" +
                         std::to_string(counter++));
    if (fs::create_directory(p)) {
      path_ = p;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& name, const std::string& bytes) const {
  fs::path p = path_ / name;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + p.string());
  return p;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

namespace {

// Moves data between the child's pipes without deadlocking on full buffers.
void pump(int in_fd, const std::string& input, int out_fd, int err_fd, CommandResult& r) {
  std::size_t written = 0;
  if (input.empty()) {
    ::close(in_fd);
    in_fd = -1;
  }
  if (in_fd >= 0) ::fcntl(in_fd, F_SETFL, ::fcntl(in_fd, F_GETFL) | O_NONBLOCK);
  bool out_open = true, err_open = true;
  char buf[65536];
  while (out_open || err_open || in_fd >= 0) {
    pollfd fds[3];
    int n = 0;
    int idx_out = -1, idx_err = -1, idx_in = -1;
    if (out_open) { fds[n] = {out_fd, POLLIN, 0}; idx_out = n++; }
    if (err_open) { fds[n] = {err_fd, POLLIN, 0}; idx_err = n++; }
    if (in_fd >= 0) { fds[n] = {in_fd, POLLOUT, 0}; idx_in = n++; }
    if (::poll(fds, static_cast<nfds_t>(n), -1) < 0) break;
    auto drain = [&](int idx, int fd, std::string& dst, bool& open) {
      if (idx < 0 || !(fds[idx].revents & (POLLIN | POLLHUP | POLLERR))) return;
      ssize_t got = ::read(fd, buf, sizeof buf);
      if (got <= 0) open = false;
      else dst.append(buf, static_cast<std::size_t>(got));
    };
    drain(idx_out, out_fd, r.out, out_open);
    drain(idx_err, err_fd, r.err, err_open);
    if (idx_in >= 0 && (fds[idx_in].revents & (POLLOUT | POLLERR | POLLHUP))) {
      // in_fd does not block: a write takes what the pipe has room for, so the child's
      // output is read while a long input is still being written.
      ssize_t put = ::write(in_fd, input.data() + written, input.size() - written);
      if (put > 0) written += static_cast<std::size_t>(put);
      else if (put < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      else written = input.size();  // the child stopped reading
      if (written >= input.size()) {
        ::close(in_fd);
        in_fd = -1;
      }
    }
  }
}

}  // namespace

CommandResult run(const std::vector<std::string>& argv, const std::string& input) {
  int in[2], out[2], err[2];
  if (::pipe(in) || ::pipe(out) || ::pipe(err)) throw std::runtime_error("pipe failed");
  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) ::close(fd);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  ::signal(SIGPIPE, SIG_IGN);
  CommandResult r;
  pump(in[1], input, out[0], err[0], r);
  ::close(out[0]);
  ::close(err[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

}  // namespace chronicle::testing
