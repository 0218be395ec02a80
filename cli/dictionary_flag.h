// The --dictionary flag shared by the commands that run the actors stage.
#pragma once

#include <optional>

#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {

/// Pipeline options with the actor dictionary named by --dictionary loaded, or nullopt
/// (after printing the diagnostics, file:line) when it cannot be read or is invalid.
std::optional<Options> options_with_dictionary(const Flags& f, Options options = {});

}  // namespace chronicle::cli
