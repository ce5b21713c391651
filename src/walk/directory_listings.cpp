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

std::optional<bool> DirectoryListings::has_file(const std::filesystem::path& file) const {
  const auto listed = names_.find(directory_key(file.parent_path()));
  if (listed == names_.end())
    return std::nullopt;
  return std::binary_search(listed->second.begin(), listed->second.end(), file.filename().string());
}

}  // namespace citecheck
