#!/usr/bin/python3
"""End to end: the real pre-commit framework runs this repository's citecheck hook.

Builds two throwaway git repositories, offline:
- a hook repository holding a copy of this repository's .pre-commit-hooks.yaml, committed,
  so that pre-commit can clone it at a `rev` like any hook repository;
- a content repository whose .pre-commit-config.yaml uses that hook.
The directory of the built citecheck goes first on PATH, where `language: system` finds it.
Asserts that the hook passes on a good staged article, ignores an unstaged bad one, fails
once the bad one is staged, and that a plain `git commit` is stopped by the
`citecheck --install-hook` hook too.

usage: precommit_e2e.py CITECHECK REPOSITORY_ROOT
"""

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

GOOD = "The bridge opens in March, the mayor said.\n"
BAD = "The mayor told us, \u201d We will open the bridge in March.\u201d\n"
BAD_HTML = "<p>\u201cThe ferry stops in April, she said.</p>\n"


def git(cwd, *args, env):
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def run(cwd, args, env):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    return result.returncode, result.stdout + result.stderr


class Checks:
    def __init__(self):
        self.failures = []

    def expect(self, condition, message, output=""):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            self.failures.append(message)
            print(output)


def main():
    citecheck = pathlib.Path(sys.argv[1]).resolve()
    repository_root = pathlib.Path(sys.argv[2]).resolve()
    checks = Checks()
    with tempfile.TemporaryDirectory() as temp:
        temp = pathlib.Path(temp)
        env = dict(os.environ)
        env.update({
            "PATH": f"{citecheck.parent}{os.pathsep}{env.get('PATH', '')}",
            "HOME": str(temp),  # no user git or pre-commit settings leak in
            "PRE_COMMIT_HOME": str(temp / "pre-commit-cache"),
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        })
        env.pop("CITECHECK_CONFIG", None)

        hooks = temp / "hooks"
        hooks.mkdir()
        shutil.copy(repository_root / ".pre-commit-hooks.yaml", hooks)
        git(hooks, "init", "-q", env=env)
        git(hooks, "add", ".pre-commit-hooks.yaml", env=env)
        git(hooks, "commit", "-q", "-m", "hooks", env=env)
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks, env=env, check=True,
                             capture_output=True, text=True).stdout.strip()

        content = temp / "content"
        content.mkdir()
        git(content, "init", "-q", env=env)
        (content / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: citecheck\n",
            encoding="utf-8")
        (content / "good.md").write_text(GOOD, encoding="utf-8")
        (content / "bad.md").write_text(BAD, encoding="utf-8")
        (content / "script.py").write_text("print('\u201d not an article')\n", encoding="utf-8")
        git(content, "add", ".pre-commit-config.yaml", "good.md", "script.py", env=env)

        status, output = run(content, ["pre-commit", "run"], env)
        checks.expect(status == 0 and "bad.md" not in output,
                      "passes with the good article staged and the bad one unstaged", output)

        git(content, "add", "bad.md", env=env)
        status, output = run(content, ["pre-commit", "run"], env)
        checks.expect(status == 1 and "bad.md:1:20" in output and "quote-wrong-direction" in output,
                      "fails once the bad article is staged", output)

        status, output = run(content, ["pre-commit", "run", "--files", "good.md"], env)
        checks.expect(status == 0, "passes on the good article alone", output)

        (content / "page.html").write_text(BAD_HTML, encoding="utf-8")
        status, output = run(content, ["pre-commit", "run", "--files", "page.html"], env)
        checks.expect(status == 1 and "quote-unbalanced" in output,
                      "checks HTML files (types_or html)", output)

        # The plain git hook, for repositories without the framework.
        git(content, "rm", "-q", "--cached", "bad.md", env=env)
        status, output = run(content, ["pre-commit", "install"], env)
        checks.expect(status == 0, "pre-commit install", output)
        status, output = run(content, [str(citecheck), "--install-hook"], env)
        checks.expect(status == 2 and "--force" in output,
                      "--install-hook refuses to replace pre-commit's own hook", output)
        status, output = run(content, [str(citecheck), "--install-hook", "--force"], env)
        checks.expect(status == 0, "--install-hook --force replaces it", output)
        status, output = run(content, ["git", "commit", "-q", "-m", "good"], env)
        checks.expect(status == 0, "the installed hook lets a good commit through", output)
        git(content, "add", "bad.md", env=env)
        status, output = run(content, ["git", "commit", "-q", "-m", "bad"], env)
        checks.expect(status != 0 and "quote-wrong-direction" in output,
                      "the installed hook stops a commit with a bad article", output)

    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
