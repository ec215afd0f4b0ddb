#!/usr/bin/env bash
# The test identity provider for council sign-in (issue 19): tests/oidc-provider, panva's oidc-provider on Node.
# The browser tests start and stop it themselves (CouncilProvider in tests/HccPerformance.BrowserTests/Infrastructure),
# so a filtered `dotnet test` works too; this only makes sure, from a fresh clone, that Node is there and the package is
# installed from its lock file. Sourced by scripts/test.sh.

oidc_install() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
      echo "Installing Debian's Node.js for the test identity provider..."
      export DEBIAN_FRONTEND=noninteractive
      apt-get install -y -qq nodejs npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; }
    else
      echo "Node.js is missing and this is not root: run 'sudo apt-get install -y nodejs npm' first, or the council sign-in tests will fail." >&2
      return 0
    fi
  fi
  if [ ! -d tests/oidc-provider/node_modules/oidc-provider ]; then
    echo "Installing the test identity provider (npm ci in tests/oidc-provider)..."
    (cd tests/oidc-provider && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}
