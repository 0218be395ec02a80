// Ingest's entry points: refuse what is not usable text (empty, binary, not UTF-8),
// hand the rest to the reader of its format (the table in ingest/input_format.cpp), walk
// inputs in a stable order, and make document ids unique: a repeated id gets "~2",
// "~3", ... in reading order.
#include "chronicle/ingest.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "ingest/input_files.h"
#include "ingest/input_format.h"
#include "ingest/source_file.h"

namespace chronicle {
namespace {

using detail::SourceFile;

constexpr std::size_t kSniffBytes = 8192;  // how much is looked at to call a file binary
constexpr std::size_t kMaxControlPercent = 30;

bool is_control(unsigned char c) {
  return (c < 0x20 && !detail::is_space(static_cast<char>(c))) || c == 0x7F;
}

std::optional<Diagnostic> check_binary(const SourceFile& source) {
  const std::string_view head = source.content().substr(0, kSniffBytes);
  const std::size_t base = source.content_begin();
  if (const std::size_t nul = head.find('\0'); nul != std::string_view::npos) {
    const bool utf16 = source.bytes.starts_with("\xFF\xFE") || source.bytes.starts_with("\xFE\xFF");
    Diagnostic d = source.report(Severity::error, "binary",
                                 std::string("binary data: a NUL byte") +
                                     (utf16 ? " (UTF-16? convert it to UTF-8)" : "") + "; refused");
    d.offset = static_cast<long long>(base + nul);
    return d;
  }
  const auto control = [](char c) { return is_control(static_cast<unsigned char>(c)); };
  const auto count = static_cast<std::size_t>(std::count_if(head.begin(), head.end(), control));
  if (count * 100 <= head.size() * kMaxControlPercent) return std::nullopt;
  Diagnostic d = source.report(Severity::error, "binary",
                               "binary data: " + std::to_string(count * 100 / head.size()) +
                                   "% control characters; refused");
  d.offset = static_cast<long long>(
      base + (std::find_if(head.begin(), head.end(), control) - head.begin()));
  return d;
}

std::optional<Diagnostic> check_utf8(const SourceFile& source) {
  const auto bad = find_invalid_utf8(source.bytes);
  if (!bad) return std::nullopt;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(source.bytes[*bad]));
  // Offsets at or after the BOM; the BOM itself is valid UTF-8, so *bad is past it.
  return source.report_at(
      Severity::error, "invalid-utf8",
      "invalid UTF-8: byte " + std::string(byte) + " at offset " + std::to_string(*bad) +
          " starts no valid sequence; the file is refused (convert it to UTF-8)",
      *bad - source.content_begin());
}

// Why `source` cannot be read as text at all, if it cannot.
std::optional<Diagnostic> check_content(const SourceFile& source) {
  if (source.bytes.size() > source.options.max_file_bytes) {
    return source.report(Severity::error, "too-large",
                         "larger than the limit of " +
                             std::to_string(source.options.max_file_bytes) + " bytes; refused");
  }
  const std::string_view content = source.content();
  if (std::all_of(content.begin(), content.end(), detail::is_space)) {
    return source.report(Severity::error, "empty", "empty input");
  }
  if (auto binary = check_binary(source)) return binary;
  return check_utf8(source);
}

// The first document keeps its id; a later one with the same id gets the first free
// "ID~N" for N = 2, 3, ... So ids depend only on the order documents are read in, and
// giving them in one pass or in several (file by file) gives the same ids.
class UniqueIds {
 public:
  void assign(std::vector<Document>& documents) {
    for (Document& doc : documents) assign(doc.id);
  }

 private:
  void assign(std::string& id) {
    if (id.empty()) id = "document";
    if (taken_.insert(id).second) return;
    int& suffix = next_suffix_.try_emplace(id, 2).first->second;
    std::string candidate;
    do {
      candidate = id + "~" + std::to_string(suffix++);
    } while (!taken_.insert(candidate).second);
    id = std::move(candidate);
  }

