#!/usr/bin/env bash
# Issue 20: the unit tests read the tagged PDFs back with poppler's pdfinfo (-struct-text). Sourced by scripts/test.sh.

ensure_poppler() {
  if command -v pdfinfo >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's poppler-utils (pdfinfo) for the tagged PDF tests..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq poppler-utils >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
  else
    echo "pdfinfo is missing and this is not root: run 'sudo apt-get install -y poppler-utils' first, or the tagged PDF tests will fail." >&2
  fi
}
