#!/usr/bin/env bash
# The cluster figures of build/bench-channels.sh (also runnable alone): post creation through nginx
# into 1 channel and into 1,000 channels with one node behind nginx, then the same with two nodes
# behind the same nginx (build/cluster.sh 1 and 2 in a scratch data directory), and the failover
# time: a channel's grain is on node 1, node 1 is killed with kill -9, time to the first post
# accepted into that channel through nginx. Arguments: [seconds per run] [clients] (15, 32).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_client_compat
seconds="${1:-15}"
clients="${2:-32}"
port="${SUITE_CLUSTER_PORT:-18065}"
db_port="${SUITE_CLUSTER_DB_PORT:-55329}"

dotnet build Suite.sln -c Release -nologo -v quiet -clp:ErrorsOnly
export SUITE_CLUSTER_NO_BUILD=1

work=$(mktemp -d /tmp/suite-cluster-bench.XXXXXX)
chmod 755 "$work"
cluster_pid=""
stop_cluster() {
  if [ -n "$cluster_pid" ]; then kill -TERM "$cluster_pid" 2>/dev/null || true; wait "$cluster_pid" 2>/dev/null || true; fi
  cluster_pid=""
}
trap 'stop_cluster; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

start_cluster() {
  local nodes=$1
  rm -rf "$work/data"
  Suite__DataDirectory="$work/data" SUITE_CLUSTER_PORT="$port" SUITE_CLUSTER_DB_PORT="$db_port" \
    build/cluster.sh "$nodes" >"$work/cluster.out" 2>&1 &
  cluster_pid=$!
  for _ in $(seq 1 3600); do
    if grep -q "ready at" "$work/cluster.out"; then return 0; fi
    if ! kill -0 "$cluster_pid" 2>/dev/null; then cat "$work/cluster.out" >&2; exit 1; fi
    sleep 0.5
  done
  echo "the cluster did not start" >&2
  exit 1
}

echo "Post creation through nginx, $clients clients, $seconds s each (posts/s)"
printf '%-8s %12s %15s\n' nodes "1 channel" "1,000 channels"
for nodes in 1 2; do
  start_cluster "$nodes"
  one=$(node tests/client-compat/cluster-bench.mjs "http://127.0.0.1:$port" "$seconds" "$clients" 1)
  many=$(node tests/client-compat/cluster-bench.mjs "http://127.0.0.1:$port" "$seconds" "$clients" 1000)
  stop_cluster
  printf '%-8s %12s %15s\n' "$nodes" "$(echo "$one" | sed 's/.*"postsPerSecond":\([0-9]*\).*/\1/')" "$(echo "$many" | sed 's/.*"postsPerSecond":\([0-9]*\).*/\1/')"
done

start_cluster 2
failover=$(node tests/client-compat/cluster-bench.mjs failover "http://127.0.0.1:$port" "http://127.0.0.1:$((port + 1))" "$work/data/cluster/node1.pid")
stop_cluster
echo "Failover (kill -9 of the grain's node to the first accepted post into its channel): $failover"
echo "Load: $(uptime)"
