#include <catch2/catch.hpp>

#include "src/walk/glob.hpp"
#include "src/walk/ignore_rules.hpp"
#include "src/walk/walk.hpp"

#include <filesystem>
#include "tests/cli/cli_support.hpp"

using namespace citecheck;
using citecheck::testing::run_citecheck;
using citecheck::testing::ScratchDirectory;

TEST_CASE("glob patterns", "[walk]") {
  CHECK(glob_match("*.md", "a.md"));
  CHECK_FALSE(glob_match("*.md", "dir/a.md"));
  CHECK(glob_match("**/*.md", "a.md"));
  CHECK(glob_match("**/*.md", "x/y/a.md"));
  CHECK(glob_match("docs/**", "docs/x/y.md"));
  CHECK(glob_match("docs/**/a.md", "docs/a.md"));
  CHECK(glob_match("docs/**/a.md", "docs/x/y/a.md"));
  CHECK_FALSE(glob_match("docs/**/a.md", "docsx/a.md"));
  CHECK(glob_match("a?.txt", "ab.txt"));
  CHECK_FALSE(glob_match("a?.txt", "a/.txt"));
  CHECK(glob_match("[a-c]*.md", "brief.md"));
  CHECK_FALSE(glob_match("[!a-c]*.md", "brief.md"));
  CHECK(glob_match("\\*.md", "*.md"));
  CHECK_FALSE(glob_match("\\*.md", "a.md"));
  CHECK(glob_match("a**b", "axxb"));
  CHECK_FALSE(glob_match("a**b", "a/b"));
}

TEST_CASE("glob expansion is sorted and relative to its base", "[walk]") {
  const ScratchDirectory scratch;
  scratch.write("refs/b.json", "");
  scratch.write("refs/a.json", "");
  scratch.write("refs/old/c.json", "");
  scratch.write("refs/a.bib", "");
  CHECK(expand_glob(scratch.path(), "refs/*.json") ==
        std::vector<std::filesystem::path>{scratch.path() / "refs/a.json",
                                           scratch.path() / "refs/b.json"});
  CHECK(expand_glob(scratch.path(), "refs/**/*.json").size() == 3);
  CHECK(expand_glob(scratch.path(), "missing.json") ==
        std::vector<std::filesystem::path>{scratch.path() / "missing.json"});
  CHECK(expand_glob(scratch.path(), "nowhere/*.json").empty());
}

TEST_CASE("ignore rules follow gitignore", "[walk]") {
  IgnoreRules rules;
  for (const char* line : {"# drafts and scratch", "drafts/", "*.tmp.md", "!keep.tmp.md", "/top.md",
                           "archive/**/old.md", ""})
    rules.add(line, "/repo");
  CHECK(rules.ignored("/repo/drafts", true));
  CHECK(rules.ignored("/repo/drafts/a.md", false));
  CHECK(rules.ignored("/repo/x/drafts/a.md", false));
  CHECK_FALSE(rules.ignored("/repo/drafts", false));  // a file named drafts
  CHECK(rules.ignored("/repo/x/y.tmp.md", false));
  CHECK_FALSE(rules.ignored("/repo/x/keep.tmp.md", false));
  CHECK(rules.ignored("/repo/top.md", false));
  CHECK_FALSE(rules.ignored("/repo/x/top.md", false));
  CHECK(rules.ignored("/repo/archive/2020/01/old.md", false));
  CHECK_FALSE(rules.ignored("/elsewhere/drafts/a.md", false));
  CHECK_FALSE(rules.ignored("/repo/story.md", false));
}

TEST_CASE("nothing below an ignored directory comes back", "[walk]") {
  IgnoreRules rules;
  rules.add("drafts/", "/repo");
  rules.add("!drafts/keep.md", "/repo");
  CHECK(rules.ignored("/repo/drafts/keep.md", false));
}

