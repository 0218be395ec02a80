// The report in a real browser: headless Chromium (Debian's chromium package) loads the
// page from a file with the network unused, and its console must show no error. A page
// with a deliberate script error checks that such errors are indeed seen.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "chronicle/render.h"
#include "render_fixtures.h"
#include "test_support.h"

using namespace chronicle;
using namespace chronicle::testing;

namespace {

std::optional<std::filesystem::path> find_chromium() {
  const char* path = std::getenv("PATH");
  if (!path) return std::nullopt;
  const std::string dirs = path;
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    std::size_t start = 0;
    while (start <= dirs.size()) {
      const std::size_t end = std::min(dirs.find(':', start), dirs.size());
      const auto candidate = std::filesystem::path(dirs.substr(start, end - start)) / name;
      if (!candidate.parent_path().empty() && std::filesystem::exists(candidate)) return candidate;
      start = end + 1;
    }
  }
  return std::nullopt;
}

struct PageLoad {
  CommandResult result;
  std::string errors;  // console and page errors Chromium logged
};

// Loads `html` from a file and dumps the DOM after scripts ran. Chromium logs console
// messages to stderr as `...:CONSOLE(line)] "text", source: url (line)`; uncaught
// exceptions and failed loads appear there too.
PageLoad load_page(const std::filesystem::path& chromium, const std::string& html) {
  TempDir dir;
  const auto page = dir.write("report.html", html);
  const auto profile = dir.path() / "profile";
  PageLoad load;
  load.result = run({chromium.string(), "--headless", "--disable-gpu", "--no-sandbox",
                     "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
                     "--user-data-dir=" + profile.string(), "--dump-dom",
                     "file://" + page.string()});
  std::size_t start = 0;
  const std::string& err = load.result.err;
  while (start < err.size()) {
    std::size_t end = err.find('\n', start);
    if (end == std::string::npos) end = err.size();
    const std::string line = err.substr(start, end - start);
    if (line.find("CONSOLE") != std::string::npos || line.find("Uncaught") != std::string::npos ||
        line.find("ERR_FILE_NOT_FOUND") != std::string::npos)
      load.errors += line + "\n";
    start = end + 1;
  }
  return load;
}

}  // namespace

TEST_CASE("render: the report loads in headless Chromium without console errors", "[render][browser]") {
  const auto chromium = find_chromium();
  if (!chromium) {
    WARN("chromium is not installed (scripts/install-deps.sh installs it): skipping the browser test");
    return;
  }
  const EventGraph g = small_story();
  const auto timeline = render_dot(timeline_dot(g), "svg", "neato");
  const auto actors = render_dot(actors_dot(g), "svg", "neato");
  REQUIRE(timeline.ok());
  REQUIRE(actors.ok());
  const PageLoad load = load_page(*chromium, report_html(g, timeline.value(), actors.value()));
  INFO(load.result.err);
  REQUIRE(load.result.exit_code == 0);
  CHECK(load.errors.empty());
  CHECK(load.result.out.find("id=\"events-table\"") != std::string::npos);
  CHECK(load.result.out.find("id=\"timeline\"") != std::string::npos);

  // The control: the same check sees a script error.
  const PageLoad broken =
      load_page(*chromium, "<!DOCTYPE html><html><body><script>no_such_function();</script></body></html>");
  CHECK_FALSE(broken.errors.empty());
}
