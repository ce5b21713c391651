#include "src/cli/check_files.hpp"

#include <libxml/parser.h>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "src/directives/directives.hpp"

namespace citecheck {

namespace {

// How many finished files may wait for delivery per worker.
constexpr std::size_t kLookaheadPerJob = 8;

// A rule or loader bug must not take the whole run down from a worker thread.
CheckedFile check_guarded(const std::string& path, const CheckContext& context,
                          const DirectiveSettings& directives, const QuotationSink& sink = {}) {
  try {
    return check_with_directives(path, context, directives, sink);
  } catch (const std::exception& error) {
    CheckedFile failed;
    failed.report.path = path;
    failed.report.error = path + ": internal error: " + error.what();
    return failed;
  }
}

}  // namespace

CheckedFile check_with_directives(const std::string& path, const CheckContext& context,
                                  const DirectiveSettings& directives, const QuotationSink& sink) {
  CheckedFile checked = check_file(path, context, sink);
  if (checked.report.error || !checked.source || !directives.inline_config)
    return checked;
  const std::vector<Directive> found = find_directives(*checked.source, checked.format);
  apply_directives(found, *checked.source, checked.report.diagnostics, directives.report_unused);
  return checked;
}

void check_files(const std::vector<std::string>& paths, const CheckContext& context,
                 const DirectiveSettings& directives, unsigned jobs,
                 const std::function<void(const CheckedFile&)>& deliver,
                 const QuotationSink& stream) {
  if (jobs <= 1 || paths.size() <= 1) {
    for (const std::string& path : paths)
      deliver(check_guarded(path, context, directives, stream));
    return;
  }
  // libxml2 must initialise its globals once, before threads use the HTML parser.
  xmlInitParser();

  std::mutex mutex;
  std::condition_variable changed;
  std::vector<std::optional<CheckedFile>> finished(paths.size());
  std::size_t next_to_check = 0;
  std::size_t delivered = 0;
  bool stopping = false;  // delivery failed: workers give up
  const std::size_t lookahead = kLookaheadPerJob * jobs;

  auto work = [&] {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stopping || next_to_check < delivered + lookahead; });
        if (stopping || next_to_check >= paths.size())
          return;
        index = next_to_check++;
      }
      CheckedFile checked = check_guarded(paths[index], context, directives);
      {
        const std::lock_guard lock(mutex);
        finished[index] = std::move(checked);
      }
      changed.notify_all();
    }
  };

  std::vector<std::jthread> workers;
  const unsigned worker_count = std::min<std::size_t>(jobs, paths.size());
  for (unsigned i = 0; i < worker_count; ++i)
    workers.emplace_back(work);

  try {
    for (std::size_t index = 0; index < paths.size(); ++index) {
      CheckedFile checked;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return finished[index].has_value(); });
        checked = std::move(*finished[index]);
        finished[index].reset();
        delivered = index + 1;
      }
      changed.notify_all();
      deliver(checked);
    }
  } catch (...) {
    {
      const std::lock_guard lock(mutex);
      stopping = true;
    }
    changed.notify_all();
    throw;
  }
}

}  // namespace citecheck
