// The timeline as DOT for neato (or `neato -n2`, or nop2): every node is pinned in points
// (inputscale=72) where timeline_layout put it, so Graphviz only draws. Lines (axis, ticks, grid)
// are edges between invisible pinned points, drawn first so markers and labels sit on top.
#include <string>
#include <tuple>

#include "chronicle/render.h"
#include "dot_writer.h"
#include "escape.h"
#include "event_text.h"
#include "text_width.h"
#include "timeline_layout.h"

namespace chronicle {
namespace {

using detail::DotAttrs;
using detail::TimelineLayout;
using S = detail::TimelineStyle;

struct ClassColours {
  const char* fill;
  const char* stroke;
};

ClassColours colours(EventClass c) {
  switch (c) {
    case EventClass::cooperation:
      return {"#59a14f", "#3b7a34"};
    case EventClass::conflict:
      return {"#e15759", "#a8282a"};
    default:
      return {"#9aa0a6", "#62676c"};
  }
}

bool is_uncertain(Factuality f) {
  return f == Factuality::future || f == Factuality::hypothetical || f == Factuality::negated;
}

// Writes nodes and edges in the layout's y-down coordinates, flipped for Graphviz.
class Writer {
 public:
  explicit Writer(const TimelineLayout& layout) : height_(layout.height) {}
  double y(double y_down) const { return height_ - y_down; }
  std::string& out() { return out_; }

  void node(const std::string& name, DotAttrs attrs) { out_ += detail::dot_node(name, attrs); }

  // A label whose left edge is at `x_left`, vertically centred on `y_down`.
  void text(const std::string& name, const std::string& label, double x_left, double y_down,
            double font_size, DotAttrs attrs = {}) {
    const double w = detail::text_width(label, font_size);
    attrs.pin(x_left + w / 2, y(y_down)).left_label(label);
    plaintext(name, w, font_size, std::move(attrs));
  }

  // A label centred on (x, y_down).
  void centred_text(const std::string& name, const std::string& label, double x, double y_down,
                    double font_size, DotAttrs attrs = {}) {
    attrs.pin(x, y(y_down)).set("label", label);
    plaintext(name, detail::text_width(label, font_size), font_size, std::move(attrs));
  }

  void plaintext(const std::string& name, double w, double font_size, DotAttrs attrs) {
    attrs.set("shape", "plaintext")
        .num("width", w / 72, 3)
        .num("height", (font_size + 4) / 72, 3)
        .num("fontsize", font_size, 1);
    node(name, std::move(attrs));
  }

  // A straight line between two invisible pinned points.
  void line(const std::string& name, double x0, double y0, double x1, double y1, const char* colour,
            double width = 1) {
    for (int end = 0; end < 2; ++end) {
      DotAttrs a;
      a.pin(end ? x1 : x0, y(end ? y1 : y0))
          .set("shape", "point")
          .set("style", "invis")
          .set("width", "0.01");
      node(name + (end ? "_b" : "_a"), std::move(a));
    }
    DotAttrs e;
    e.set("color", colour).num("penwidth", width, 1);
    out_ += detail::dot_edge(name + "_a", name + "_b", e);
  }

  // A filled box spanning [x0, x1] x [y0, y1] (y-down).
  void box(const std::string& name, double x0, double y0, double x1, double y1, DotAttrs attrs) {
    attrs.pin((x0 + x1) / 2, y((y0 + y1) / 2))
        .set("shape", "box")
        .set("label", "")
        .num("width", (x1 - x0) / 72, 3)
        .num("height", (y1 - y0) / 72, 3);
    node(name, std::move(attrs));
  }

