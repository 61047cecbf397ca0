# shellcheck shell=bash
# Builds the solution in Release with Wolverine's handler and endpoint code generated ahead of time:
# build, `codegen write` (the Critter Stack's own generator), build again with the generated code
# compiled in. The app then starts without compiling handlers; a handler whose code was not generated
# is still compiled at run time (TypeLoadMode.Auto). Source this file, then call ledger_build.

ledger_build() {
  local project=src/Nijkerk.Vergoedingen
  # The build installs the NL Design System's stylesheets for the screens with npm (see the project file).
  if ! command -v npm >/dev/null; then
    echo "The build needs npm (Node.js 20 or newer) for the screens' NL Design System packages: sudo apt-get install nodejs npm" >&2
    return 1
  fi
  local target="${1:-Nijkerk.Vergoedingen.sln}"
  rm -rf "$project/Internal/Generated" "$project/bin/Release/net10.0/Internal/Generated"
  dotnet build "$project/Nijkerk.Vergoedingen.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
  # Generating code reads the configuration only; it needs no database, just a connection string to read,
  # and runs as Development, where no identity provider has to be named.
  ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Ledger="${ConnectionStrings__Ledger:-Host=127.0.0.1;Database=codegen}" \
    dotnet "$project/bin/Release/net10.0/Nijkerk.Vergoedingen.dll" codegen write >/dev/null
  mkdir -p "$project/Internal"
  mv "$project/bin/Release/net10.0/Internal/Generated" "$project/Internal/Generated"
  dotnet build "$target" -c Release -nologo -v quiet -clp:ErrorsOnly
}
