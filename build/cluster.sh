#!/usr/bin/env bash
# build/cluster.sh N: N Suite nodes (default 2) on one PostgreSQL behind nginx at
# http://localhost:8065 (WebSockets proxied). The cluster is an Enterprise feature: the nodes use
# the license in SUITE_LICENSE when it is set, and otherwise a development Enterprise license signed
# with the local development key that build/run.sh creates under the data directory (never a key in
# the repository). PostgreSQL runs from the data directory's postgres folder, the one build/run.sh's
# single node uses, so both see the same data. Each node's process id goes to
# <data directory>/cluster/node<N>.pid and its log beside it. Ctrl-C stops everything.
# Ports: SUITE_CLUSTER_PORT (8065) for nginx, the nodes on the ports after it, PostgreSQL on
# SUITE_CLUSTER_DB_PORT (54329).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_dotnet
require_postgres
require_nginx

nodes="${1:-2}"
if ! [[ "$nodes" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: build/cluster.sh [N]   (N nodes, at least 1; default 2)" >&2
  exit 2
fi
public_port="${SUITE_CLUSTER_PORT:-8065}"
db_port="${SUITE_CLUSTER_DB_PORT:-54329}"

# SUITE_CLUSTER_NO_BUILD=1 skips the build (the benchmark starts several clusters from one build);
# SUITE_CLUSTER_CONFIGURATION=Debug runs the Debug build (build/test.sh's fault test uses the build it tested).
configuration="${SUITE_CLUSTER_CONFIGURATION:-Release}"
if [ -z "${SUITE_CLUSTER_NO_BUILD:-}" ]; then dotnet build Suite.sln -c "$configuration" -nologo -v quiet -clp:ErrorsOnly; fi
bin_config="${configuration,,}"
data="${Suite__DataDirectory:-$PWD/.suite}"
mkdir -p "$data"
data="$(cd "$data" && pwd)"
cluster_dir="$data/cluster"
mkdir -p "$cluster_dir/nginx/temp"
# nginx's workers run as an unprivileged user when it is started as root: they buffer large uploads here.
chmod 1777 "$cluster_dir/nginx/temp"

# --- PostgreSQL: one server for every node, in the data directory (as build/run.sh's embedded one) ---
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
pg_data="$data/postgres"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -f "$pg_data/PG_VERSION" ]; then
  mkdir -p "$pg_data"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$pg_data"; fi
  chmod 700 "$pg_data"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U suite --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if [ -f "$pg_data/postmaster.pid" ]; then
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
fi
as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 \
  -o "-p $db_port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null
if ! "$pg_bin/psql" -h 127.0.0.1 -p "$db_port" -U suite -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'suite'" | grep -q 1; then
  "$pg_bin/psql" -h 127.0.0.1 -p "$db_port" -U suite -d postgres -qc "CREATE DATABASE suite"
fi
export ConnectionStrings__Suite="Host=127.0.0.1;Port=$db_port;Username=suite;Database=suite;Maximum Pool Size=100"

# --- License: SUITE_LICENSE, else a development Enterprise license signed with the local key ---
licensing_dir="$data/licensing"
mkdir -p "$licensing_dir"
if [ ! -f "$licensing_dir/dev-private.pem" ]; then
  dotnet artifacts/bin/Suite.Licensing.Tool/$bin_config/suite-license.dll keygen --out "$licensing_dir" --name dev --bits 3072 --force >/dev/null
fi
export Suite__Licensing__ExtraPublicKeyPath="$licensing_dir/dev-public.pem"
if [ -z "${SUITE_LICENSE:-}" ]; then
  dotnet artifacts/bin/Suite.Licensing.Tool/$bin_config/suite-license.dll sign --key "$licensing_dir/dev-private.pem" \
    --sku enterprise --users 1000 --days 30 --customer "Development cluster" --email "dev@localhost" --company "Development" \
    --out "$cluster_dir/development.mattermost-license" >/dev/null
  SUITE_LICENSE="$(cat "$cluster_dir/development.mattermost-license")"
  echo "Using a 30-day development Enterprise license signed with the local key (set SUITE_LICENSE to use your own)."
fi
export SUITE_LICENSE

# --- Stopping everything: on Ctrl-C, on a failure, and when this script ends ---
pids=()
nginx_pid=""
stop_all() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$nginx_pid" ]; then kill -QUIT "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  rm -f "$cluster_dir"/node*.pid
  echo "Cluster stopped."
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# --- Nodes: the first alone, then the others, which join it with the license ---
start_node() {
  local n=$1
  local port=$((public_port + n))
  # Every node shares the data directory, which holds uploaded files.
  # From the host's folder, as build/run.sh runs it: its appsettings.json names the modules.
  (cd Platform/Suite.Host && ASPNETCORE_URLS="http://127.0.0.1:$port" Suite__DataDirectory="$data" \
    exec dotnet ../../artifacts/bin/Suite.Host/$bin_config/Suite.Host.dll) >"$cluster_dir/node$n.log" 2>&1 &
  pids+=("$!")
  echo "$!" > "$cluster_dir/node$n.pid"
}
wait_ready() {
  local n=$1
  local port=$((public_port + n))
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$(cat "$cluster_dir/node$n.pid")" 2>/dev/null; then
      echo "Node $n exited while starting; the end of $cluster_dir/node$n.log:" >&2
      tail -n 20 "$cluster_dir/node$n.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "Node $n was not ready within 120 s; see $cluster_dir/node$n.log" >&2
  exit 1
}
start_node 1
wait_ready 1
for n in $(seq 2 "$nodes"); do start_node "$n"; done
for n in $(seq 2 "$nodes"); do wait_ready "$n"; done

# --- nginx in front: round robin over the nodes, WebSockets upgraded, a dead node skipped ---
upstreams=""
for n in $(seq 1 "$nodes"); do upstreams+="    server 127.0.0.1:$((public_port + n)) max_fails=1 fail_timeout=2s;"$'\n'; done
cat > "$cluster_dir/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $cluster_dir/nginx/nginx.pid;
error_log $cluster_dir/nginx.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path $cluster_dir/nginx/temp/body;
  proxy_temp_path $cluster_dir/nginx/temp/proxy;
  fastcgi_temp_path $cluster_dir/nginx/temp/fastcgi;
  uwsgi_temp_path $cluster_dir/nginx/temp/uwsgi;
  scgi_temp_path $cluster_dir/nginx/temp/scgi;
  client_max_body_size 100m;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
  upstream suite {
$upstreams    keepalive 64;
  }
  server {
    listen $public_port;
    location / {
      proxy_pass http://suite;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 1s;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
      # A request that never reached a node goes to the next; one that did is not sent twice.
      proxy_next_upstream error timeout;
    }
  }
}
EOF
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
"$nginx_bin" -e "$cluster_dir/nginx.log" -c "$cluster_dir/nginx.conf" -p "$cluster_dir/nginx" &
nginx_pid=$!
echo "$nginx_pid" > "$cluster_dir/nginx.pid"
for _ in $(seq 1 100); do
  if curl -fs "http://127.0.0.1:$public_port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$nginx_pid" 2>/dev/null; then echo "nginx did not start; see $cluster_dir/nginx.log" >&2; exit 1; fi
  sleep 0.1
done

node_list="$(for n in $(seq 1 "$nodes"); do printf '127.0.0.1:%s ' $((public_port + n)); done)"
echo "Suite cluster of $nodes node(s) ready at http://localhost:$public_port (nodes: ${node_list% }); logs and pid files in $cluster_dir. Ctrl-C stops it."
# Children of a script ignore Ctrl-C's SIGINT, so the trap above stops them; until then, wait.
while true; do
  wait -n "${pids[@]}" "$nginx_pid" 2>/dev/null || true
  sleep 1
done
