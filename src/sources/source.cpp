#include "src/sources/source.hpp"

namespace citecheck {

std::string SourcePerson::display_name() const {
  if (!literal.empty())
    return literal;
  std::string name;
  for (const std::string* part : {&given, &particle, &family}) {
    if (part->empty())
      continue;
    if (!name.empty())
      name += ' ';
    name += *part;
  }
  return name;
}

}  // namespace citecheck
