#!/usr/bin/env bash
# Load benchmarks for Channels (issue "Channels", section Benchmarks): post creation over HTTP
# against a one-INSERT baseline, WebSocket fan-out, memory per idle WebSocket client. Builds
# Release, starts PostgreSQL, Suite.Host and the baseline as separate processes in a scratch
# directory, prints the tables, and stops and removes everything, also on failure or Ctrl-C.
# Arguments go to the program (tests/Suite.LoadBench), e.g. --duration 15 --idle-clients 5000.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_dotnet
require_postgres

command_line="build/bench-channels.sh${*:+ $*}"
dotnet build Suite.sln -c Release -nologo -v quiet -clp:ErrorsOnly

# 10,000 WebSocket clients in this process and as many connections in Suite.Host (which inherits it).
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# Under /tmp, so the postgres OS user can reach the PostgreSQL data directory inside it.
work=$(mktemp -d /tmp/suite-loadbench.XXXXXX)
chmod 755 "$work"
cleanup() {
  # The program stops its servers itself; this covers it being killed.
  for pid_file in "$work"/*.pid; do
    [ -f "$pid_file" ] || continue
    pid=$(cat "$pid_file")
    if ps -p "$pid" -o args= 2>/dev/null | grep -q dotnet; then kill -KILL "$pid" 2>/dev/null || true; fi
  done
  if [ -f "$work/postgres/postmaster.pid" ]; then
    pg_ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pg_ctl" -D "$work/postgres" -m immediate stop >/dev/null 2>&1 || true
    else "$pg_ctl" -D "$work/postgres" -m immediate stop >/dev/null 2>&1 || true; fi
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

dotnet artifacts/bin/Suite.LoadBench/release/Suite.LoadBench.dll \
  --suite-host artifacts/bin/Suite.Host/release/Suite.Host.dll \
  --work-dir "$work" --command "$command_line" "$@"
