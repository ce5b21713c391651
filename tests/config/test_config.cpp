#include <catch2/catch.hpp>

#include "src/config/config.hpp"
#include "src/core/errors.hpp"
#include "tests/cli/cli_support.hpp"

using namespace citecheck;
using citecheck::testing::run_citecheck;
using citecheck::testing::ScratchDirectory;

namespace {

std::string error_of(std::string_view yaml) {
  try {
    parse_config(yaml, ".citecheck.yaml");
  } catch (const InputError& error) {
    return error.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("a config file sets rules, options, sources, language, ignores and the fail level",
          "[config]") {
  const ScratchDirectory scratch;
  scratch.write("project/refs/a.json", "[]");
  scratch.write("project/refs/b.json", "[]");
  scratch.write("project/refs/notes.txt", "");
  const LoadedConfig loaded = parse_config(
      "rules:\n"
      "  quote-mixed-style: off\n"
      "  quote-unattributed:\n"
      "    level: error\n"
      "    min-words: 6\n"
      "sources:\n"
      "  - refs/*.json\n"
      "  - extra.bib\n"
      "language: de\n"
      "ignore: [drafts/, '*.tmp.md']\n"
      "fail-on: warning\n"
      "max-warnings: 3\n"
      "inline-config: false\n"
      "report-unused-directives: true\n",
      scratch.path() / "project/.citecheck.yaml");
  const Config& config = loaded.config;
  CHECK(loaded.warnings.empty());
  CHECK(config.rule_levels.at("quote-mixed-style") == Severity::off);
  CHECK(config.rule_levels.at("quote-unattributed") == Severity::error);
  CHECK(config.rule_options.unattributed_min_words == 6);
  CHECK(config.source_lists ==
        std::vector<std::filesystem::path>{scratch.path() / "project/refs/a.json",
                                           scratch.path() / "project/refs/b.json",
                                           scratch.path() / "project/extra.bib"});
  CHECK(config.language == "de");
  CHECK(config.ignore_patterns == std::vector<std::string>{"drafts/", "*.tmp.md"});
  CHECK(config.fail_on == "warning");
  CHECK(config.max_warnings == 3);
  CHECK(config.inline_config == false);
  CHECK(config.report_unused_directives == true);
}

TEST_CASE("an empty config file is valid", "[config]") {
  const LoadedConfig loaded = parse_config("# nothing yet\n", ".citecheck.yaml");
  CHECK(loaded.warnings.empty());
  CHECK(loaded.config.rule_levels.empty());
  CHECK_FALSE(loaded.config.fail_on.has_value());
}

TEST_CASE("unknown keys, rules and options are warnings naming file and line", "[config]") {
  const LoadedConfig loaded = parse_config(
      "rules:\n"
      "  quote-unbalanced: warning\n"
      "  quote-unbalnced: off\n"
      "  quote-unattributed:\n"
      "    min-wrds: 3\n"
      "foo: 1\n",
      ".citecheck.yaml");
  CHECK(loaded.warnings ==
        std::vector<std::string>{
            ".citecheck.yaml:3:3: unknown rule 'quote-unbalnced' (see citecheck --list-rules)",
            ".citecheck.yaml:5:5: unknown option 'min-wrds' for rule 'quote-unattributed'",
            ".citecheck.yaml:6:1: unknown key 'foo'"});
  CHECK(loaded.config.rule_levels.at("quote-unbalanced") == Severity::warning);
}

TEST_CASE("wrong types and values are errors naming file and line", "[config]") {
  CHECK(error_of("rules: [quote-unbalanced]\n") ==
        ".citecheck.yaml:1:8: 'rules' must be a mapping of keys to values");
  CHECK(error_of("rules:\n  quote-unbalanced: loud\n") ==
        ".citecheck.yaml:2:21: level of 'quote-unbalanced' must be off, info, warning or "
        "error, not 'loud'");
  CHECK(error_of("rules:\n  quote-unattributed:\n    min-words: many\n") ==
        ".citecheck.yaml:3:16: 'min-words' must be a whole number of at least 1, not 'many'");
  CHECK(error_of("fail-on: sometimes\n") ==
        ".citecheck.yaml:1:10: 'fail-on' must be one of error, warning, info, never, not "
        "'sometimes'");
  CHECK(error_of("max-warnings: -1\n") ==
        ".citecheck.yaml:1:15: 'max-warnings' must be a whole number of at least 0, not '-1'");
  CHECK(error_of("sources: {a: b}\n") ==
        ".citecheck.yaml:1:10: 'sources' must be a path or a list of paths");
  CHECK(error_of("ignore: [[a]]\n") ==
        ".citecheck.yaml:1:10: each entry of 'ignore' must be a single path");
  CHECK(error_of("inline-config: maybe\n") ==
        ".citecheck.yaml:1:16: 'inline-config' must be true or false, not 'maybe'");
  CHECK(error_of("- a\n- b\n") ==
        ".citecheck.yaml:1:1: the config must be a mapping of keys to values");
  CHECK(error_of("rules: {a: [}\n").starts_with(".citecheck.yaml:1:"));
}

TEST_CASE("the config file: --config, else CITECHECK_CONFIG, else the nearest upwards",
          "[config]") {
  const ScratchDirectory scratch;
  scratch.write(".citecheck.yaml", "");
  std::filesystem::create_directories(scratch.path() / "a/b");
  const auto nested = scratch.path() / "a/b";
  CHECK(choose_config_file("flag.yaml", "env.yaml", nested) == "flag.yaml");
  CHECK(choose_config_file(std::nullopt, "env.yaml", nested) == "env.yaml");
  CHECK(choose_config_file(std::nullopt, "", nested) == "../../.citecheck.yaml");
  CHECK(choose_config_file(std::nullopt, nullptr, scratch.path()) == ".citecheck.yaml");
  scratch.write("a/.citecheck.yaml", "");
  CHECK(choose_config_file(std::nullopt, nullptr, nested) == "../.citecheck.yaml");
}

TEST_CASE("the settings print as a config file", "[config]") {
  Config config;
  config.rule_levels["quote-mixed-style"] = Severity::off;
  config.rule_options.unattributed_min_words = 6;
  config.source_lists = {"refs/a.json"};
  config.ignore_patterns = {"drafts/"};
  config.fail_on = "warning";
  const std::string yaml = config_to_yaml(config);
  CHECK(yaml.find("  quote-mixed-style: off\n") != std::string::npos);
  CHECK(yaml.find("  quote-unattributed:\n    level: warning\n    min-words: 6\n") !=
        std::string::npos);
  CHECK(yaml.find("sources:\n  - refs/a.json\nlanguage: all\nignore:\n  - drafts/\n"
                  "fail-on: warning\ninline-config: true\nreport-unused-directives: false\n") !=
        std::string::npos);
  // What it prints reads back as the same settings.
  const Config again = parse_config(yaml, ".citecheck.yaml").config;
  CHECK(again.rule_levels.at("quote-mixed-style") == Severity::off);
  CHECK(again.rule_options.unattributed_min_words == 6);
  CHECK(again.fail_on == "warning");
}

TEST_CASE("CLI: config discovered from a subdirectory", "[cli][config]") {
  const ScratchDirectory scratch;
  scratch.write(".citecheck.yaml", "rules:\n  quote-unbalanced: off\n");
  scratch.write("desk/story.txt", citecheck::testing::kUnclosed);
  const auto desk = scratch.path() / "desk";

  const auto discovered = run_citecheck(desk, "-f line story.txt");
  CHECK(discovered.status == 0);
  CHECK(discovered.out.empty());

  const auto without = run_citecheck(desk, "--no-config -f line story.txt");
  CHECK(without.status == 1);
  CHECK(without.out ==
        "story.txt:1:1: error: quotation mark \xE2\x80\x9C opens a quotation that is never "
        "closed [quote-unbalanced]\n");
}

TEST_CASE("CLI: precedence is flag, then environment, then discovered file", "[cli][config]") {
  const ScratchDirectory scratch;
  scratch.write(".citecheck.yaml", "rules:\n  quote-unbalanced: info\n");
  scratch.write("env.yaml", "rules:\n  quote-unbalanced: warning\n");
  scratch.write("flag.yaml", "rules:\n  quote-unbalanced: off\n");
  scratch.write("story.txt", citecheck::testing::kUnclosed);
  const std::string finding =
      "story.txt:1:1: %s: quotation mark \xE2\x80\x9C opens a quotation that is never closed "
      "[quote-unbalanced]\n";
  auto with_level = [&](const std::string& level) {
    std::string line = finding;
    line.replace(line.find("%s"), 2, level);
    return line;
  };

  CHECK(run_citecheck(scratch.path(), "-f line story.txt").out == with_level("info"));
  CHECK(run_citecheck(scratch.path(), "-f line story.txt", "CITECHECK_CONFIG=env.yaml").out ==
        with_level("warning"));
  CHECK(run_citecheck(scratch.path(), "-f line --config flag.yaml story.txt",
                      "CITECHECK_CONFIG=env.yaml")
            .out.empty());
  // --rule overrides whichever file is used.
  CHECK(run_citecheck(scratch.path(), "-f line --rule quote-unbalanced=error story.txt",
                      "CITECHECK_CONFIG=env.yaml")
            .out == with_level("error"));
  // --no-config beats them all.
  CHECK(run_citecheck(scratch.path(), "-f line --no-config story.txt", "CITECHECK_CONFIG=env.yaml")
            .out == with_level("error"));
}

TEST_CASE("CLI: the config's source lists, relative to the config file", "[cli][config]") {
  const ScratchDirectory scratch;
  scratch.write(".citecheck.yaml", "sources: ['refs/*.json']\n");
  scratch.write("refs/gazette.json", citecheck::testing::kSourceList);
  scratch.write("desk/story.txt", citecheck::testing::kMisspelledSource);
  const std::string finding =
      "story.txt:1:1: error: \"Pat Olsen\" is not in the source list; did you mean \"Pat "
      "Olson\"? [source-misspelled]\n";
  CHECK(run_citecheck(scratch.path() / "desk", "-f line story.txt").out == finding);
  CHECK(run_citecheck(scratch.path(), "-f line desk/story.txt").out == "desk/" + finding);
  CHECK(run_citecheck(scratch.path(), "--no-config -f line desk/story.txt").out.empty());
}

TEST_CASE("CLI: the config's fail level and the flag's", "[cli][config]") {
  const ScratchDirectory scratch;
  scratch.write(".citecheck.yaml", "fail-on: warning\n");
  scratch.write("story.txt", citecheck::testing::kUnattributed);
  CHECK(run_citecheck(scratch.path(), "story.txt").status == 1);
  CHECK(run_citecheck(scratch.path(), "--fail-on error story.txt").status == 0);
}

TEST_CASE("CLI: the config's rule options reach the rules", "[cli][config]") {
  const ScratchDirectory scratch;
  scratch.write("story.txt", citecheck::testing::kUnattributed);  // 13 words
  scratch.write(".citecheck.yaml", "rules:\n  quote-unattributed:\n    min-words: 14\n");
  CHECK(run_citecheck(scratch.path(), "-f line story.txt").out.empty());
  scratch.write(".citecheck.yaml", "rules:\n  quote-unattributed:\n    min-words: 13\n");
  CHECK(run_citecheck(scratch.path(), "-f line story.txt").out ==
        "story.txt:1:1: warning: quotation of 13 words has no attribution [quote-unattributed]\n");
}

TEST_CASE("CLI: config warnings and errors", "[cli][config]") {
  const ScratchDirectory scratch;
  scratch.write(".citecheck.yaml", "rules:\n  quote-unbalanced: warning\nfoo: 1\n");
  scratch.write("story.txt", citecheck::testing::kClean);
  const auto warned = run_citecheck(scratch.path(), "story.txt");
  CHECK(warned.status == 0);
  CHECK(warned.err == "citecheck: warning: .citecheck.yaml:3:1: unknown key 'foo'\n");

  scratch.write(".citecheck.yaml", "max-warnings: lots\n");
  const auto failed = run_citecheck(scratch.path(), "story.txt");
  CHECK(failed.status == 2);
  CHECK(failed.err ==
        "citecheck: error: .citecheck.yaml:1:15: 'max-warnings' must be a whole number of at "
        "least 0, not 'lots'\n");

  const auto missing = run_citecheck(scratch.path(), "--config nowhere.yaml story.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err == "citecheck: error: nowhere.yaml: cannot read config file\n");
}

TEST_CASE("CLI: --print-config shows the settings in effect", "[cli][config]") {
  const ScratchDirectory scratch;
  scratch.write(".citecheck.yaml",
                "rules:\n  quote-mixed-style: off\nsources: refs.json\nignore: [drafts/]\n");
  const auto printed = run_citecheck(scratch.path(),
                                     "--print-config --rule quote-inner-space=error -s extra.bib "
                                     "--fail-on info --language en");
  CHECK(printed.status == 0);
  CHECK(printed.out.starts_with("# citecheck configuration from .citecheck.yaml\nrules:\n"));
  CHECK(printed.out.find("  quote-inner-space: error\n") != std::string::npos);
  CHECK(printed.out.find("  quote-mixed-style: off\n") != std::string::npos);
  CHECK(
      printed.out.ends_with("sources:\n  - refs.json\n  - extra.bib\nlanguage: en\n"
                            "ignore:\n  - drafts/\nfail-on: info\ninline-config: true\n"
                            "report-unused-directives: false\n"));
}