 private:
  double height_;
  std::string out_;
};

void write_header(Writer& w, const TimelineLayout& layout) {
  w.out() += "graph timeline {\n";
  w.out() +=
      "  graph [layout=\"neato\", inputscale=\"72\", splines=\"false\", "
      "overlap=\"true\", outputorder=\"edgesfirst\", id=\"timeline\", bgcolor=\"white\", "
      "pad=\"0.1\", fontname=\"Helvetica\"";
  if (!layout.title.empty()) w.out() += ", tooltip=" + detail::dot_quote(layout.title);
  w.out() += "];\n";
  w.out() +=
      "  node [fontname=\"Helvetica\", fontsize=\"10\", fixedsize=\"true\", margin=\"0\", "
      "fontcolor=\"#222222\"];\n";
  w.out() += "  edge [dir=\"none\"];\n";
  // Invisible corners: the bounding box starts at the origin, so the translation Graphviz
  // applies to every layout is zero and pinned positions come out exactly as written.
  for (const auto& [name, x, y] :
       {std::tuple{"origin", 0.0, 0.0}, {"extent", layout.width, layout.height}}) {
    DotAttrs a;
    a.pin(x, y).set("shape", "point").set("style", "invis").set("width", "0").set("height", "0");
    w.node(name, std::move(a));
  }
}

void write_lanes(Writer& w, const TimelineLayout& layout) {
  auto lane = [&](const detail::Lane& l, const std::string& name, bool shaded) {
    DotAttrs band;
    band.set("style", "filled")
        .set("fillcolor", shaded ? "#00000009" : "#00000000")
        .set("penwidth", "0");
    w.box(name, S::kMargin, l.top, layout.width - S::kMargin, l.top + l.height, std::move(band));
    DotAttrs title;
    title.set("fontcolor", "#333333");
    w.text(name + "_title", l.title, layout.lane_title_x, l.top + S::kLanePad + S::kRowHeight / 2,
           S::kLaneFontSize, std::move(title));
  };
  for (std::size_t i = 0; i < layout.lanes.size(); ++i)
    lane(layout.lanes[i], "lane" + std::to_string(i), i % 2 == 0);
  if (layout.undated) lane(*layout.undated, "undated", true);
}

void write_axis(Writer& w, const TimelineLayout& layout) {
  if (!layout.axis) return;
  const auto& axis = *layout.axis;
  w.line("axis", axis.left(), layout.axis_y, axis.right(), layout.axis_y, "#555555");
  for (std::size_t i = 0; i < layout.ticks.size(); ++i) {
    const auto& t = layout.ticks[i];
    const std::string name = "tick" + std::to_string(i);
    w.line(name + "_grid", t.x, layout.axis_y, t.x, layout.lanes_bottom, "#dddddd", 0.8);
    w.line(name + "_mark", t.x, layout.axis_y - 4, t.x, layout.axis_y, "#555555");
    DotAttrs label;
    label.set("fontcolor", "#555555");
    w.centred_text(name, t.label, t.x, layout.tick_label_y, S::kTickFontSize, std::move(label));
  }
  if (layout.bottom_axis_y) {
    w.line("axis_bottom", axis.left(), *layout.bottom_axis_y, axis.right(), *layout.bottom_axis_y,
           "#555555");
    for (std::size_t i = 0; i < layout.ticks.size(); ++i) {
      const auto& t = layout.ticks[i];
      DotAttrs label;
      label.set("fontcolor", "#555555");
      w.centred_text("tick" + std::to_string(i) + "_bottom", t.label, t.x,
                     layout.bottom_tick_label_y, S::kTickFontSize, std::move(label));
    }
  }
  for (std::size_t i = 0; i < axis.breaks().size(); ++i) {
    const auto& b = axis.breaks()[i];
    const std::string name = "break" + std::to_string(i);
    const std::string gap =
        "no events from " + format_day(Day{std::chrono::sys_days{std::chrono::days{b.first_day}}}) +
        " to " + format_day(Day{std::chrono::sys_days{std::chrono::days{b.end_day - 1}}});
    DotAttrs band;
    band.set("style", "filled,dashed")
        .set("fillcolor", "#fafafa")
        .set("color", "#c8c8c8")
        .set("tooltip", gap);
    w.box(name, b.x0, layout.axis_y, b.x1, layout.lanes_bottom, std::move(band));
    DotAttrs mark;
    mark.set("style", "filled").set("fillcolor", "white").set("color", "white").set("tooltip", gap);
    w.centred_text(name + "_mark", "\xE2\x89\x88", (b.x0 + b.x1) / 2, layout.axis_y, 14,
                   std::move(mark));
  }
}

// The marker's shape, size and colours; shared with the legend.
DotAttrs marker_style(EventClass cls, bool span, bool uncertain, double width) {
  const ClassColours c = colours(cls);
  DotAttrs a;
  a.set("shape", span ? "box" : "circle")
      .num("width", width / 72, 3)
      .num("height", (span ? S::kSpanHeight : S::kMarker) / 72, 3)
      .set("label", "")
      .set("style", uncertain ? "filled,dashed" : "filled")
      .set("fillcolor", uncertain ? "#ffffff"
                        : span    ? std::string(c.fill) + "60"
                                  : c.fill)
      .set("color", c.stroke)
      .set("penwidth", uncertain ? "1.4" : "1");
  return a;
}

// The tooltip of an aggregated marker: the period, the counts by class, the first events.
std::string aggregate_tooltip(const EventGraph& graph, const detail::PlacedEvent& p,
                              const detail::GraphIndex& index) {
  constexpr std::size_t kListed = 12;
  int counts[3] = {0, 0, 0};
  for (std::size_t i : p.members) ++counts[static_cast<int>(graph.events[i].event_class)];
  std::string tip = (p.period.empty() ? std::string() : p.period + ": ") + p.label + "\n" +
                    std::to_string(counts[0]) + " cooperation, " + std::to_string(counts[1]) +
                    " conflict, " + std::to_string(counts[2]) + " neutral";
  for (std::size_t k = 0; k < p.members.size() && k < kListed; ++k) {
    const Event& e = graph.events[p.members[k]];
    tip += "\n" + detail::event_date_text(e) + ": " + detail::event_label(e, index);
  }
  if (p.members.size() > kListed) tip += "\n(" + std::to_string(p.members.size() - kListed) + " more)";
  return tip;
}

void write_aggregate(Writer& w, const EventGraph& graph, const detail::PlacedEvent& p,
                     const detail::GraphIndex& index) {
  const std::string name = "e" + std::to_string(p.event);
  const std::string tooltip = aggregate_tooltip(graph, p, index);
  DotAttrs marker = marker_style(p.aggregate_class, true, false, p.x1 - p.x0);
  marker.pin((p.x0 + p.x1) / 2, w.y(p.y))
      .set("class", std::string("aggregate ") + to_string(p.aggregate_class))
      .set("tooltip", tooltip);
  w.node(name, std::move(marker));
  DotAttrs label;
  label.set("tooltip", tooltip);
  w.text(name + "_label", p.label, p.label_x - p.label_width / 2, p.y, S::kFontSize,
         std::move(label));
}

void write_event(Writer& w, const EventGraph& graph, const detail::PlacedEvent& p,
                 const detail::GraphIndex& index) {
  if (!p.members.empty()) return write_aggregate(w, graph, p, index);
  const Event& e = graph.events[p.event];
  const std::string name = "e" + std::to_string(p.event);
  const std::string tooltip = detail::event_tooltip(e);
  const std::string url = detail::event_url(e, index);
  auto link = [&](DotAttrs& a) {
    a.set("tooltip", tooltip);
    if (!url.empty()) a.set("URL", url).set("target", "_blank");
  };
  DotAttrs marker = marker_style(e.event_class, p.span, is_uncertain(e.factuality), p.x1 - p.x0);
  marker.pin((p.x0 + p.x1) / 2, w.y(p.y))
      .set("class", std::string("event ") + to_string(e.event_class));
  link(marker);
  w.node(name, std::move(marker));
  DotAttrs label;
  link(label);
  w.text(name + "_label", p.label, p.label_x - p.label_width / 2, p.y, S::kFontSize,
         std::move(label));
}

void write_legend(Writer& w, const TimelineLayout& layout) {
  struct Item {
    EventClass cls;
    bool span, uncertain;
    const char* text;
  };
  const Item items[] = {{EventClass::cooperation, false, false, "cooperation"},
                        {EventClass::conflict, false, false, "conflict"},
                        {EventClass::neutral, false, false, "neutral"},
                        {EventClass::neutral, true, false, "week, month or longer"},
                        {EventClass::neutral, false, true, "future, hypothetical or negated"}};
  double x = layout.legend_x;
  for (std::size_t i = 0; i < std::size(items); ++i) {
    const std::string name = "legend" + std::to_string(i);
    const double mw = items[i].span ? 20 : S::kMarker;
    DotAttrs m = marker_style(items[i].cls, items[i].span, items[i].uncertain, mw);
    m.pin(x + mw / 2, w.y(layout.legend_y));
    w.node(name, std::move(m));
    w.text(name + "_label", items[i].text, x + mw + S::kLabelGap, layout.legend_y, S::kFontSize);
    x += mw + S::kLabelGap + detail::text_width(items[i].text, S::kFontSize) + 18;
  }
  w.text("legend_sources", "\xC3\x97N: reported by N articles", x, layout.legend_y, S::kFontSize);
}

}  // namespace

std::string timeline_dot(const EventGraph& graph, const TimelineOptions& options) {
  const TimelineLayout layout = detail::layout_timeline(graph, options);
  const detail::GraphIndex index(graph);
  Writer w(layout);
  write_header(w, layout);
  if (!layout.title.empty()) {
    DotAttrs t;
    t.set("fontcolor", "#111111");
    w.text("title", layout.title, S::kMargin, layout.title_y, S::kTitleFontSize, std::move(t));
  }
  write_lanes(w, layout);
  write_axis(w, layout);
  for (const auto& lane : layout.lanes)
    for (const auto& p : lane.events) write_event(w, graph, p, index);
  if (layout.undated)
    for (const auto& p : layout.undated->events) write_event(w, graph, p, index);
  if (graph.events.empty())
    w.text("empty", "No events", layout.legend_x, layout.lanes_bottom + 10, S::kFontSize);
  else
    write_legend(w, layout);
  if (!layout.note.empty()) {
    DotAttrs note;
    note.set("fontcolor", "#8a4b00");
    w.text("note", layout.note, layout.legend_x, layout.note_y, S::kFontSize, std::move(note));
  }
  w.out() += "}\n";
  return std::move(w.out());
}

}  // namespace chronicle
