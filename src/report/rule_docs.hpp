#pragma once
// The rule pages rules/docs/<id>.md, compiled into the binary (--explain, SARIF help).

#include <optional>
#include <string>
#include <string_view>

namespace citecheck {

std::optional<std::string_view> rule_page(std::string_view rule_id);

// The first paragraph after the page's `# title`, joined into one line: the rule's full
// description.
std::string rule_page_description(std::string_view page);

}  // namespace citecheck
