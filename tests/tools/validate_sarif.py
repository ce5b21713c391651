#!/usr/bin/python3
"""Validates citecheck's SARIF output against the vendored SARIF 2.1.0 schema.

Runs the real binary three times (a run with findings, a clean run, a failed run),
checks each exit status and validates each document with Debian's python3-jsonschema.

usage: validate_sarif.py CITECHECK SCHEMA
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

BAD_ARTICLE = "The mayor told us, \u201d We will open the bridge in March.\u201d\n\n\u201cHello\n"
GOOD_ARTICLE = "The bridge opens in March, the mayor said.\n"


def run_sarif(citecheck, workdir, paths):
    result = subprocess.run(
        [citecheck, "--no-config", "-f", "sarif", *paths],
        cwd=workdir, capture_output=True, text=True, check=False)
    return result.returncode, json.loads(result.stdout), result.stderr


def main():
    citecheck, schema_path = os.path.abspath(sys.argv[1]), sys.argv[2]
    schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    failures = []
    with tempfile.TemporaryDirectory() as workdir:
        pathlib.Path(workdir, "bad.md").write_text(BAD_ARTICLE, encoding="utf-8")
        pathlib.Path(workdir, "good.md").write_text(GOOD_ARTICLE, encoding="utf-8")
        scenarios = [
            ("findings", ["bad.md"], 1),
            ("clean", ["good.md"], 0),
            ("failed", ["good.md", "missing.md"], 2),
            ("failed early", ["--rule", "no-such-rule=error", "good.md"], 2),
        ]
        for name, paths, expected_status in scenarios:
            status, document, stderr = run_sarif(citecheck, workdir, paths)
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
            for error in errors:
                failures.append(f"{name}: {'/'.join(map(str, error.path))}: {error.message}")
            if status != expected_status:
                failures.append(f"{name}: exit status {status}, expected {expected_status}: {stderr}")
            run = document["runs"][0]
            invocation = run["invocations"][0]
            if name == "findings" and len(run["results"]) != 3:
                failures.append(f"findings: {len(run['results'])} results, expected 3")
            if name == "clean" and run["results"]:
                failures.append("clean: results reported")
            if name.startswith("failed"):
                notifications = invocation.get("toolExecutionNotifications", [])
                if invocation["executionSuccessful"] or len(notifications) != 1:
                    failures.append("failed: the failure is not recorded in the invocation")
            print(f"{name}: exit {status}, {len(run['results'])} results, {len(errors)} schema errors")

    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
