#!/usr/bin/env bash
# The cluster fault test: build/cluster.sh 2 in a scratch data directory on spare ports, then
# tests/client-compat/cluster-fault.mjs posts through nginx from 8 clients into 20 channels with
# WebSocket listeners connected and kills node 1 with kill -9 (see that file for the checks).
# Finally the cluster is stopped (SIGTERM, which its Ctrl-C trap handles), and no node may be left running.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_client_compat

work=$(mktemp -d /tmp/suite-cluster-fault.XXXXXX)
chmod 755 "$work"
port="${SUITE_CLUSTER_PORT:-18065}"
log="$work/cluster.out"
Suite__DataDirectory="$work/data" SUITE_CLUSTER_PORT="$port" SUITE_CLUSTER_DB_PORT="${SUITE_CLUSTER_DB_PORT:-55329}" \
  build/cluster.sh 2 >"$log" 2>&1 &
cluster_pid=$!
cleanup() {
  kill -TERM "$cluster_pid" 2>/dev/null || true
  wait "$cluster_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 3600); do
  if grep -q "ready at" "$log"; then break; fi
  if ! kill -0 "$cluster_pid" 2>/dev/null; then cat "$log" >&2; exit 1; fi
  sleep 0.5
done
grep "ready at" "$log"

status=0
node tests/client-compat/cluster-fault.mjs "http://127.0.0.1:$port" "$work/data/cluster/node1.pid" || status=$?

node2_pid=$(cat "$work/data/cluster/node2.pid")
kill -TERM "$cluster_pid"
wait "$cluster_pid" 2>/dev/null || true
if kill -0 "$node2_pid" 2>/dev/null; then
  echo "node 2 still runs after the cluster was stopped" >&2
  status=1
fi
exit "$status"
