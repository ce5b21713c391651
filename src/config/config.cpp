#include "src/config/config.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <fstream>
#include <sstream>

#include "rules/registry.hpp"
#include "src/core/errors.hpp"
#include "src/walk/glob.hpp"
#include "src/walk/ignore_rules.hpp"

namespace citecheck {

namespace {

namespace fs = std::filesystem;

class ConfigParser {
 public:
  ConfigParser(const fs::path& file, LoadedConfig& loaded) : file_(file), loaded_(loaded) {}

  void parse_document(const YAML::Node& root) {
    if (root.IsNull())
      return;  // an empty file is a valid config
    expect_map(root, "the config");
    for (const auto& entry : root) {
      const std::string key = entry.first.Scalar();
      const YAML::Node& value = entry.second;
      if (key == "rules") {
        parse_rules(value);
      } else if (key == "sources") {
        for (const std::string& pattern : string_list(value, key))
          add_sources(pattern);
      } else if (key == "language") {
        loaded_.config.language = one_of(value, key, {"en", "de", "fr", "all"});
      } else if (key == "ignore") {
        loaded_.config.ignore_patterns = string_list(value, key);
      } else if (key == "fail-on") {
        loaded_.config.fail_on = one_of(value, key, {"error", "warning", "info", "never"});
      } else if (key == "max-warnings") {
        loaded_.config.max_warnings = integer(value, key, 0);
      } else if (key == "inline-config") {
        loaded_.config.inline_config = boolean(value, key);
      } else if (key == "report-unused-directives") {
        loaded_.config.report_unused_directives = boolean(value, key);
      } else {
        warn(entry.first, "unknown key '" + key + "'");
      }
    }
  }

 private:
  std::string where(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    return file_.string() + ":" + std::to_string(mark.line + 1) + ":" +
           std::to_string(mark.column + 1);
  }
  void warn(const YAML::Node& node, const std::string& message) {
    loaded_.warnings.push_back(where(node) + ": " + message);
  }
  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
    throw InputError(where(node) + ": " + message);
  }

  void expect_map(const YAML::Node& node, const std::string& what) const {
    if (!node.IsMap())
      fail(node, what + " must be a mapping of keys to values");
  }
  std::string scalar(const YAML::Node& node, const std::string& key) const {
    if (!node.IsScalar())
      fail(node, "'" + key + "' must be a single value");
    return node.Scalar();
  }
  std::string one_of(const YAML::Node& node, const std::string& key,
                     std::initializer_list<std::string_view> allowed) const {
    const std::string value = scalar(node, key);
    std::string expected;
    for (const std::string_view option : allowed) {
      if (value == option)
        return value;
      expected += expected.empty() ? "" : ", ";
      expected += option;
    }
    fail(node, "'" + key + "' must be one of " + expected + ", not '" + value + "'");
  }
  int integer(const YAML::Node& node, const std::string& key, int minimum) const {
    const std::string text = scalar(node, key);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < minimum) {
      fail(node, "'" + key + "' must be a whole number of at least " + std::to_string(minimum) +
                     ", not '" + text + "'");
    }
    return value;
  }
  bool boolean(const YAML::Node& node, const std::string& key) const {
    const std::string text = scalar(node, key);
    if (text == "true")
      return true;
    if (text == "false")
      return false;
    fail(node, "'" + key + "' must be true or false, not '" + text + "'");
  }
  std::vector<std::string> string_list(const YAML::Node& node, const std::string& key) const {
    if (node.IsScalar())
      return {node.Scalar()};
    if (!node.IsSequence())
      fail(node, "'" + key + "' must be a path or a list of paths");
    std::vector<std::string> values;
    for (const YAML::Node& item : node) {
      if (!item.IsScalar())
        fail(item, "each entry of '" + key + "' must be a single path");
      values.push_back(item.Scalar());
    }
    return values;
  }

  Severity level(const YAML::Node& node, const std::string& rule) const {
    const std::string text = scalar(node, rule);
    const auto severity = parse_severity(text);
    if (!severity)
      fail(node, "level of '" + rule + "' must be off, info, warning or error, not '" + text + "'");
    return *severity;
  }

