#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "rules/registry.hpp"
#include "src/cli/install_hook.hpp"
#include "src/report/rule_docs.hpp"
#include "tests/cli/cli_support.hpp"

using citecheck::testing::read_text;
using citecheck::testing::run_citecheck;
using citecheck::testing::ScratchDirectory;

TEST_CASE("CLI: --fail-on and --max-warnings set the exit status", "[cli]") {
  const ScratchDirectory scratch;
  scratch.write("error.txt", citecheck::testing::kUnclosed);
  scratch.write("warning.txt", citecheck::testing::kUnattributed);
  scratch.write("info.txt", citecheck::testing::kMixedStyle);
  scratch.write("clean.txt", citecheck::testing::kClean);
  auto status = [&](const std::string& arguments) {
    return run_citecheck(scratch.path(), "--no-config " + arguments).status;
  };

  CHECK(status("clean.txt") == 0);
  CHECK(status("error.txt") == 1);
  CHECK(status("warning.txt") == 0);
  CHECK(status("info.txt") == 0);

  CHECK(status("--fail-on warning warning.txt") == 1);
  CHECK(status("--fail-on warning info.txt") == 0);
  CHECK(status("--fail-on info info.txt") == 1);
  CHECK(status("--fail-on never error.txt") == 0);
  CHECK(status("--fail-on error warning.txt") == 0);

  CHECK(status("--max-warnings 1 warning.txt") == 0);
  CHECK(status("--max-warnings 0 warning.txt") == 1);
  CHECK(status("--max-warnings 0 --fail-on never warning.txt") == 1);
  CHECK(status("--max-warnings 0 info.txt") == 0);

  CHECK(status("--fail-on sometimes clean.txt") == 2);
  CHECK(status("--max-warnings -1 clean.txt") == 2);
}

TEST_CASE("CLI: a missing file among several still reports the others", "[cli]") {
  const ScratchDirectory scratch;
  scratch.write("a.txt", citecheck::testing::kUnclosed);
  scratch.write("c.txt", citecheck::testing::kUnclosed);
  const auto result = run_citecheck(scratch.path(), "--no-config -f line a.txt b.txt c.txt");
  CHECK(result.status == 2);
  CHECK(result.out ==
        "a.txt:1:1: error: quotation mark \xE2\x80\x9C opens a quotation that is never closed "
        "[quote-unbalanced]\n"
        "c.txt:1:1: error: quotation mark \xE2\x80\x9C opens a quotation that is never closed "
        "[quote-unbalanced]\n");
  CHECK(result.err == "citecheck: error: b.txt: no such file or directory\n");
}

TEST_CASE("CLI: -o writes every format to a file", "[cli]") {
  const ScratchDirectory scratch;
  scratch.write("a.md", citecheck::testing::kWrongDirection);
  for (const char* format : {"text", "line", "json", "sarif", "github", "checkstyle", "junit"}) {
    INFO(format);
    const std::string arguments = std::string("--no-config -f ") + format + " a.md";
    const auto printed = run_citecheck(scratch.path(), arguments);
    const auto written = run_citecheck(scratch.path(), arguments + " -o out.report");
    CHECK(written.status == printed.status);
    CHECK(written.status == 1);
    CHECK(written.out.empty());
    CHECK_FALSE(printed.out.empty());
    CHECK(read_text(scratch.path() / "out.report") == printed.out);
  }
}

