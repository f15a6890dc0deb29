#!/bin/sh
# The README's pictures: the seeds' brief for each audience, page one as a small PNG.
# Needs ../shared/seeds and pdftoppm (Debian: poppler-utils). Run from the project folder.
set -eu
for audience in analyst minister press; do
  out="$(mktemp -d)"
  .venv/bin/briefing build ../shared/seeds/*.txt --date 2025-02-25 --audience "$audience" \
    --format pdf -o "$out" >/dev/null
  pdftoppm -r 60 -png -singlefile "$out/brief.pdf" "docs/audience-$audience"
  rm -r "$out"
done
