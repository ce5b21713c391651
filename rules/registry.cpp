#include "rules/registry.hpp"

#include <array>

#include "rules/rule_factories.hpp"

namespace citecheck {

std::span<const Rule* const> all_rules() {
  static const std::array<const Rule*, 10> rules = {
      &rules::quote_unbalanced(),        //
      &rules::quote_wrong_direction(),   //
      &rules::quote_inner_space(),       //
      &rules::quote_mixed_style(),       //
      &rules::quote_unattributed(),      //
      &rules::source_unknown(),          //
      &rules::source_misspelled(),       //
      &rules::source_outlet_mismatch(),  //
      &rules::quote_misquoted(),         //
      &rules::quote_not_in_source(),     //
  };
  return rules;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule* rule : all_rules()) {
    if (rule->info().id == id)
      return rule;
  }
  return nullptr;
}

}  // namespace citecheck
