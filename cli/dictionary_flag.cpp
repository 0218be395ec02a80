// Loads the user actor dictionary for the commands that accept --dictionary.
#include "dictionary_flag.h"

#include <memory>

namespace chronicle::cli {

std::optional<Options> options_with_dictionary(const Flags& f, Options options) {
  std::string path = f.get("--dictionary");
  if (path.empty()) return options;
  Result<ActorDictionary> dict = load_actor_dictionary(path);
  report(dict.diagnostics());
  if (!dict.ok()) return std::nullopt;
  options.actor_dictionary = std::make_shared<const ActorDictionary>(std::move(dict).value());
  return options;
}

}  // namespace chronicle::cli
