// Output files written whole or not at all: a temporary file in the target directory,
// flushed and renamed over the target.
#include "chronicle/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace chronicle {
namespace fs = std::filesystem;

namespace {

Diagnostic io_error(const std::string& path, const std::string& what, int err) {
  Diagnostic d;
  d.code = "output";
  d.file = path;
  d.message = what + ": " + std::strerror(err);
  return d;
}

}  // namespace

Result<bool> write_file_atomic(const std::string& path, std::string_view bytes) {
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(path, "cannot write", errno);
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return io_error(path, "cannot write", err);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return io_error(path, "cannot write", err);
  }
  return true;
}

Result<bool> prepare_output_dir(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return io_error(dir, "cannot create output directory", ec.value());
  if (!fs::is_directory(dir)) return io_error(dir, "not a directory", ENOTDIR);
  if (::access(dir.c_str(), W_OK) != 0) return io_error(dir, "output directory is not writable", errno);
  return true;
}

}  // namespace chronicle
