#pragma once

#include <span>
#include <string_view>

#include "rules/rule.hpp"

namespace citecheck {

// Every rule citecheck has, in the order of the design brief's table. The one list that
// --list-rules, --explain, the README table and SARIF's rules[] are made from.
std::span<const Rule* const> all_rules();

const Rule* find_rule(std::string_view id);

}  // namespace citecheck
