# shellcheck shell=bash
# Starts the OpenID provider the sign-in tests use: ops/oidc/provider.mjs, on the npm package
# oidc-provider, on 127.0.0.1 at a free port (LEDGER_OIDC_PORT to choose one). Source this file, then
# call ledger_oidc_up; it exports LEDGER_TEST_OIDC (the issuer) and stops the provider when the
# calling script ends. With LEDGER_TEST_OIDC already set, that provider is used and none started.

LEDGER_OIDC_VERSION="9.13.3"

ledger_oidc_up() {
  local modules=.ops/oidc issuer=""
  if [ -n "${LEDGER_TEST_OIDC:-}" ]; then
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
  LEDGER_OIDC_LOG="$(mktemp "${TMPDIR:-/tmp}/ledger-oidc.XXXXXX")"
  node ops/oidc/provider.mjs "$PWD/$modules" "${LEDGER_OIDC_PORT:-0}" >"$LEDGER_OIDC_LOG" 2>&1 &
  LEDGER_OIDC_PID=$!
  trap 'kill "$LEDGER_OIDC_PID" 2>/dev/null || true; rm -f "$LEDGER_OIDC_LOG"' EXIT
  # Wait for the line that names the issuer, then for its discovery document.
  for _ in $(seq 1 150); do
    issuer="$(sed -n 's/^OpenID provider at //p' "$LEDGER_OIDC_LOG")"
    if [ -n "$issuer" ] && curl -fsS -o /dev/null "$issuer/.well-known/openid-configuration" 2>/dev/null; then
      export LEDGER_TEST_OIDC="$issuer"
      return 0
    fi
    if ! kill -0 "$LEDGER_OIDC_PID" 2>/dev/null; then
      echo "The OpenID provider did not start:" >&2
      cat "$LEDGER_OIDC_LOG" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "The OpenID provider did not answer within 30 s:" >&2
  cat "$LEDGER_OIDC_LOG" >&2
  return 1
}