  void parse_rules(const YAML::Node& rules) {
    if (rules.IsNull())
      return;
    expect_map(rules, "'rules'");
    for (const auto& entry : rules) {
      const std::string id = entry.first.Scalar();
      if (find_rule(id) == nullptr) {
        warn(entry.first, "unknown rule '" + id + "' (see citecheck --list-rules)");
        continue;
      }
      const YAML::Node& value = entry.second;
      if (!value.IsMap()) {
        loaded_.config.rule_levels[id] = level(value, id);
        continue;
      }
      for (const auto& setting : value) {
        const std::string key = setting.first.Scalar();
        if (key == "level") {
          loaded_.config.rule_levels[id] = level(setting.second, id);
        } else if (!set_rule_option(id, key, setting.second)) {
          warn(setting.first, "unknown option '" + key + "' for rule '" + id + "'");
        }
      }
    }
  }

  bool set_rule_option(const std::string& rule, const std::string& key, const YAML::Node& value) {
    for (const RuleOptionSpec& spec : rule_option_specs()) {
      if (spec.rule == rule && spec.key == key) {
        loaded_.config.rule_options.*spec.field = integer(value, key, spec.minimum);
        return true;
      }
    }
    return false;
  }

  void add_sources(const std::string& pattern) {
    const fs::path directory = file_.parent_path();
    for (const fs::path& path : expand_glob(directory, pattern))
      loaded_.config.source_lists.push_back(path.lexically_normal());
  }

  const fs::path& file_;
  LoadedConfig& loaded_;
};

}  // namespace

std::vector<RuleOptionSpec> rule_option_specs() {
  return {{"quote-unattributed", "min-words", &RuleOptions::unattributed_min_words, 1}};
}

LoadedConfig parse_config(std::string_view yaml, const std::filesystem::path& file) {
  LoadedConfig loaded;
  loaded.config.file = file;
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& error) {
    throw InputError(file.string() + ":" + std::to_string(error.mark.line + 1) + ":" +
                     std::to_string(error.mark.column + 1) + ": invalid YAML: " + error.msg);
  }
  ConfigParser(file, loaded).parse_document(root);
  return loaded;
}

LoadedConfig load_config(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in || std::filesystem::is_directory(file))
    throw InputError(file.string() + ": cannot read config file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse_config(bytes.str(), file);
}

std::filesystem::path choose_config_file(const std::optional<std::string>& flag,
                                         const char* environment,
                                         const std::filesystem::path& working_directory) {
  if (flag)
    return *flag;
  if (environment != nullptr && *environment != '\0')
    return environment;
  const fs::path found = find_upwards(working_directory, kConfigFileName);
  if (found.empty())
    return {};
  return found.lexically_relative(fs::absolute(working_directory).lexically_normal());
}

std::string config_to_yaml(const Config& config) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "rules" << YAML::Value << YAML::BeginMap;
  for (const Rule* rule : all_rules()) {
    const std::string id(rule->info().id);
    const auto configured = config.rule_levels.find(id);
    const Severity level =
        configured != config.rule_levels.end() ? configured->second : rule->info().default_severity;
    std::vector<std::pair<std::string_view, int>> options;
    for (const RuleOptionSpec& spec : rule_option_specs()) {
      if (spec.rule == id && config.rule_options.*spec.field > 0)
        options.emplace_back(spec.key, config.rule_options.*spec.field);
    }
    out << YAML::Key << id << YAML::Value;
    if (options.empty()) {
      out << std::string(to_string(level));
      continue;
    }
    out << YAML::BeginMap << YAML::Key << "level" << YAML::Value << std::string(to_string(level));
    for (const auto& [key, value] : options)
      out << YAML::Key << std::string(key) << YAML::Value << value;
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  out << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
  for (const fs::path& path : config.source_lists)
    out << path.generic_string();
  out << YAML::EndSeq;
  out << YAML::Key << "language" << YAML::Value << config.language.value_or("all");
  out << YAML::Key << "ignore" << YAML::Value << YAML::BeginSeq;
  for (const std::string& pattern : config.ignore_patterns)
    out << pattern;
  out << YAML::EndSeq;
  out << YAML::Key << "fail-on" << YAML::Value << config.fail_on.value_or("error");
  if (config.max_warnings)
    out << YAML::Key << "max-warnings" << YAML::Value << *config.max_warnings;
  out << YAML::Key << "inline-config" << YAML::Value << config.inline_config.value_or(true);
  out << YAML::Key << "report-unused-directives" << YAML::Value
      << config.report_unused_directives.value_or(false);
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace citecheck
