// Every output, byte-identical on repeat: each view in every format Graphviz writes
// (PDF creation dates are fixed by render_dot), the exports and the report.
#include <catch2/catch.hpp>
#include <string>

#include "chronicle/json.h"
#include "chronicle/render.h"
#include "render_fixtures.h"

using namespace chronicle;
using namespace chronicle::testing;

TEST_CASE("render: every view is byte-identical in svg, png, pdf and dot", "[render]") {
  const EventGraph g = synthetic_graph(30);
  const std::string dots[] = {timeline_dot(g), actors_dot(g), events_dot(g)};
  for (const std::string& dot : dots) {
    for (const char* format : {"svg", "png", "pdf", "dot"}) {
      INFO(format << " of " << dot.substr(0, 20));
      auto a = render_dot(dot, format, layout_engine(dot));
      auto b = render_dot(dot, format, layout_engine(dot));
      REQUIRE(a.ok());
      REQUIRE(b.ok());
      CHECK(a.value().size() > 100);
      CHECK(a.value() == b.value());
    }
  }
}

TEST_CASE("render: a PDF carries no creation time", "[render]") {
  auto pdf = render_dot(timeline_dot(small_story()), "pdf", "neato");
  REQUIRE(pdf.ok());
  const auto at = pdf.value().find("/CreationDate (D:");
  if (at != std::string::npos) CHECK(pdf.value().substr(at + 17, 14) == "20000101000000");
}

TEST_CASE("render: exports and the report are byte-identical on repeat", "[render]") {
  const EventGraph g = synthetic_graph(80);
  CHECK(to_json(g) == to_json(g));
  CHECK(to_graphml(g) == to_graphml(g));
  CHECK(to_csv(g) == to_csv(g));
  CHECK(to_timelinejs(g, "t") == to_timelinejs(g, "t"));
  CHECK(report_html(g, "<svg/>", "<svg/>") == report_html(g, "<svg/>", "<svg/>"));
}
