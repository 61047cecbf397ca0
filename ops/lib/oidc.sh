# shellcheck shell=bash
# Starts, or reuses, the OpenID provider the sign-in tests use: ops/oidc/provider.mjs, on the npm
# package oidc-provider, on 127.0.0.1. Source this file, then call ledger_oidc_up; it exports
# LEDGER_TEST_OIDC (the issuer). A provider this script started stops with the calling script.

LEDGER_OIDC_PORT="${LEDGER_OIDC_PORT:-54330}"
LEDGER_OIDC_VERSION="9.13.3"

ledger_oidc_up() {
  local modules=.ops/oidc issuer="http://127.0.0.1:$LEDGER_OIDC_PORT" log
  export LEDGER_TEST_OIDC="$issuer"
  if curl -fsS -o /dev/null "$issuer/.well-known/openid-configuration" 2>/dev/null; then
    return 0
  fi
  if ! command -v node >/dev/null 2>&1; then
    echo "The sign-in tests need Node.js (20 or newer) for the OpenID provider: apt-get install nodejs npm" >&2
    return 1
  fi
  if [ ! -f "$modules/node_modules/oidc-provider/package.json" ] \
    || ! grep -q "\"version\": \"$LEDGER_OIDC_VERSION\"" "$modules/node_modules/oidc-provider/package.json"; then
    npm install --no-save --no-audit --no-fund --prefix "$modules" "oidc-provider@$LEDGER_OIDC_VERSION" >/dev/null
  fi
  log="$modules/provider.log"
  node ops/oidc/provider.mjs "$PWD/$modules" "$LEDGER_OIDC_PORT" >"$log" 2>&1 &
  LEDGER_OIDC_PID=$!
  trap 'kill "$LEDGER_OIDC_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    if curl -fsS -o /dev/null "$issuer/.well-known/openid-configuration" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$LEDGER_OIDC_PID" 2>/dev/null; then
      echo "The OpenID provider did not start (port $LEDGER_OIDC_PORT taken? set LEDGER_OIDC_PORT):" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "The OpenID provider did not answer at $issuer within 20 s; see $log" >&2
  return 1
}
