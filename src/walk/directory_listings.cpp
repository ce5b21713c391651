#include "src/walk/directory_listings.hpp"

#include <algorithm>

namespace citecheck {

namespace {

// `dir`, `dir/` and `./dir` are one directory.
std::string directory_key(const std::filesystem::path& directory) {
  return (directory / "f").lexically_normal().parent_path().generic_string();
}

}  // namespace

void DirectoryListings::add(const std::filesystem::path& directory,
                            std::vector<std::string> file_names) {
  std::sort(file_names.begin(), file_names.end());
  names_[directory_key(directory)] = std::move(file_names);
}

const std::vector<std::string>* DirectoryListings::files_in(
    const std::filesystem::path& directory) const {
  if (names_.empty())
    return nullptr;
  const auto listed = names_.find(directory_key(directory));
  return listed == names_.end() ? nullptr : &listed->second;
}

}  // namespace citecheck
