// Ingest of files, directories and standard input: plain text and the seed date marker,
// the checks that refuse unusable input, directory order, and unique ids.
#include "chronicle/ingest.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

using namespace chronicle;
using chronicle::testing::TempDir;

namespace {

Day day(int y, unsigned m, unsigned d) {
  return Day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// The only diagnostic; fails the test when there is not exactly one.
const Diagnostic& only(const Ingested& in) {
  REQUIRE(in.diagnostics.size() == 1);
  return in.diagnostics.front();
}

std::vector<std::string> ids(const Ingested& in) {
  std::vector<std::string> out;
  for (const Document& doc : in.documents) out.push_back(doc.id);
  return out;
}

std::vector<std::string> codes(const Ingested& in) {
  std::vector<std::string> out;
  for (const Diagnostic& d : in.diagnostics) out.push_back(d.code);
  return out;
}

}  // namespace

TEST_CASE("ingest: seed marker gives the document date", "[ingest]") {
  const Ingested in =
      parse_input("dir/000_seed.txt", " date 2021-08-25 Prime Minister Narendra Modi spoke.\n");
  REQUIRE(in.documents.size() == 1);
  const Document& doc = in.documents[0];
  CHECK(doc.id == "000_seed");
  CHECK(doc.dct == day(2021, 8, 25));
  CHECK(doc.text == "Prime Minister Narendra Modi spoke.\n");
  CHECK(doc.source == "dir/000_seed.txt");
  CHECK(in.diagnostics.empty());
}

TEST_CASE("ingest: plain text is kept byte for byte", "[ingest]") {
  const std::string text = "  First line,\r\n\tsecond line \xE2\x80\x9Cquoted\xE2\x80\x9D.\r\n";
  const Ingested in = parse_input("a.txt", text);
  REQUIRE(in.documents.size() == 1);
  CHECK(in.documents[0].text == text);
  CHECK_FALSE(in.documents[0].dct.has_value());
}

TEST_CASE("ingest: a word 'date' that is no marker stays in the text", "[ingest]") {
  const Ingested in = parse_input("a.txt", "date palms grow in 2021-08-25 heat");
  REQUIRE(in.documents.size() == 1);
  CHECK(in.documents[0].text == "date palms grow in 2021-08-25 heat");
  CHECK(codes(in) == std::vector<std::string>{"no-date"});
}

TEST_CASE("ingest: a text without a date warns no-date", "[ingest]") {
  const Ingested in = parse_input("news/story.txt", "Talks resumed on Tuesday.");
  REQUIRE(in.documents.size() == 1);
  const Diagnostic& d = only(in);
  CHECK(d.severity == Severity::warning);
  CHECK(d.code == "no-date");
  CHECK(d.file == "news/story.txt");
  CHECK(d.to_string() ==
        "news/story.txt: warning: no document date; relative dates stay unresolved (use --dct) "
        "[no-date]");
}

TEST_CASE("ingest: an impossible marker date warns bad-date at its place", "[ingest]") {
  const Ingested in = parse_input("a.txt", " date 2021-02-30 Text.");
  REQUIRE(in.documents.size() == 1);
  CHECK_FALSE(in.documents[0].dct.has_value());
  CHECK(in.documents[0].text == "Text.");
  const Diagnostic& d = only(in);
  CHECK(d.code == "bad-date");
  CHECK(d.severity == Severity::warning);
  CHECK(d.offset == 6);
  CHECK(d.line == 1);
  CHECK(d.column == 7);
}

TEST_CASE("ingest: --dct override replaces every date and silences no-date", "[ingest]") {
  IngestOptions options;
  options.dct_override = day(2020, 1, 2);
  const Ingested dated = parse_input("a.txt", " date 2021-08-25 Text.", options);
  const Ingested undated = parse_input("b.txt", "Text.", options);
  REQUIRE(dated.documents.size() == 1);
  REQUIRE(undated.documents.size() == 1);
  CHECK(dated.documents[0].dct == day(2020, 1, 2));
  CHECK(undated.documents[0].dct == day(2020, 1, 2));
  CHECK(undated.diagnostics.empty());
  const Ingested records = parse_input(
      "r.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\", \"date\": \"2019-05-05\"}\n", options);
  REQUIRE(records.documents.size() == 2);
  CHECK(records.documents[1].dct == day(2020, 1, 2));
  CHECK(records.diagnostics.empty());
}

TEST_CASE("ingest: a UTF-8 byte-order mark is dropped from the text", "[ingest]") {
  const Ingested in = parse_input("a.txt", "\xEF\xBB\xBF date 2021-08-25 Text.");
  REQUIRE(in.documents.size() == 1);
  CHECK(in.documents[0].text == "Text.");
  CHECK(in.documents[0].dct == day(2021, 8, 25));
  const Ingested plain = parse_input("b.txt", "\xEF\xBB\xBFHello");
  REQUIRE(plain.documents.size() == 1);
  CHECK(plain.documents[0].text == "Hello");
}

TEST_CASE("ingest: an empty or blank input is refused", "[ingest]") {
  for (const std::string bytes : {"", "  \n\t\r\n", "\xEF\xBB\xBF\n"}) {
    const Ingested in = parse_input("empty.txt", bytes);
    CHECK(in.documents.empty());
    const Diagnostic& d = only(in);
    CHECK(d.code == "empty");
    CHECK(d.severity == Severity::error);
    CHECK(d.to_string() == "empty.txt: error: empty input [empty]");
  }
}

TEST_CASE("ingest: a binary input is refused with the offset of its first NUL", "[ingest]") {
  const Ingested in = parse_input("photo.jpg", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  CHECK(in.documents.empty());
  const Diagnostic& d = only(in);
  CHECK(d.code == "binary");
  CHECK(d.offset == 8);
  const Ingested utf16 = parse_input("u16.txt", std::string("\xFF\xFEh\0i\0", 6));
  CHECK(only(utf16).code == "binary");
  CHECK(only(utf16).message.find("UTF-16") != std::string::npos);
}

TEST_CASE("ingest: mostly control characters count as binary", "[ingest]") {
  const Ingested in = parse_input("x.bin", "ab\x01\x02\x03\x04\x05\x06");
  CHECK(in.documents.empty());
  CHECK(only(in).code == "binary");
  CHECK(only(in).offset == 2);
  // A few control characters in real text are tolerated.
  CHECK(parse_input("y.txt",
                    "An ordinary line\x0c with a form feed and an \x1b"
                    "[1m escape.")
            .documents.size() == 1);
}

TEST_CASE("ingest: invalid UTF-8 is refused with its offset, line and column", "[ingest]") {
  const Ingested in = parse_input("latin1.txt", "ab\ncd\xC3\xA9\xE9t\xE9");  // é then Latin-1 é
  CHECK(in.documents.empty());
  const Diagnostic& d = only(in);
  CHECK(d.code == "invalid-utf8");
  CHECK(d.severity == Severity::error);
  CHECK(d.offset == 7);
  CHECK(d.line == 2);
  CHECK(d.column == 4);
  CHECK(d.message.find("0xE9") != std::string::npos);
  // With a BOM the offset still counts file bytes.
  const Ingested bom = parse_input("bom.txt", "\xEF\xBB\xBFok\xFF");
  CHECK(only(bom).offset == 5);
  CHECK(only(bom).column == 3);
}

TEST_CASE("ingest: an input over the size limit is refused", "[ingest]") {
  TempDir dir;
  const auto path = dir.write("big.txt", std::string(2000, 'a'));
  IngestOptions options;
  options.max_file_bytes = 1000;
  const Ingested in = read_inputs({path.string()}, options);
  CHECK(in.documents.empty());
  CHECK(only(in).code == "too-large");
  CHECK(only(in).file == path.string());
  CHECK(parse_input("big.txt", std::string(2000, 'a'), options).diagnostics.front().code ==
        "too-large");
}

TEST_CASE("ingest: a missing input names the path", "[ingest]") {
  TempDir dir;
  const std::string path = (dir.path() / "nope.txt").string();
  const Ingested in = read_inputs({path});
  CHECK(in.documents.empty());
  const Diagnostic& d = only(in);
  CHECK(d.code == "missing-input");
  CHECK(d.severity == Severity::error);
  CHECK(d.file == path);
  CHECK(d.message == "cannot read " + path + ": No such file or directory");
}

TEST_CASE("ingest: an unreadable file reports the system's reason", "[ingest]") {
  if (::geteuid() == 0) {
    WARN("skipped: running as root, which can read any file");
    return;
  }
  TempDir dir;
  const auto path = dir.write("secret.txt", "text");
  std::filesystem::permissions(path, std::filesystem::perms::none);
  const Ingested in = read_inputs({path.string()});
  CHECK(only(in).code == "unreadable");
  CHECK(only(in).message == "cannot read " + path.string() + ": Permission denied");
}

TEST_CASE("ingest: directories are read recursively in byte order of relative paths", "[ingest]") {
  TempDir dir;
  dir.write("b.txt", " date 2021-01-02 B");
  dir.write("a/z.txt", " date 2021-01-02 AZ");
  dir.write("a.txt", " date 2021-01-02 A");
  dir.write("B.txt", " date 2021-01-02 capital B");
  dir.write("a/b/c.txt", " date 2021-01-02 ABC");
  const Ingested in = read_inputs({dir.path().string()});
  // '.' (0x2E) < '/' (0x2F), and 'B' < 'a': byte order, not locale order.
  CHECK(ids(in) == std::vector<std::string>{"B", "a", "c", "z", "b"});
  REQUIRE(in.documents.size() == 5);
  CHECK(in.documents[2].source == (dir.path() / "a/b/c.txt").string());
  CHECK(in.diagnostics.empty());
}

TEST_CASE("ingest: hidden files and directories are skipped", "[ingest]") {
  TempDir dir;
  dir.write("story.txt", " date 2021-01-02 Seen.");
  dir.write(".hidden.txt", " date 2021-01-02 Hidden.");
  dir.write(".git/objects/x.txt", " date 2021-01-02 Hidden too.");
  const Ingested in = read_inputs({dir.path().string()});
  CHECK(ids(in) == std::vector<std::string>{"story"});
}

TEST_CASE("ingest: a directory with no usable file is an error", "[ingest]") {
  SECTION("empty") {
    TempDir dir;
    const Ingested in = read_inputs({dir.path().string()});
    CHECK(only(in).code == "empty-directory");
    CHECK(only(in).file == dir.path().string());
    CHECK(only(in).message.find(dir.path().string()) != std::string::npos);
  }
  SECTION("only hidden files") {
    TempDir dir;
    dir.write(".DS_Store", "x");
    CHECK(only(read_inputs({dir.path().string()})).code == "empty-directory");
  }
  SECTION("only empty files: each is named, then the directory") {
    TempDir dir;
    dir.write("a.txt", "");
    dir.write("b.txt", "\n");
    const Ingested in = read_inputs({dir.path().string()});
    CHECK(codes(in) == std::vector<std::string>{"empty", "empty", "empty-directory"});
    CHECK(in.diagnostics[0].file == (dir.path() / "a.txt").string());
  }
}

TEST_CASE("ingest: diagnostics come in input order", "[ingest]") {
  TempDir dir;
  const auto good = dir.write("good.txt", " date 2021-01-02 Fine.");
  const auto undated = dir.write("undated.txt", "No date.");
  const auto empty = dir.write("empty.txt", "");
  const std::string missing = (dir.path() / "missing.txt").string();
  const Ingested in = read_inputs({empty.string(), good.string(), missing, undated.string()});
  CHECK(codes(in) == std::vector<std::string>{"empty", "missing-input", "no-date"});
  CHECK(ids(in) == std::vector<std::string>{"good", "undated"});
}

TEST_CASE("ingest: repeated ids get ~2, ~3 in reading order", "[ingest]") {
  TempDir dir;
  dir.write("one/story.txt", " date 2021-01-02 First.");
  dir.write("two/story.txt", " date 2021-01-02 Second.");
  dir.write("three/story.json", R"({"id": "story~2", "text": "Third.", "date": "2021-01-02"})");
  dir.write("four/story.txt", " date 2021-01-02 Fourth.");
  const Ingested in = read_inputs({dir.path().string()});
  // Byte order: four/ one/ three/ two/.
  CHECK(ids(in) == std::vector<std::string>{"story", "story~2", "story~2~2", "story~3"});
  const Ingested again = read_inputs({dir.path().string()});
  CHECK(ids(again) == ids(in));
}

TEST_CASE("ingest: '-' reads standard input as 'stdin'", "[ingest]") {
  TempDir dir;
  const auto path = dir.write("input.txt", " date 2021-08-24 From a pipe.");
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  const Ingested in = read_inputs({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  REQUIRE(in.documents.size() == 1);
  CHECK(in.documents[0].id == "stdin");
  CHECK(in.documents[0].source == "stdin");
  CHECK(in.documents[0].text == "From a pipe.");
}

TEST_CASE("ingest: formats are recognised by content, extensions as hints", "[ingest]") {
  struct Case {
    const char* name;
    const char* bytes;
    std::size_t documents;
    const char* first_text;
  };
  const Case cases[] = {
      {"a.txt", "[Reuters] Markets fell.", 1, "[Reuters] Markets fell."},
      {"a", "[{\"text\": \"x\"}, {\"text\": \"y\"}]", 2, "x"},
      {"a", "  {\"text\": \"x\"}", 1, "x"},
      {"a", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n", 2, "x"},
      {"a.txt", "{\"text\": \"x\"}\n\n{\"text\": \"y\"}", 2, "x"},
      {"a.json", "{\n  \"text\": \"x\",\n  \"meta\": {\"k\": 1}\n}\n", 1, "x"},
      {"a.jsonl", "{\"text\": \"x\"}", 1, "x"},
      {"a", "<TimeML><DOCID>d</DOCID><TEXT>x</TEXT></TimeML>", 1, "x"},
      {"a.tml", "<doc><TEXT>x &amp; y</TEXT></doc>", 1, "x & y"},
      {"a", "<p>Not TimeML</p>", 1, "<p>Not TimeML</p>"},
      {"a", "{curly} braces open this article.", 1, "{curly} braces open this article."},
  };
  for (const Case& c : cases) {
    INFO(c.name << ": " << c.bytes);
    const Ingested in = parse_input(c.name, c.bytes);
    REQUIRE(in.documents.size() == c.documents);
    CHECK(in.documents[0].text == c.first_text);
  }
}

TEST_CASE("ingest: InputReader step by step gives what read_inputs gives", "[ingest]") {
  TempDir dir;
  dir.write("a.txt", " date 2021-08-25 Modi spoke.\n");
  dir.write("feed.jsonl", R"({"id": "a", "date": "2021-08-26", "text": "Putin spoke."})"
                          "\n"
                          R"({"id": "a", "text": "Undated."})"
                          "\n");
  std::filesystem::create_directories(dir.path() / "sub" / "empty");
  dir.write("sub/a.txt", " date 2021-08-27 Modi spoke again.\n");
  dir.write("sub/bad.txt", std::string("x\0y", 3));
  const std::vector<std::string> inputs = {
      (dir.path() / "a.txt").string(), (dir.path() / "missing.txt").string(),
      (dir.path() / "sub").string(), (dir.path() / "sub" / "empty").string(),
      (dir.path() / "feed.jsonl").string()};
  const Ingested whole = read_inputs(inputs);
  InputReader reader(inputs);
  Ingested steps;
  std::size_t count = 0;
  while (reader.next(steps)) ++count;
  CHECK(count >= inputs.size());
  CHECK(!reader.next(steps));
  CHECK(ids(steps) == ids(whole));
  CHECK(ids(steps) == std::vector<std::string>{"a", "a~2", "a~3", "a~2~2"});
  CHECK(codes(steps) == codes(whole));
  REQUIRE(steps.documents.size() == whole.documents.size());
  for (std::size_t i = 0; i < whole.documents.size(); ++i) {
    CHECK(steps.documents[i].text == whole.documents[i].text);
    CHECK(steps.documents[i].source == whole.documents[i].source);
    CHECK(steps.documents[i].dct == whole.documents[i].dct);
  }
  for (std::size_t i = 0; i < whole.diagnostics.size(); ++i)
    CHECK(steps.diagnostics[i].to_string() == whole.diagnostics[i].to_string());
}