TEST_CASE("CLI: -j 2 gives the same output as -j 1", "[cli][jobs]") {
  const ScratchDirectory scratch;
  const char* articles[] = {
      citecheck::testing::kWrongDirection, citecheck::testing::kUnclosed,
      citecheck::testing::kUnattributed,   citecheck::testing::kMixedStyle,
      citecheck::testing::kClean,          citecheck::testing::kMisspelledSource};
  const char* extensions[] = {".txt", ".md", ".html"};
  for (int i = 0; i < 200; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "batch/%03d", i);
    // Longer files now and then, so that workers finish out of order.
    std::string text;
    for (int repeat = 0; repeat <= (i % 7) * 20; ++repeat)
      text += std::string(articles[i % 6]) + "\n";
    scratch.write(name + std::string(extensions[i % 3]), text);
  }
  scratch.write("sources.json", citecheck::testing::kSourceList);
  for (const char* format : {"text", "json", "sarif"}) {
    INFO(format);
    const std::string arguments =
        std::string("--no-config -s sources.json -f ") + format + " batch missing.md";
    const auto serial = run_citecheck(scratch.path(), "-j 1 " + arguments);
    const auto parallel = run_citecheck(scratch.path(), "-j 2 " + arguments);
    CHECK(serial.status == 2);
    CHECK(parallel.status == serial.status);
    CHECK(parallel.err == serial.err);
    CHECK(parallel.out == serial.out);
    CHECK(serial.out.find("batch/198.") != std::string::npos);
    CHECK(serial.out.find("source-misspelled") != std::string::npos);
  }
}

TEST_CASE("CLI: a file longer than a part gives the same output streamed and kept", "[cli][jobs]") {
  // With -j 1 the JSON reporter writes the long file's quotations part by part while it is
  // checked; with -j 2 the workers keep them until the file is delivered. Text and SARIF
  // output must not change either.
  const ScratchDirectory scratch;
  const char* articles[] = {citecheck::testing::kWrongDirection, citecheck::testing::kUnclosed,
                            citecheck::testing::kUnattributed, citecheck::testing::kMixedStyle,
                            citecheck::testing::kClean};
  std::string cycle;
  for (const char* article : articles)
    cycle += std::string(article) + "\n";
  std::string text;
  std::size_t cycles = 0;
  for (; text.size() < 2'500'000; ++cycles)
    text += cycle;
  scratch.write("long.txt", text);
  scratch.write("cycle.txt", cycle);
  scratch.write("short.md", citecheck::testing::kMixedStyle);
  for (const char* format : {"json", "text", "sarif"}) {
    INFO(format);
    const std::string arguments = std::string("--no-config -f ") + format + " long.txt short.md";
    const auto serial = run_citecheck(scratch.path(), "-j 1 " + arguments);
    const auto parallel = run_citecheck(scratch.path(), "-j 2 " + arguments);
    CHECK(serial.status == 1);
    CHECK(parallel.status == serial.status);
    CHECK(parallel.out == serial.out);
  }
  // Every quotation of the long file is there, in order: as many as in one cycle of its
  // articles, checked alone, times the cycles.
  const auto quotations_of = [&](const std::string& file) {
    return nlohmann::json::parse(run_citecheck(scratch.path(), "-j 1 --no-config -f json " + file)
                                     .out)["files"][0]["quotations"];
  };
  const auto quotations = quotations_of("long.txt");
  REQUIRE(quotations_of("cycle.txt").size() > 0);
  CHECK(quotations.size() == cycles * quotations_of("cycle.txt").size());
  CHECK(std::is_sorted(quotations.begin(), quotations.end(),
                       [](const auto& a, const auto& b) { return a["start"] < b["start"]; }));
}

TEST_CASE("every rule has a documentation page with the agreed sections", "[cli][docs]") {
  for (const citecheck::Rule* rule : citecheck::all_rules()) {
    const std::string id(rule->info().id);
    INFO(id);
    const auto page = citecheck::rule_page(id);
    REQUIRE(page.has_value());
    CHECK(page->starts_with("# " + id + "\n"));
    for (const char* section : {"\n## Why\n", "\n## Example\n", "\n## Options\n", "\n## Message\n"})
      CHECK(page->find(section) != std::string_view::npos);
    CHECK_FALSE(citecheck::rule_page_description(*page).empty());
  }
}

