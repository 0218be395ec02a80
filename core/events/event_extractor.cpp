// Event extraction. Design: in each sentence the triggers cut the tokens into zones; a
// verb's agent is the first coordinated group of actors in the zone before it (or the
// "by" phrase after a passive verb), its patients the actors in the zone after it. A
// noun trigger takes its possessor ("Russia's decision"), "by", "between" and "of"
// phrases, the subject of a light verb before it ("expressed gratitude"), or else the
// participants of the verb that governs it. Time: the first date expression after the
// trigger in its zone, else an unused one before it, else the time of the last event in
// the document sharing an actor (the narrative time), else undated.
#include "events/event_extractor.h"

#include <map>
#include <optional>
#include <set>

#include "events/sentence_frame.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {

EventExtractor::EventExtractor(std::shared_ptr<const LanguageData> language)
    : language_(std::move(language)),
      segmenter_(*language_),
      lexicon_(*language_, segmenter_),
      words_(*language_) {
  const std::string file = language_->path("lexicons/plural_references.txt");
  for (const auto& r : read_table(file, "wordlist")) {
    std::vector<std::string> words;
    for (const Token& t : segmenter_.tokenize(r.fields[0]))
      words.push_back(lower(r.fields[0].substr(t.span.begin, t.span.size())));
    if (words.empty()) data_error(file, r.line, "a phrase needs a word");
    std::uint32_t first = plural_refs_.first_words.add(words.front());
    if (plural_refs_.by_first.size() < first) plural_refs_.by_first.resize(first);
    plural_refs_.by_first[first - 1].push_back(plural_refs_.phrases.size());
    plural_refs_.phrases.push_back(std::move(words));
  }
}

void EventExtractor::process(DocumentAnalysis& doc) const {
  fill_lower_text(doc);
  DocumentState state;
  index_document(doc, state);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceFrame frame(doc, s, lexicon_, plural_refs_, words_, state);
    frame.extract();
  }
}

}  // namespace chronicle::detail
