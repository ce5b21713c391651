#include "src/cli/run_cli.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "rules/registry.hpp"
#include "src/check/check_file.hpp"
#include "src/cli/check_files.hpp"
#include "src/cli/install_hook.hpp"
#include "src/config/config.hpp"
#include "src/core/errors.hpp"
#include "src/lexicon/lexicon.hpp"
#include "src/report/make_reporter.hpp"
#include "src/report/rule_docs.hpp"
#include "src/walk/walk.hpp"

namespace citecheck {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kIgnoreFileName = ".citecheckignore";

struct CliOptions {
  std::vector<std::string> paths;
  std::vector<std::string> sources;
  std::string format = "text";
  std::string output_file;
  std::string config_file;
  bool no_config = false;
  bool print_config = false;
  std::vector<std::string> rule_levels;
  std::string fail_on;
  int max_warnings = -1;
  std::string color = "auto";
  std::string language;
  std::string stdin_filename = "<stdin>";
  std::string input_format = "auto";
  std::vector<std::string> ignore_patterns;
  bool no_inline_config = false;
  bool report_unused_directives = false;
  unsigned jobs = 0;  // 0: one per core
  std::string explain;
  bool install_hook = false;
  bool force = false;
  bool list_rules = false;
  bool version = false;
};

// Which options were given: the config file fills in the others.
struct GivenOptions {
  CLI::Option* config_file = nullptr;
  CLI::Option* fail_on = nullptr;
  CLI::Option* max_warnings = nullptr;
  CLI::Option* language = nullptr;
  CLI::Option* report_unused_directives = nullptr;
  CLI::Option* no_inline_config = nullptr;
};

void print_error(const std::string& message) {
  std::cerr << "citecheck: error: " << message << '\n';
}

void print_warning(const std::string& message) {
  std::cerr << "citecheck: warning: " << message << '\n';
}

void apply_rule_levels(const std::vector<std::string>& assignments, Config& config) {
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
    config.rule_levels[id] = *level;
  }
}

// The config file's settings with the command line's on top.
Config effective_config(const CliOptions& options, const GivenOptions& given) {
  Config config;
  if (!options.no_config) {
    const fs::path file = choose_config_file(
        given.config_file->count() > 0 ? std::optional(options.config_file) : std::nullopt,
        std::getenv("CITECHECK_CONFIG"), fs::current_path());
    if (!file.empty()) {
      LoadedConfig loaded = load_config(file);
      for (const std::string& warning : loaded.warnings)
        print_warning(warning);
      config = std::move(loaded.config);
    }
  }
  apply_rule_levels(options.rule_levels, config);
  config.source_lists.insert(config.source_lists.end(), options.sources.begin(),
                             options.sources.end());
  if (given.fail_on->count() > 0)
    config.fail_on = options.fail_on;
  if (given.max_warnings->count() > 0)
    config.max_warnings = options.max_warnings;
  if (given.language->count() > 0)
    config.language = options.language;
  if (given.no_inline_config->count() > 0)
    config.inline_config = false;
  if (given.report_unused_directives->count() > 0)
    config.report_unused_directives = true;
  return config;
}

IgnoreRules ignore_rules(const Config& config, const CliOptions& options) {
  IgnoreRules rules;
  const fs::path ignore_file = find_upwards(fs::current_path(), kIgnoreFileName);
  if (!ignore_file.empty())
    rules.add_file(ignore_file);
  const fs::path config_directory =
      config.file.empty() ? fs::current_path() : fs::absolute(config.file).parent_path();
  for (const std::string& pattern : config.ignore_patterns)
    rules.add(pattern, config_directory);
  for (const std::string& pattern : options.ignore_patterns)
    rules.add(pattern, fs::current_path());
  return rules;
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

// Formats whose output must stay a complete document even when the run fails early.
bool is_document_format(OutputFormat format) {
  return format == OutputFormat::json || format == OutputFormat::sarif ||
         format == OutputFormat::checkstyle || format == OutputFormat::junit;
}

class Run {
 public:
  Run(const CliOptions& options, const GivenOptions& given) : options_(options), given_(given) {}

  int execute() {
    if (!options_.output_file.empty()) {
      output_file_.open(options_.output_file, std::ios::binary);
      if (!output_file_)
        throw UsageError("cannot write " + options_.output_file);
    }
    format_ = *parse_output_format(options_.format);
    const bool color = options_.output_file.empty() && use_color(options_.color);
    reporter_ = make_reporter(format_, ReportOptions{color}, fs::current_path());
    try {
      return check();
    } catch (const std::exception& error) {
      if (!begun_ && is_document_format(format_)) {
        RunSummary failed;
        failed.run_errors.emplace_back(error.what());
        reporter_->begin(out());
        reporter_->end(failed, out());
        out().flush();
      }
      throw;
    }
  }

 private:
  std::ostream& out() { return options_.output_file.empty() ? std::cout : output_file_; }

  int check() {
    const Config config = effective_config(options_, given_);
    if (options_.paths.empty())
      throw UsageError("no input files (use - to read standard input)");

    const CollectedInputs inputs = collect_inputs(options_.paths, ignore_rules(config, options_));
    const RuleSettings settings{config.rule_levels, config.rule_options};
    const Lexicon lexicon = Lexicon::load_embedded(config.language.value_or("all"));
    CheckContext context{&lexicon, &settings, parse_input_format(options_.input_format),
                         options_.stdin_filename, config.source_lists};
    context.listings = &inputs.listings;
    const Reporter::QuotationUse quotation_use = reporter_->quotation_use();
    context.keep_quotations = quotation_use != Reporter::QuotationUse::none;
    QuotationSink stream;
    if (quotation_use == Reporter::QuotationUse::streamed) {
      stream = [&](const FileReport& file, std::span<const Quotation> quotations) {
        reporter_->quotations(file, quotations, out());
      };
    }
    const DirectiveSettings directives{config.inline_config.value_or(true),
                                       config.report_unused_directives.value_or(false)};
    const unsigned jobs =
        options_.jobs > 0 ? options_.jobs : std::max(1U, std::thread::hardware_concurrency());

    RunSummary summary;
    for (const std::string& error : inputs.errors) {
      print_error(error);
      summary.run_errors.push_back(error);
    }
    begun_ = true;
    reporter_->begin(out());
    check_files(
        inputs.paths, context, directives, jobs,
        [&](const CheckedFile& checked) {
          if (checked.report.error)
            print_error(*checked.report.error);
          summary.count(checked.report);
          reporter_->file(checked.report, out());
        },
        stream);
    reporter_->end(summary, out());
    out().flush();

    if (summary.files_failed > 0 || !summary.run_errors.empty())
      return 2;
    return fails(summary, config.fail_on.value_or("error"), config.max_warnings.value_or(-1)) ? 1
                                                                                              : 0;
  }

  const CliOptions& options_;
  const GivenOptions& given_;
  std::ofstream output_file_;
  OutputFormat format_ = OutputFormat::text;
  std::unique_ptr<Reporter> reporter_;
  bool begun_ = false;
};

int run(const CliOptions& options, const GivenOptions& given) {
  if (options.version) {
    std::cout << "citecheck " << CITECHECK_VERSION << '\n';
    return 0;
  }
  if (options.list_rules) {
    list_rules(std::cout);
    return 0;
  }
  if (!options.explain.empty()) {
    const auto page = rule_page(options.explain);
    if (!page)
      throw UsageError("--explain: unknown rule '" + options.explain + "' (see --list-rules)");
    std::cout << *page;
    return 0;
  }
  if (options.install_hook) {
    const fs::path hook = install_pre_commit_hook(fs::current_path(), options.force);
    std::cout << "citecheck: installed the pre-commit hook " << hook.string() << '\n';
    return 0;
  }
  if (options.print_config) {
    const Config config = effective_config(options, given);
    std::cout << "# citecheck configuration"
              << (config.file.empty() ? std::string(" (no config file)")
                                      : " from " + config.file.generic_string())
              << '\n'
              << config_to_yaml(config);
    return 0;
  }
  return Run(options, given).execute();
}

}  // namespace