TEST_CASE("CLI: --explain prints the rule's page", "[cli][docs]") {
  const ScratchDirectory scratch;
  for (const citecheck::Rule* rule : citecheck::all_rules()) {
    const std::string id(rule->info().id);
    const auto explained = run_citecheck(scratch.path(), "--explain " + id);
    CHECK(explained.status == 0);
    CHECK(explained.out == *citecheck::rule_page(id));
  }
  const auto unknown = run_citecheck(scratch.path(), "--explain quote-nonsense");
  CHECK(unknown.status == 2);
  CHECK(unknown.err ==
        "citecheck: error: --explain: unknown rule 'quote-nonsense' (see --list-rules)\n");
}

TEST_CASE("rule page descriptions are the first paragraph", "[cli][docs]") {
  CHECK(citecheck::rule_page_description("# id\n\nFirst line\nsecond line.\n\nMore.\n") ==
        "First line second line.");
}

TEST_CASE("CLI: --install-hook", "[cli][hook]") {
  const ScratchDirectory scratch;
  const auto outside = run_citecheck(scratch.path(), "--install-hook");
  CHECK(outside.status == 2);
  CHECK(outside.err.find("is not inside a git repository") != std::string::npos);

  std::filesystem::create_directories(scratch.path() / "repo/.git");
  std::filesystem::create_directories(scratch.path() / "repo/desk");
  const auto installed = run_citecheck(scratch.path() / "repo/desk", "--install-hook");
  CHECK(installed.status == 0);
  const auto hook = scratch.path() / "repo/.git/hooks/pre-commit";
  CHECK(read_text(hook) == citecheck::pre_commit_hook_script());
  CHECK((std::filesystem::status(hook).permissions() & std::filesystem::perms::owner_exec) !=
        std::filesystem::perms::none);
  // Its own hook is replaced without --force.
  CHECK(run_citecheck(scratch.path() / "repo", "--install-hook").status == 0);

  scratch.write("repo/.git/hooks/pre-commit", "#!/bin/sh\nmake lint\n");
  const auto foreign = run_citecheck(scratch.path() / "repo", "--install-hook");
  CHECK(foreign.status == 2);
  CHECK(foreign.err.find("use --force to replace it") != std::string::npos);
  CHECK(read_text(hook) == "#!/bin/sh\nmake lint\n");
  CHECK(run_citecheck(scratch.path() / "repo", "--install-hook --force").status == 0);
  CHECK(read_text(hook) == citecheck::pre_commit_hook_script());

  // A worktree's .git file points at the real git directory.
  std::filesystem::create_directories(scratch.path() / "main-git/worktrees/wt");
  scratch.write("wt/.git", "gitdir: ../main-git/worktrees/wt\n");
  CHECK(run_citecheck(scratch.path() / "wt", "--install-hook").status == 0);
  CHECK(std::filesystem::exists(scratch.path() / "main-git/worktrees/wt/hooks/pre-commit"));
}

TEST_CASE("CLI: GitHub annotations from a real run", "[cli][github]") {
  const ScratchDirectory scratch;
  scratch.write("news/a, b.md", citecheck::testing::kUnclosed);
  const auto github = run_citecheck(scratch.path(), "--no-config -f github 'news/a, b.md'");
  CHECK(github.status == 1);
  CHECK(github.out ==
        "::error file=news/a%2C b.md,line=1,col=1,endLine=1,endColumn=2,"
        "title=quote-unbalanced::quotation mark \xE2\x80\x9C opens a quotation that is never "
        "closed%0Ahelp: add the closing mark where the quotation ends\n");
}

TEST_CASE("CLI: repeatable options take one value each", "[cli]") {
  const ScratchDirectory scratch;
  scratch.write("a.txt", citecheck::testing::kWrongDirection);
  const auto result = run_citecheck(
      scratch.path(),
      "--no-config -f line --rule quote-inner-space=off --rule quote-wrong-direction=info a.txt");
  CHECK(result.status == 0);
  CHECK(result.out ==
        "a.txt:1:20: info: quotation opens with a closing mark \xE2\x80\x9D "
        "[quote-wrong-direction]\n");
}
