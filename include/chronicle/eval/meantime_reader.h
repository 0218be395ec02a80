// MEANTIME corpus files (NewsReader CAT XML): tokens with sentence numbers, markables
// (ENTITY_MENTION, EVENT_MENTION, TIMEX3, ENTITY, EVENT, ...) anchored on tokens, and
// relations (REFERS_TO, HAS_PARTICIPANT, TLINK, ...) between markables. The reader keeps
// every markable and relation generically, so entity and event evaluations share it,
// and rebuilds a plain text from the tokens with each token's byte span in it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"

namespace chronicle::eval {

struct CatToken {
  std::string id;  ///< t_id
  std::string text;
  int sentence = 0;
  Span span;  ///< in CatDocument::text
};

/// A markable: its tag, m_id, attributes and the tokens it is anchored on (in file order;
/// an instance such as ENTITY has none).
struct CatMarkable {
  std::string tag;
  std::string id;
  std::map<std::string, std::string> attributes;
  std::vector<std::size_t> tokens;  ///< indices into CatDocument::tokens

  /// The attribute's value, or "" when absent.
  const std::string& attribute(const std::string& key) const;
};

/// A relation: its tag, r_id, attributes, and its source and target markables' m_ids.
struct CatRelation {
  std::string tag;
  std::string id;
  std::map<std::string, std::string> attributes;
  std::vector<std::string> sources;
  std::vector<std::string> targets;
};

/// One CAT document. `text` joins the tokens of a sentence with spaces and sentences
/// with a blank line, so each sentence (the title included) stays one sentence.
struct CatDocument {
  std::string file;
  std::string doc_id;
  std::string name;
  std::string url;
  std::string text;
  std::vector<CatToken> tokens;
  std::vector<CatMarkable> markables;
  std::vector<CatRelation> relations;

  /// The markable with this m_id, or nullptr.
  const CatMarkable* markable(const std::string& id) const;
  /// The byte span covered by a markable's tokens (first to last); empty when it has none.
  Span span(const CatMarkable& m) const;
  /// The end of the annotated part of the text: MEANTIME annotates the title and the
  /// first sentences only, so this is the end of the last sentence any markable is
  /// anchored in (0 when none is).
  std::size_t annotated_end() const;
  /// The text of a markable's tokens joined by spaces.
  std::string words(const CatMarkable& m) const;
};

/// Parses one CAT XML text; `file` names it in diagnostics (with line numbers).
Result<CatDocument> parse_cat_document(std::string_view xml, const std::string& file);
/// Reads and parses the CAT XML file at `path`.
Result<CatDocument> read_cat_document(const std::string& path);
/// The .xml files of a directory, sorted by name (byte order).
std::vector<std::string> cat_files(const std::string& directory);

}  // namespace chronicle::eval
