#!/bin/sh
# The README's pictures: the bundled examples' brief for each audience, page one as a small
# PNG (the project's own articles: nothing from ../shared is copied into the repository).
# Needs pdftoppm (Debian: poppler-utils). Run from the project folder.
set -eu
for audience in analyst minister press; do
  out="$(mktemp -d)"
  .venv/bin/briefing build examples/*.md --audience "$audience" --format pdf -o "$out" >/dev/null
  pdftoppm -r 60 -png -singlefile "$out/brief.pdf" "docs/audience-$audience"
  rm -r "$out"
done
out="$(mktemp -d)"
.venv/bin/briefing build examples/*.md --format pdf -o "$out" >/dev/null
pdftoppm -r 70 -png -singlefile "$out/brief.pdf" docs/brief-example
rm -r "$out"
