#!/usr/bin/env bash
# Page benchmarks with wrk against the site built in Release on the embedded database with the demo council.
# Usage: scripts/bench.sh [seconds per page]   (needs wrk: apt-get install -y wrk)
# Results go in docs/benchmarks.md by hand, with the machine and date: they are measurements, not tests.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
port=5099
data=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

dotnet build src/HccPerformance.Web -c Release -v quiet -nologo >/dev/null
# Run from the output folder: it is the content root, where the appsettings files are.
(cd src/HccPerformance.Web/bin/Release/net10.0 && ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
  exec dotnet HccPerformance.Web.dll --urls "http://localhost:$port" --Database:DataFolder="$data" >/dev/null 2>&1) &
site=$!
trap 'kill $site 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "http://localhost:$port/healthz" >/dev/null && break; sleep 1; done

cookie() {
  local jar; jar=$(mktemp)
  local token
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$port/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  # The sign-in cookie is Secure, which curl keeps only over https: take it from the response header instead.
  curl -s -b "$jar" -o /dev/null -D - --data-urlencode "Input.UserName=$1" --data-urlencode "Input.Password=Driving-Success-2008" \
    --data-urlencode "__RequestVerificationToken=$token" "http://localhost:$port/account/sign-in" \
    | sed -n 's/^[Ss]et-[Cc]ookie: \(__Host-HccPerformance=[^;]*\);.*/\1/p'
  rm -f "$jar"
}

run() {
  local name="$1" path="$2" header="${3:-}"
  printf '%-40s ' "$name ($path)"
  if [ -n "$header" ]; then
    wrk -t2 -c8 -d"${duration}s" -H "Cookie: $header" "http://localhost:$port$path" | awk '/Requests\/sec/ { rps=$2 } /Latency/ { lat=$2 } END { printf "%8s req/s, mean latency %s\n", rps, lat }'
  else
    wrk -t2 -c8 -d"${duration}s" "http://localhost:$port$path" | awk '/Requests\/sec/ { rps=$2 } /Latency/ { lat=$2 } END { printf "%8s req/s, mean latency %s\n", rps, lat }'
  fi
}

head=$(cookie head.of.improvement)
chief=$(cookie chief.officer)
[ -n "$head" ] && [ -n "$chief" ] || { echo "Could not sign in the demo users" >&2; exit 1; }
check() { [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "http://localhost:$port$1")" = 200 ] || { echo "$1 does not answer 200 when signed in" >&2; exit 1; }; }
period=$(curl -s -H "Cookie: $head" "http://localhost:$port/self-assessments/tracker" | sed -n 's/.*<option value="\([0-9]*\)" selected="selected">.*/\1/p' | head -1)
check /dashboard "$head"; check "/departments/1/self-assessments/$period" "$chief"
run "Liveness" /healthz
run "Sign-in page" /account/sign-in
run "Dashboard, Head of Improvement" /dashboard "$head"
run "Tracker, Head of Improvement" /self-assessments/tracker "$head"
run "Department page, Chief Officer" /departments/1 "$chief"
run "Self-assessment, Chief Officer" "/departments/1/self-assessments/$period" "$chief"
