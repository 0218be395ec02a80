// The working state of one document as it passes through the pipeline stages.
#pragma once

#include <string>
#include <vector>

#include "chronicle/actor.h"
#include "chronicle/diagnostic.h"
#include "chronicle/document.h"
#include "chronicle/event.h"
#include "chronicle/timex.h"

namespace chronicle {

/// Everything the stages learn about one document. Each stage reads what earlier
/// stages wrote and adds its own part: segment -> tokens, sentences; time -> timexes;
/// actors -> actors, actor_mentions; events -> events.
struct DocumentAnalysis {
  Document document;
  /// document.text case-folded (segment stage): every letter lowercased whose lowercase
  /// (ICU's simple mapping) takes as many UTF-8 bytes as itself ("ÉTAT" -> "état"), the
  /// few others left as written ("İ"), so that it has the length of the text: every span
  /// of the text holds in it, and stages compare words without copying them.
  std::string lower_text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Timex> timexes;
  std::vector<Actor> actors;  ///< document-local actors; ids are canonical ids
  std::vector<ActorMention> actor_mentions;
  std::vector<Event> events;  ///< one per event mention; merged later
  std::vector<Diagnostic> diagnostics;

  /// The text of a span. Requires: span within the document text.
  std::string_view text(Span span) const {
    return std::string_view(document.text).substr(span.begin, span.size());
  }
  /// The case-folded text of a span. Requires: lower_text filled, span within it.
  std::string_view lowered(Span span) const {
    return std::string_view(lower_text).substr(span.begin, span.size());
  }
};

}  // namespace chronicle
