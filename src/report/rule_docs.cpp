#include "src/report/rule_docs.hpp"

#include "src/data/embedded.hpp"

namespace citecheck {

std::optional<std::string_view> rule_page(std::string_view rule_id) {
  return find_embedded_file(std::string(rule_id) + ".md");
}

std::string rule_page_description(std::string_view page) {
  std::string paragraph;
  std::size_t pos = 0;
  while (pos < page.size()) {
    std::size_t line_end = page.find('\n', pos);
    if (line_end == std::string_view::npos)
      line_end = page.size();
    const std::string_view line = page.substr(pos, line_end - pos);
    pos = line_end + 1;
    if (line.starts_with("#"))
      continue;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      if (!paragraph.empty())
        break;
      continue;
    }
    if (!paragraph.empty())
      paragraph += ' ';
    paragraph += line;
  }
  return paragraph;
}

}  // namespace citecheck
