#include "src/cli/run_cli.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>

#include "rules/registry.hpp"
#include "src/check/check_file.hpp"
#include "src/core/errors.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/report/make_reporter.hpp"

namespace citecheck {

namespace {

enum class ColorChoice { automatic, always, never };
enum class FailLevel { error, warning, info, never };

struct CliOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output_file;
  std::vector<std::string> rule_levels;
  std::string fail_on = "error";
  int max_warnings = -1;
  std::string color = "auto";
  std::string language = "all";
  std::string stdin_filename = "<stdin>";
  std::string input_format = "auto";
  bool list_rules = false;
  bool version = false;
};

void print_error(const std::string& message) {
  std::cerr << "citecheck: error: " << message << '\n';
}

RuleSettings parse_rule_levels(const std::vector<std::string>& assignments) {
  RuleSettings settings;
  for (const std::string& assignment : assignments) {
    const auto equals = assignment.find('=');
    if (equals == std::string::npos) {
      throw UsageError("--rule expects ID=LEVEL, got '" + assignment + "'");
    }
    const std::string id = assignment.substr(0, equals);
    const std::string level_name = assignment.substr(equals + 1);
    if (find_rule(id) == nullptr) {
      throw UsageError("--rule: unknown rule '" + id + "' (see --list-rules)");
    }
    const auto level = parse_severity(level_name);
    if (!level) {
      throw UsageError("--rule " + id + ": unknown level '" + level_name +
                       "' (expected off, info, warning or error)");
    }
    settings.levels[id] = *level;
  }
  return settings;
}

bool use_color(const std::string& choice) {
  if (choice == "always")
    return true;
  if (choice == "never")
    return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0')
    return false;
  return isatty(STDOUT_FILENO) != 0;
}

void list_rules(std::ostream& out) {
  for (const Rule* rule : all_rules()) {
    const RuleInfo& info = rule->info();
    std::string id(info.id);
    id.resize(std::max<std::size_t>(id.size() + 2, 24), ' ');
    std::string level(to_string(info.default_severity));
    level.resize(9, ' ');
    out << id << level << info.summary << '\n';
  }
}

bool fails(const RunSummary& summary, const std::string& fail_on, int max_warnings) {
  if (max_warnings >= 0 && summary.warnings > static_cast<std::size_t>(max_warnings))
    return true;
  if (fail_on == "never")
    return false;
  if (summary.errors > 0)
    return true;
  if (fail_on == "error")
    return false;
  if (summary.warnings > 0)
    return true;
  return fail_on == "info" && summary.infos > 0;
}

int run(const CliOptions& options) {
  if (options.version) {
    std::cout << "citecheck " << CITECHECK_VERSION << '\n';
    return 0;
  }
  if (options.list_rules) {
    list_rules(std::cout);
    return 0;
  }
  if (options.paths.empty())
    throw UsageError("no input files (use - to read standard input)");

  const auto format = parse_output_format(options.format);
  const RuleSettings settings = parse_rule_levels(options.rule_levels);
  const Lexicon lexicon = Lexicon::load_embedded(options.language);
  CheckContext context{&lexicon, &settings, parse_input_format(options.input_format),
                       options.stdin_filename};

  std::ofstream output_file;
  if (!options.output_file.empty()) {
    output_file.open(options.output_file, std::ios::binary);
    if (!output_file)
      throw UsageError("cannot write " + options.output_file);
  }
  std::ostream& out = options.output_file.empty() ? std::cout : output_file;
  const bool color = options.output_file.empty() && use_color(options.color);
  const std::unique_ptr<Reporter> reporter = make_reporter(*format, ReportOptions{color});

  RunSummary summary;
  reporter->begin(out);
  for (const std::string& path : options.paths) {
    const CheckedFile checked = check_file(path, context);
    if (checked.report.error)
      print_error(*checked.report.error);
    summary.count(checked.report);
    reporter->file(checked.report, out);
  }
  reporter->end(summary, out);
  out.flush();

  if (summary.files_failed > 0)
    return 2;
  return fails(summary, options.fail_on, options.max_warnings) ? 1 : 0;
}

}  // namespace

int run_cli(int argc, char** argv) {
  CliOptions options;
  CLI::App app{
      "citecheck: finds the quotations and attributions of an article and checks them.\n"
      "Exit status: 0 clean, 1 findings at or above the fail level, 2 citecheck could not do "
      "its job.",
      "citecheck"};
  app.add_option("paths", options.paths, "Files to check (- for standard input)");
  app.add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "line", "json"}))
      ->capture_default_str();
  app.add_option("-o,--output-file", options.output_file, "Write findings to FILE");
  app.add_option("--rule", options.rule_levels, "Set a rule's level: ID=off|info|warning|error")
      ->type_name("ID=LEVEL");
  app.add_option("--fail-on", options.fail_on, "Lowest severity that fails the run")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  app.add_option("--max-warnings", options.max_warnings, "Fail when there are more than N warnings")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--color", options.color, "Colour the text output (NO_COLOR honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--language", options.language,
                 "Attribution lexicon: en, de, fr or all (every language)")
      ->check(CLI::IsMember({"en", "de", "fr", "all"}))
      ->capture_default_str();
  app.add_option("--stdin-filename", options.stdin_filename, "Name standard input in messages");
  app.add_flag("--list-rules", options.list_rules, "List the rules and their default levels");
  app.add_flag("--version", options.version, "Print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    print_error(error.what());
    std::cerr << "Run with --help for more information.\n";
    return 2;
  }

  try {
    return run(options);
  } catch (const UsageError& error) {
    print_error(error.what());
    return 2;
  } catch (const InputError& error) {
    print_error(error.what());
    return 2;
  } catch (const std::exception& error) {
    print_error(std::string("internal error: ") + error.what());
    return 2;
  }
}

}  // namespace citecheck