TEST_CASE("directories are walked in a stable order", "[walk]") {
  const ScratchDirectory scratch;
  for (const char* file :
       {"site/b.md", "site/a.txt", "site/C.html", "site/sub/d.markdown", "site/sub/e.htm",
        "site/notes.pdf", "site/.hidden.md", "site/.git/x.md", "site/drafts/f.md"})
    scratch.write(file, "x\n");
  IgnoreRules rules;
  rules.add("drafts/", scratch.path());
  const std::filesystem::path site = scratch.path() / "site";
  const CollectedInputs inputs =
      collect_inputs({site.string(), "-", (site / "b.md").string(), "missing.md"}, rules);
  CHECK(inputs.errors.empty());
  const std::string prefix = site.string() + "/";
  CHECK(inputs.paths == std::vector<std::string>{prefix + "C.html", prefix + "a.txt",
                                                 prefix + "b.md", prefix + "sub/d.markdown",
                                                 prefix + "sub/e.htm", "-", "missing.md"});
}

TEST_CASE("a walk lists the files of each directory it reads", "[walk]") {
  const ScratchDirectory scratch;
  for (const char* file : {"site/a.md", "site/a.sources.json", "site/.b.sources.bib",
                           "site/sub/c.txt", "elsewhere/d.md", "elsewhere/d.sources.json"})
    scratch.write(file, "x\n");
  const std::filesystem::path site = scratch.path() / "site";
  const std::filesystem::path elsewhere = scratch.path() / "elsewhere";
  // The site is walked (named with a trailing slash); the other article is named alone.
  const CollectedInputs inputs =
      collect_inputs({site.string() + "/", (elsewhere / "d.md").string()}, IgnoreRules{});
  using Names = std::vector<std::string>;
  const std::vector<std::string>* listed = inputs.listings.files_in(site);
  REQUIRE(listed != nullptr);
  // Hidden files are no inputs but still files; a directory is not one.
  CHECK(*listed == Names{".b.sources.bib", "a.md", "a.sources.json"});
  REQUIRE(inputs.listings.files_in(site / "sub") != nullptr);
  CHECK(*inputs.listings.files_in(site / "sub") == Names{"c.txt"});
  CHECK(inputs.listings.files_in(scratch.path() / "site" / ".") == listed);
  CHECK(inputs.listings.files_in(elsewhere) == nullptr);
}

TEST_CASE("CLI: .citecheckignore and --ignore-pattern", "[cli][walk]") {
  const ScratchDirectory scratch;
  scratch.write(".citecheckignore", "# not ready\ndrafts/\n");
  scratch.write("articles/one.md", citecheck::testing::kUnclosed);
  scratch.write("articles/two.txt", citecheck::testing::kUnclosed);
  scratch.write("articles/drafts/three.md", citecheck::testing::kUnclosed);
  scratch.write("articles/notes.pdf", "not an article");

  const auto all = run_citecheck(scratch.path(), "--no-config -f line articles");
  CHECK(all.status == 1);
  CHECK(all.out ==
        "articles/one.md:1:1: error: quotation mark \xE2\x80\x9C opens a quotation that is "
        "never closed [quote-unbalanced]\n"
        "articles/two.txt:1:1: error: quotation mark \xE2\x80\x9C opens a quotation that is "
        "never closed [quote-unbalanced]\n");

  const auto pattern =
      run_citecheck(scratch.path(), "--no-config -f line --ignore-pattern '*.txt' articles");
  CHECK(pattern.out.find("two.txt") == std::string::npos);
  CHECK(pattern.out.find("one.md") != std::string::npos);

  // An ignored file named on the command line (as pre-commit does) is skipped too.
  const auto named = run_citecheck(scratch.path(), "--no-config -f line articles/drafts/three.md");
  CHECK(named.status == 0);
  CHECK(named.out.empty());

  scratch.write(".citecheck.yaml", "ignore: ['one.*']\n");
  const auto configured = run_citecheck(scratch.path(), "-f line articles");
  CHECK(configured.out.find("one.md") == std::string::npos);
  CHECK(configured.out.find("two.txt") != std::string::npos);
}
