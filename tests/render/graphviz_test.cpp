// render_dot(): both views to SVG/PNG/PDF in process, Graphviz errors as Diagnostics,
// determinism, and calls from several threads.
#include <catch2/catch.hpp>
#include <future>
#include <string>
#include <vector>

#include "chronicle/render.h"
#include "render_fixtures.h"

using namespace chronicle;
using namespace chronicle::testing;

namespace {

Result<std::string> render_view(const std::string& dot, const char* format) {
  return render_dot(dot, format, layout_engine(dot));
}

bool is_svg(const std::string& text) {
  return text.rfind("<?xml", 0) == 0 && text.find("<svg") != std::string::npos &&
         text.find("</svg>") != std::string::npos;
}

}  // namespace

TEST_CASE("render: render_dot turns both views into SVG", "[render]") {
  const EventGraph g = small_story();
  const std::string timeline = timeline_dot(g), actors = actors_dot(g);
  CHECK(layout_engine(timeline) == "neato");
  CHECK(layout_engine(actors) == "neato");
  for (const std::string& dot : {timeline, actors}) {
    const auto svg = render_view(dot, "svg");
    REQUIRE(svg.ok());
    CHECK(is_svg(svg.value()));
  }
}

TEST_CASE("render: render_dot writes PNG and PDF", "[render]") {
  const std::string dot = timeline_dot(small_story());
  const auto png = render_view(dot, "png");
  REQUIRE(png.ok());
  CHECK(png.value().rfind("\x89PNG", 0) == 0);
  const auto pdf = render_view(dot, "pdf");
  REQUIRE(pdf.ok());
  CHECK(pdf.value().rfind("%PDF", 0) == 0);
}

TEST_CASE("render: the dot format re-emits the laid out graph", "[render]") {
  const auto out = render_view(timeline_dot(small_story()), "dot");
  REQUIRE(out.ok());
  CHECK(out.value().find("graph timeline") != std::string::npos);
  CHECK(out.value().find("pos=") != std::string::npos);
}

TEST_CASE("render: pinned timeline positions come out as written", "[render]") {
  const std::string dot = timeline_dot(small_story());
  const auto nodes = parse_dot_nodes(dot);
  const auto svg = render_view(dot, "svg");
  REQUIRE(svg.ok());
  // The first event marker is a circle centred at its pinned x (SVG flips y).
  const auto [x, y] = pos_of(nodes.at("e0").at("pos"));
  const auto at = svg.value().find("<title>e0</title>");
  REQUIRE(at != std::string::npos);
  const auto cx = svg.value().find("cx=\"", at);
  CHECK(std::stod(svg.value().substr(cx + 4)) == Approx(x).margin(0.01));
  const auto cy = svg.value().find("cy=\"", at);
  CHECK(std::stod(svg.value().substr(cy + 4)) == Approx(-y).margin(0.01));
}

TEST_CASE("render: malformed DOT gives a graphviz diagnostic, not a crash", "[render]") {
  const char* bad[] = {"graph { a -- ; }", "digraph { a -> b [label=\"unterminated] }", "",
                       "not dot at all {{{"};
  for (const char* dot : bad) {
    INFO(dot);
    const auto r = render_dot(dot, "svg", "dot");
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics().empty());
    CHECK(r.diagnostics()[0].code == "graphviz");
    CHECK(r.diagnostics()[0].severity == Severity::error);
    CHECK_FALSE(r.diagnostics()[0].message.empty());
  }
  const auto syntax = render_dot("graph {\n a -- ;\n}", "svg", "dot");
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.diagnostics()[0].message.find("syntax error") != std::string::npos);
  CHECK(syntax.diagnostics()[0].line == 2);
  // The parser recovers: a good graph renders after the bad ones.
  CHECK(render_dot("graph { a -- b }", "svg", "dot").ok());
}

TEST_CASE("render: unknown engines and formats are diagnostics", "[render]") {
  const auto engine = render_dot("graph { a -- b }", "svg", "no-such-engine");
  REQUIRE_FALSE(engine.ok());
  CHECK(engine.diagnostics()[0].code == "graphviz");
  CHECK(engine.diagnostics()[0].message.find("no-such-engine") != std::string::npos);
  const auto format = render_dot("graph { a -- b }", "no-such-format", "dot");
  REQUIRE_FALSE(format.ok());
  CHECK(format.diagnostics()[0].code == "graphviz");
}

TEST_CASE("render: the caller's engine wins over the DOT's layout attribute", "[render]") {
  const auto r = render_dot("graph { layout=\"no-such-engine\"; a -- b }", "svg", "dot");
  CHECK(r.ok());
}

TEST_CASE("render: rendering is deterministic", "[render]") {
  const EventGraph g = synthetic_graph(150);
  for (const std::string& dot : {timeline_dot(g), actors_dot(g)}) {
    for (const char* format : {"svg", "pdf"}) {
      INFO(format);
      const auto a = render_view(dot, format), b = render_view(dot, format);
      REQUIRE(a.ok());
      REQUIRE(b.ok());
      CHECK(a.value() == b.value());
    }
  }
}

TEST_CASE("render: render_dot is safe to call from several threads", "[render]") {
  const std::string dot = timeline_dot(synthetic_graph(80));
  const auto expected = render_view(dot, "svg");
  REQUIRE(expected.ok());
  std::vector<std::future<Result<std::string>>> runs;
  for (int i = 0; i < 4; ++i)
    runs.push_back(std::async(std::launch::async, [&] { return render_view(dot, "svg"); }));
  for (auto& run : runs) {
    const auto r = run.get();
    REQUIRE(r.ok());
    CHECK(r.value() == expected.value());
  }
}