int run_cli(int argc, char** argv) {
  CliOptions options;
  GivenOptions given;
  CLI::App app{
      "citecheck: finds the quotations and attributions of an article and checks them.\n"
      "Exit status: 0 clean, 1 findings at or above the fail level, 2 citecheck could not do "
      "its job.",
      "citecheck"};
  app.add_option("paths", options.paths,
                 "Files and directories to check (- for standard input); directories are "
                 "searched for .md .markdown .html .htm .txt");
  app.add_option("-s,--sources", options.sources,
                 "Source list (.json CSL-JSON, .yaml/.yml CSL-YAML, .bib BibTeX); repeatable")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(kOutputFormatNames), std::end(kOutputFormatNames))))
      ->capture_default_str();
  app.add_option("-o,--output-file", options.output_file, "Write findings to FILE")
      ->type_name("FILE");
  given.config_file =
      app.add_option("-c,--config", options.config_file,
                     "Config file (else $CITECHECK_CONFIG, else the nearest .citecheck.yaml "
                     "from the working directory upwards)")
          ->type_name("FILE");
  app.add_flag("--no-config", options.no_config, "Use no config file");
  app.add_flag("--print-config", options.print_config,
               "Print the settings in effect as a config file and exit");
  app.add_option("--rule", options.rule_levels, "Set a rule's level: ID=off|info|warning|error")
      ->type_name("ID=LEVEL")
      ->allow_extra_args(false);
  given.fail_on = app.add_option("--fail-on", options.fail_on,
                                 "Lowest severity that fails the run (default: error)")
                      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  given.max_warnings = app.add_option("--max-warnings", options.max_warnings,
                                      "Also fail when there are more than N warnings")
                           ->check(CLI::NonNegativeNumber);
  app.add_option("--color", options.color, "Colour the text output (NO_COLOR honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  given.language = app.add_option("--language", options.language,
                                  "Attribution lexicon: en, de, fr or all (default: all)")
                       ->check(CLI::IsMember({"en", "de", "fr", "all"}));
  app.add_option("--input-format", options.input_format,
                 "How to read the input: by file extension, or as text, markdown or html")
      ->check(CLI::IsMember({"auto", "text", "markdown", "html"}))
      ->capture_default_str();
  app.add_option("--stdin-filename", options.stdin_filename,
                 "Name standard input in messages (its extension picks the input format)");
  app.add_option("--ignore-pattern", options.ignore_patterns,
                 "Skip paths matching PATTERN (gitignore syntax, as in .citecheckignore)")
      ->type_name("PATTERN")
      ->allow_extra_args(false);
  given.no_inline_config = app.add_flag("--no-inline-config", options.no_inline_config,
                                        "Ignore <!-- citecheck-... --> directives");
  given.report_unused_directives =
      app.add_flag("--report-unused-directives", options.report_unused_directives,
                   "Report directives that switch nothing off");
  app.add_option("-j,--jobs", options.jobs, "Check N files at a time (default: one per core)")
      ->check(CLI::PositiveNumber)
      ->type_name("N");
  app.add_option("--explain", options.explain, "Print the documentation of rule ID")
      ->type_name("ID");
  app.add_flag("--install-hook", options.install_hook,
               "Write a git pre-commit hook that checks the staged articles");
  app.add_flag("--force", options.force, "With --install-hook: replace another hook");
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
    return run(options, given);
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
