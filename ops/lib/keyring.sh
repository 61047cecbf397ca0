# shellcheck shell=bash
# The certificate a Production node encrypts its Data Protection key ring with, for ops/cluster and
# ops/drill: made once with openssl (a self-signed RSA certificate in a PKCS#12 file with a random
# password) in the given folder. Source this file, then call ledger_keyring <folder>; it exports
# DataProtection__Certificate__Path and DataProtection__Certificate__Password. With the path already set,
# that certificate is used and none made.

ledger_keyring() {
  local folder="$1"
  if [ -n "${DataProtection__Certificate__Path:-}" ]; then
    return 0
  fi
  mkdir -p "$folder"
  if [ ! -f "$folder/keyring.pfx" ] || [ ! -f "$folder/keyring.password" ]; then
    (umask 077
      openssl rand -hex 24 >"$folder/keyring.password"
      openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Nijkerk.Vergoedingen key ring" \
        -keyout "$folder/keyring.key" -out "$folder/keyring.crt" 2>/dev/null
      openssl pkcs12 -export -inkey "$folder/keyring.key" -in "$folder/keyring.crt" -out "$folder/keyring.pfx" \
        -passout "file:$folder/keyring.password"
      rm -f "$folder/keyring.key")
  fi
  export DataProtection__Certificate__Path="$folder/keyring.pfx"
  DataProtection__Certificate__Password="$(cat "$folder/keyring.password")"
  export DataProtection__Certificate__Password
}
