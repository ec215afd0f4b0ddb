#!/usr/bin/env bash
# The README's test command: every test (unit, integration, browser) from a fresh clone.
# Installs Debian's Chromium (its headless shell) for the browser tests when it is missing and we are root; then runs `dotnet test`
# and ends with one line, "N passed, N failed", counted from the test results.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/lib/chromium/chromium-headless-shell ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's Chromium headless shell for the browser tests..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq chromium-headless-shell >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium-headless-shell >/dev/null; }
  else
    echo "Chromium's headless shell is missing and this is not root: run 'sudo apt-get install -y chromium-headless-shell' first, or the browser tests will fail." >&2
  fi
fi

# The test identity provider for council sign-in (the browser tests start and stop it).
source scripts/lib/oidc.sh
oidc_install
# shellcheck source=lib/poppler.sh
. scripts/lib/poppler.sh
ensure_poppler

results="$(pwd)/TestResults"
rm -rf "$results"
dotnet tool restore >/dev/null

set +e
dotnet test HccPerformance.sln --logger "trx" --results-directory "$results" "$@"
status=$?
# Two instances on one database (issue 19): scripts/lib/two-instances.sh; counted as one test in the closing line.
source scripts/lib/two-instances.sh
two_instances_run && two_instances=passed || two_instances=failed
set -e

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(printf '%s' "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(printf '%s' "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$two_instances" = passed ]; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any test could report.
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
