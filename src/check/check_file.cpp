#include "src/check/check_file.hpp"

#include "src/analysis/analyse.hpp"
#include "src/core/errors.hpp"
#include "src/document/load_document.hpp"

namespace citecheck {

CheckedFile check_file(const std::string& path, const CheckContext& context) {
  CheckedFile checked;
  const bool from_stdin = path == "-";
  checked.report.path = from_stdin ? context.stdin_filename : path;
  try {
    checked.source = std::make_unique<SourceText>(
        from_stdin ? SourceText::read_stdin(context.stdin_filename) : SourceText::read_file(path));
    const InputFormat format =
        context.input_format.value_or(detect_input_format(checked.report.path));
    checked.article = std::make_unique<Article>(load_article(*checked.source, format));
    checked.analysis = std::make_unique<FileAnalysis>(analyse(*checked.article, *context.lexicon));
    checked.report.source = checked.source.get();
    checked.report.analysis = checked.analysis.get();
    checked.report.diagnostics = run_rules(*checked.analysis, *context.settings);
  } catch (const InputError& error) {
    checked.report.error = error.what();
  }
  return checked;
}

}  // namespace citecheck