  std::unordered_set<std::string> taken_;
  std::unordered_map<std::string, int> next_suffix_;
};

void make_ids_unique(std::vector<Document>& documents) { UniqueIds().assign(documents); }

void append(Ingested& out, Ingested&& more) {
  std::move(more.documents.begin(), more.documents.end(), std::back_inserter(out.documents));
  std::move(more.diagnostics.begin(), more.diagnostics.end(), std::back_inserter(out.diagnostics));
  std::move(more.imported.begin(), more.imported.end(), std::back_inserter(out.imported));
}

void read_named(const std::string& name, Result<std::string> bytes, const IngestOptions& options,
                Ingested& out) {
  if (!bytes.ok()) {
    out.diagnostics.insert(out.diagnostics.end(), bytes.diagnostics().begin(),
                           bytes.diagnostics().end());
    return;
  }
  append(out, parse_input(name, bytes.value(), options));
}

Diagnostic empty_directory(const std::string& dir, std::size_t files) {
  Diagnostic d;
  d.code = "empty-directory";
  d.file = dir;
  d.message = files == 0
                  ? "no input files in " + dir + " (hidden files are skipped)"
                  : "none of the " + std::to_string(files) + " files in " + dir + " could be used";
  return d;
}

}  // namespace

Ingested parse_input(std::string_view name, std::string_view bytes, const IngestOptions& options) {
  Ingested out;
  const SourceFile source{name, bytes, options};
  if (auto problem = check_content(source)) {
    out.diagnostics.push_back(std::move(*problem));
    return out;
  }
  detail::detect_input_format(source).read(source, out);
  if (options.dct_override) {
    for (Document& doc : out.documents) doc.dct = options.dct_override;
  }
  make_ids_unique(out.documents);
  return out;
}

// A directory being read: its files in order, and whether any gave something.
struct OpenDirectory {
  std::string path;
  std::vector<std::string> files;
  std::size_t next = 0;
  bool used = false;
};

struct InputReader::State {
  std::vector<std::string> inputs;
  IngestOptions options;
  std::size_t next_input = 0;
  std::optional<OpenDirectory> directory;
  UniqueIds ids;
};

InputReader::InputReader(std::vector<std::string> inputs, IngestOptions options)
    : state_(std::make_unique<State>()) {
  state_->inputs = std::move(inputs);
  state_->options = std::move(options);
}

InputReader::~InputReader() = default;
InputReader::InputReader(InputReader&&) noexcept = default;
InputReader& InputReader::operator=(InputReader&&) noexcept = default;

bool InputReader::next(Ingested& out) {
  State& s = *state_;
  Ingested one;
  if (s.directory && s.directory->next < s.directory->files.size()) {
    OpenDirectory& dir = *s.directory;
    const std::string path = (std::filesystem::path(dir.path) / dir.files[dir.next++]).string();
    read_named(path, detail::read_file_bytes(path, s.options.max_file_bytes), s.options, one);
    dir.used |= !one.documents.empty() || !one.imported.empty();
  } else if (s.directory) {
    if (!s.directory->used)
      one.diagnostics.push_back(empty_directory(s.directory->path, s.directory->files.size()));
    s.directory.reset();
  } else if (s.next_input < s.inputs.size()) {
    const std::string& input = s.inputs[s.next_input++];
    std::error_code ec;
    if (input == "-") {
      read_named("stdin", detail::read_stdin_bytes(s.options.max_file_bytes), s.options, one);
    } else if (std::filesystem::is_directory(input, ec)) {
      s.directory = OpenDirectory{input, detail::list_directory(input, one.diagnostics)};
    } else {
      read_named(input, detail::read_file_bytes(input, s.options.max_file_bytes), s.options, one);
    }
  } else {
    return false;
  }
  s.ids.assign(one.documents);
  append(out, std::move(one));
  return true;
}

Ingested read_inputs(const std::vector<std::string>& inputs, const IngestOptions& options) {
  Ingested out;
  InputReader reader(inputs, options);
  while (reader.next(out)) {
  }
  return out;
}

}  // namespace chronicle
