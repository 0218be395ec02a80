#include "standard_input.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace chronicle::cli {
namespace {

constexpr std::size_t kBlock = std::size_t{1} << 16;

}  // namespace

bool StandardInput::fill() {
  if (ended_) return false;
  // Consumed bytes go first, so the buffer holds about one line and one block.
  buffer_.erase(0, at_);
  at_ = 0;
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kBlock);
  ssize_t n;
  do {
    n = ::read(STDIN_FILENO, buffer_.data() + old, kBlock);
  } while (n < 0 && errno == EINTR);
  if (n < 0) {
    const int error = errno;
    buffer_.resize(old);
    throw StandardInputError(std::string("stdin: cannot read: ") + std::strerror(error));
  }
  buffer_.resize(old + static_cast<std::size_t>(n));
  ended_ = n == 0;
  return !ended_;
}

bool StandardInput::line(std::string& out) {
  std::size_t searched = at_;
  while (true) {
    const std::size_t newline = buffer_.find('\n', searched);
    if (newline != std::string::npos) {
      out.assign(buffer_, at_, newline - at_);
      at_ = newline + 1;
      return true;
    }
    searched = buffer_.size() - at_;  // offset from at_, which fill() moves to 0
    if (!fill()) break;
  }
  if (at_ == buffer_.size()) return false;
  out.assign(buffer_, at_, std::string::npos);
  at_ = buffer_.size();
  return true;
}

std::string StandardInput::rest() {
  while (fill()) {
  }
  std::string out = buffer_.substr(at_);
  at_ = buffer_.size();
  return out;
}

}  // namespace chronicle::cli
