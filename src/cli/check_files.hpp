#pragma once

#include <functional>
#include <string>
#include <vector>

#include "src/check/check_file.hpp"

namespace citecheck {

struct DirectiveSettings {
  bool inline_config = true;  // false: --no-inline-config
  bool report_unused = false;
};

// Checks one path and applies its inline directives (Markdown and HTML only).
CheckedFile check_with_directives(const std::string& path, const CheckContext& context,
                                  const DirectiveSettings& directives,
                                  const QuotationSink& sink = {});

// Checks `paths` on `jobs` threads and hands each result to `deliver` in the order of
// `paths`, on the calling thread, so that the output does not depend on `jobs`. Workers
// stay a bounded distance ahead of delivery, so memory does not grow with the run.
// `stream`, when set, receives each file's quotations while it is checked, on the calling
// thread, if files are checked one at a time (one job or one file); with workers running
// ahead, the quotations stay in each file's analysis until it is delivered.
void check_files(const std::vector<std::string>& paths, const CheckContext& context,
                 const DirectiveSettings& directives, unsigned jobs,
                 const std::function<void(const CheckedFile&)>& deliver,
                 const QuotationSink& stream = {});

}  // namespace citecheck
