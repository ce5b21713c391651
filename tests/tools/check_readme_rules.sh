#!/usr/bin/env bash
# Fails when the README's rule table differs from what scripts/rule-table generates from
# the rule registry.   usage: check_readme_rules.sh CITECHECK_BINARY PROJECT_DIR
set -euo pipefail
binary="$1"
root="$2"
diff <(CITECHECK="$binary" "$root/scripts/rule-table") \
     <(awk '/^## Rules/ { in_rules = 1; next } in_rules && /^\|/ { print } in_rules && /^## / { exit }' \
           "$root/README.md")
