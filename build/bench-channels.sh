#!/usr/bin/env bash
# The Channels benchmarks (issue "Channels", section Benchmarks), each against a baseline run in
# the same invocation: post creation over HTTP against a one-INSERT server (and the same writes
# from pgbench, without a server), WebSocket fan-out and
# memory per idle WebSocket client against that server's bare WebSocket broadcast (Release builds,
# PostgreSQL, Suite.Host and the baseline as separate processes in a scratch directory, all
# stopped and removed at the end, also on failure or Ctrl-C), then the cluster figures
# (build/bench-cluster.sh: two nodes against one behind nginx, failover time), then post search over 1,000,000
# posts against Mattermost's database search (build/bench-search.sh).
# Arguments before "--" go to the load program (tests/Suite.LoadBench), e.g. --duration 15
# --idle-clients 5000; arguments after it to the search benchmark, e.g. -- --posts 200000.
# With --stages throughput only the post creation tables run; with --stages memory only the idle
# WebSocket memory table (both without the search benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_dotnet
require_postgres

command_line="build/bench-channels.sh${*:+ $*}"
load_args=()
search_args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; search_args=("$@"); break; fi
  load_args+=("$1"); shift
done
run_search=1
for ((i = 0; i < ${#load_args[@]}; i++)); do
  if [ "${load_args[$i]}" = "--stages" ] && [ "${load_args[$((i + 1))]:-all}" != "all" ]; then run_search=0; fi
done
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
  --work-dir "$work" --command "$command_line" ${load_args[@]+"${load_args[@]}"}

if [ "$run_search" -eq 1 ]; then
  echo
  # Two nodes against one behind the same nginx, and the failover time (also alone: build/bench-cluster.sh).
  build/bench-cluster.sh
  echo
  build/bench-search.sh ${search_args[@]+"${search_args[@]}"}
fi
