#!/usr/bin/env bash
# Runs Suite on http://localhost:8065 (override with ASPNETCORE_URLS) with its embedded PostgreSQL
# under the data directory (.suite, or Suite__DataDirectory). Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_dotnet
require_postgres

build_release_when_changed
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:8065}"
export Suite__DataDirectory="${Suite__DataDirectory:-$PWD/.suite}"

# --- Licensing: a local development key and trial portal (begin) ---
# The development key pair lives under the data directory, never in the repository. Suite accepts
# licenses signed with it (besides the embedded vendor key), and the local portal signs trials with
# it, so "start a trial" works out of the box. The portal stops when this script exits.
licensing_dir="$Suite__DataDirectory/licensing"
mkdir -p "$licensing_dir"
if [ ! -f "$licensing_dir/dev-private.pem" ]; then
  dotnet artifacts/bin/Suite.Licensing.Tool/release/suite-license.dll keygen --out "$licensing_dir" --name dev --bits 3072 --force >/dev/null
fi
if [ ! -f "$licensing_dir/portal-admin-token" ]; then
  (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$licensing_dir/portal-admin-token")
fi
portal_url="${SUITE_PORTAL_URL:-http://127.0.0.1:8075}"
Portal__SigningKeyPath="$licensing_dir/dev-private.pem" \
Portal__AdminToken="$(cat "$licensing_dir/portal-admin-token")" \
Portal__DataDirectory="$licensing_dir/portal" \
ASPNETCORE_URLS="$portal_url" \
  dotnet artifacts/bin/Suite.Licensing.Portal/release/Suite.Licensing.Portal.dll >"$licensing_dir/portal.log" 2>&1 &
portal_pid=$!
stop_portal() { kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null; return 0; }
trap stop_portal EXIT
echo "Trial portal: $portal_url (log: $licensing_dir/portal.log; leads: GET /api/v1/leads/export with the token in $licensing_dir/portal-admin-token)"
export Suite__Licensing__ExtraPublicKeyPath="$licensing_dir/dev-public.pem"
export Suite__Licensing__PortalUrl="$portal_url"
# --- Licensing (end) ---

cd Platform/Suite.Host
# Not exec: the shell stays to stop the trial portal when Suite exits.
dotnet ../../artifacts/bin/Suite.Host/release/Suite.Host.dll "$@" &
suite_pid=$!
# Children of a script ignore Ctrl-C's SIGINT, so Suite is asked to stop with SIGTERM.
trap 'kill -TERM "$suite_pid" 2>/dev/null' INT TERM
wait "$suite_pid" || wait "$suite_pid"
