// TimeML EVENT mentions from the event tagger with the shipped model
// (core/data/en/timeml/event_model.tsv, made by `chronicle train timeml-events`).
#include "timeml/timeml_events.h"

#include "language/language_data.h"
#include "timeml/event_tagger.h"
#include "util/data_files.h"

namespace chronicle::detail {

std::vector<TimemlEvent> timeml_events(const DocumentAnalysis& doc) {
  static const EventTagger tagger = [] {
    auto language = LanguageData::load(kDefaultLanguage);
    const std::string path = language->path("timeml/event_model.tsv");
    return EventTagger::load("core/data/" + path, data_file(path));
  }();
  return tagger.tag(doc);
}

}  // namespace chronicle::detail
