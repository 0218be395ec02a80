// TimeML EVENT mentions from the event tagger with the shipped model
// (core/data/en/timeml/event_model.tsv, made by `chronicle train timeml-events`).
#include "timeml/timeml_events.h"

#include "timeml/event_tagger.h"
#include "util/data_files.h"

namespace chronicle::detail {

std::vector<TimemlEvent> timeml_events(const DocumentAnalysis& doc) {
  static const EventTagger tagger = [] {
    constexpr std::string_view path = "en/timeml/event_model.tsv";
    return EventTagger::load("core/data/" + std::string(path), data_file(path));
  }();
  return tagger.tag(doc);
}

}  // namespace chronicle::detail
