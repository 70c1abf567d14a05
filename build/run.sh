#!/usr/bin/env bash
# Runs Suite on http://localhost:8065 (override with ASPNETCORE_URLS) with its embedded PostgreSQL
# under the data directory (.suite, or Suite__DataDirectory). Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_dotnet
require_postgres

dotnet build Suite.sln -c Release -nologo -v quiet -clp:ErrorsOnly
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:8065}"
export Suite__DataDirectory="${Suite__DataDirectory:-$PWD/.suite}"
cd Platform/Suite.Host
exec dotnet ../../artifacts/bin/Suite.Host/release/Suite.Host.dll "$@"
