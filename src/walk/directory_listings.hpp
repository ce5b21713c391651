#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace citecheck {

// The file names in each directory a walk read: whether a file sits next to an article
// there (its sidecar source list) is then known without a system call per article.
class DirectoryListings {
 public:
  void add(const std::filesystem::path& directory, std::vector<std::string> file_names);
  // The sorted names of the regular files in `directory`; null when it was not listed.
  const std::vector<std::string>* files_in(const std::filesystem::path& directory) const;

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> names_;  // sorted, by directory
};

}  // namespace citecheck
