#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace citecheck {

// The file names in each directory a walk read: whether a file sits next to an article
// there (its sidecar source list) is then known without a system call per article.
class DirectoryListings {
 public:
  void add(const std::filesystem::path& directory, std::vector<std::string> file_names);
  // Whether `file` exists as a regular file; nullopt when its directory was not listed.
  std::optional<bool> has_file(const std::filesystem::path& file) const;

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> names_;  // sorted, by directory
};

}  // namespace citecheck
