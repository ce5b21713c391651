#pragma once
// `.citecheck.yaml`: the project's settings for a run. One file, no cascading: the
// nearest one upwards from the working directory, unless --config or CITECHECK_CONFIG
// names another.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"
#include "src/core/severity.hpp"

namespace citecheck {

struct Config {
  std::filesystem::path file;  // empty: no config file
  std::map<std::string, Severity, std::less<>> rule_levels;
  RuleOptions rule_options;
  std::vector<std::filesystem::path> source_lists;  // globs expanded, relative to the cwd
  std::optional<std::string> language;
  std::vector<std::string> ignore_patterns;  // gitignore syntax, relative to the file
  std::optional<std::string> fail_on;
  std::optional<int> max_warnings;
  std::optional<bool> inline_config;
  std::optional<bool> report_unused_directives;
};

struct LoadedConfig {
  Config config;
  // Unknown keys and rule IDs: "FILE:LINE:COL: unknown key 'foo'".
  std::vector<std::string> warnings;
};

// Parses `yaml` read from `file` (the path used in messages and to resolve the relative
// paths inside). Throws InputError "FILE:LINE:COL: ..." for invalid YAML and wrong types.
LoadedConfig parse_config(std::string_view yaml, const std::filesystem::path& file);
// Reads and parses `file`; throws InputError when it cannot be read.
LoadedConfig load_config(const std::filesystem::path& file);

// Which config file a run uses: `flag` (--config), else `environment`
// (CITECHECK_CONFIG, when not empty), else the nearest .citecheck.yaml in `working_directory`
// or a parent, shown relative to `working_directory`. Empty when there is none.
std::filesystem::path choose_config_file(const std::optional<std::string>& flag,
                                         const char* environment,
                                         const std::filesystem::path& working_directory);

// The settings as a .citecheck.yaml that says the same (for --print-config).
std::string config_to_yaml(const Config& config);

// The rule options the config accepts, by rule and key (`quote-unattributed`,
// `min-words`).
struct RuleOptionSpec {
  std::string_view rule;
  std::string_view key;
  int RuleOptions::*field;
  int minimum;
};
std::vector<RuleOptionSpec> rule_option_specs();

inline constexpr std::string_view kConfigFileName = ".citecheck.yaml";

}  // namespace citecheck
