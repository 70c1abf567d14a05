#!/usr/bin/env bash
# Runs every test project against real PostgreSQL (the tests start it with Suite's own launcher)
# and ends with one line: "N passed, N failed, N skipped". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_dotnet
require_postgres
require_client_compat
require_alertmanager
require_slack_client
require_chromium
require_nginx

results=artifacts/test-results
rm -rf "$results"
if ! dotnet build Suite.sln -c Debug -nologo -v quiet -clp:ErrorsOnly; then
  echo "0 passed, 1 failed (the build failed)"
  exit 1
fi

# One run per test project, each with its own results file (a shared default name could collide).
status=0
for project in $(find tests -name '*.Tests.csproj' | sort); do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --no-build -c Debug --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" "$@" | grep -Ev '^\s*(Passed|Skipped) '
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# The cluster fault test: two real nodes behind nginx, one killed with kill -9 during steady posting
# (build/cluster-fault-test.sh says what it checks). It runs the Debug build tested above.
echo "Cluster fault test (build/cluster-fault-test.sh)"
if SUITE_CLUSTER_NO_BUILD=1 SUITE_CLUSTER_CONFIGURATION=Debug build/cluster-fault-test.sh; then cluster_fault=(1 0); else cluster_fault=(0 1); fi

read -r passed failed skipped < <(python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
p = f = s = 0
for trx in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(trx).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0))
print(p, f, s)
PY
)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status without a failed test: counting the crashed run as a failure." >&2
  failed=1
fi
passed=$((passed + cluster_fault[0]))
failed=$((failed + cluster_fault[1]))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
