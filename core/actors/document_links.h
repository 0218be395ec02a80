// The actors stage's passes over a whole document, run after every sentence is read:
// one-word names, titles alone, pronouns and organisation references, short company names.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/actor_builder.h"
#include "actors/gazetteer.h"

namespace chronicle::detail::actors_stage {

/// Links or types the single capitalised words at token indexes `singles`.
void link_singles(Builder& b, const Gazetteer& g, const std::vector<std::size_t>& singles);
/// Makes organisations of the untitled persons whose name a cue showed to be one.
void type_cued_names(Builder& b);
/// Resolves each title alone to its holder, when there is exactly one.
void link_titles(Builder& b);
/// Links he/she/his/her to the most recent person. Requires mentions sorted by span.
void link_pronouns(Builder& b, const Gazetteer& g);
/// Links "the company" and it/its to the most recent organisation.
void link_organization_references(Builder& b, const Gazetteer& g);
/// Folds a one-word organisation into the company it shortens ("Apple", "Apple Inc.").
void fold_short_company_names(Builder& b, const Gazetteer& g);

}  // namespace chronicle::detail::actors_stage
