#!/usr/bin/env bash
# Two instances of the site side by side on one database (issue 19), as behind a load balancer: Kestrel on 127.0.0.1:5161
# and :5162, one SQLite file (write-ahead log). Shows that a sign-in on one is valid on the other, a change on one shows on
# the other's dashboard, a sign-out on one ends the session on both, and the reminder jobs, run by both every few
# seconds, send each message once. Fails (non-zero) when any of these breaks; stops both instances whatever happens.
# Uses the Web project's build output: scripts/test.sh runs it after `dotnet test` has built everything.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/two-instances.sh
source scripts/lib/two-instances.sh
two_instances_run
