#pragma once
// Turns command-line arguments into the list of files a run checks.

#include <string>
#include <vector>

#include "src/walk/directory_listings.hpp"
#include "src/walk/ignore_rules.hpp"

namespace citecheck {

struct CollectedInputs {
  std::vector<std::string> paths;   // in command-line order; each directory's files sorted
  std::vector<std::string> errors;  // directories that could not be read or hold no article
  DirectoryListings listings;       // every regular file of the directories walked
};

// Files are kept as given (missing ones too, so that the checker reports them), unless
// ignored; `-` (standard input) is always kept. Directories are walked for .md,
// .markdown, .html, .htm and .txt files, skipping hidden entries and ignored paths,
// without following symbolic links to directories. A path listed twice is checked once.
CollectedInputs collect_inputs(const std::vector<std::string>& arguments,
                               const IgnoreRules& ignore);

bool has_article_extension(const std::string& path);

}  // namespace citecheck
