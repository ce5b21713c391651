#include "src/walk/walk.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <system_error>

namespace citecheck {

namespace {

namespace fs = std::filesystem;

struct Walker {
  const IgnoreRules& ignore;
  CollectedInputs& inputs;
  std::set<std::string> seen;

  void add(const std::string& path) {
    if (seen.insert(fs::path(path).lexically_normal().generic_string()).second)
      inputs.paths.push_back(path);
  }

  void walk_directory(const fs::path& directory) {
    std::error_code error;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
      entries.push_back(*it);
    }
    if (error) {
      inputs.errors.push_back(directory.string() + ": cannot read directory: " + error.message());
      return;
    }
    // Byte order of the names: the same on every machine and file system.
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      return a.path().filename().string() < b.path().filename().string();
    });
    std::vector<std::string> file_names;
    for (const fs::directory_entry& entry : entries) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file(error))
        file_names.push_back(name);
      if (name.starts_with("."))
        continue;
      const bool is_directory = entry.is_directory(error) && !entry.is_symlink(error);
      if (ignore.ignored(entry.path(), is_directory))
        continue;
      if (is_directory) {
        walk_directory(entry.path());
      } else if (entry.is_regular_file(error) && has_article_extension(name)) {
        add(entry.path().lexically_normal().string());
      }
    }
    inputs.listings.add(directory, std::move(file_names));
  }
};

}  // namespace

bool has_article_extension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".md" || extension == ".markdown" || extension == ".html" ||
         extension == ".htm" || extension == ".txt";
}

CollectedInputs collect_inputs(const std::vector<std::string>& arguments,
                               const IgnoreRules& ignore) {
  CollectedInputs inputs;
  Walker walker{ignore, inputs, {}};
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      inputs.paths.push_back(argument);
      continue;
    }
    std::error_code error;
    const bool is_directory = fs::is_directory(argument, error);
    if (ignore.ignored(argument, is_directory))
      continue;
    if (is_directory) {
      const std::size_t found_before = inputs.paths.size();
      walker.walk_directory(fs::path(argument));
      // A directory named on purpose but holding nothing to check is a mistake in the
      // command (a wrong folder, articles with another extension), not a clean run.
      if (inputs.paths.size() == found_before) {
        inputs.errors.push_back(argument +
                                ": no articles found (.md, .markdown, .html, .htm, .txt)");
      }
    } else {
      walker.add(argument);
    }
  }
  return inputs;
}

}  // namespace citecheck
