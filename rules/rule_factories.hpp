#pragma once
// One accessor per rule; each is defined in the rule's own file. registry.cpp lists them.

#include "rules/rule.hpp"

namespace citecheck::rules {

const Rule& quote_unbalanced();
const Rule& quote_wrong_direction();
const Rule& quote_inner_space();
const Rule& quote_mixed_style();
const Rule& quote_unattributed();

}  // namespace citecheck::rules
