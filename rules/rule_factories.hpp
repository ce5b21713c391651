#pragma once
// One accessor per rule; each is defined in the rule's own file. registry.cpp lists them.

#include "rules/rule.hpp"

namespace citecheck::rules {

const Rule& quote_unbalanced();
const Rule& quote_wrong_direction();
const Rule& quote_inner_space();
const Rule& quote_mixed_style();
const Rule& quote_unattributed();
const Rule& source_unknown();
const Rule& source_misspelled();
const Rule& source_outlet_mismatch();
const Rule& quote_misquoted();
const Rule& quote_not_in_source();

}  // namespace citecheck::rules
