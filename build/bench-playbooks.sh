#!/usr/bin/env bash
# The Playbooks benchmarks (issue "Playbooks", section Measure): a run of 500 checklist items and
# 5,000 timeline events read through GET /runs/{id} against a plain SQL read of the same stored
# JSON, and 100 concurrent checklist toggles on one run against the same toggles one at a time.
# Release builds; PostgreSQL, Suite.Host (Channels and Playbooks) and the baseline as separate
# processes in a scratch directory, stopped and removed at the end, as build/bench-channels.sh does.
set -euo pipefail
exec "$(dirname "$0")/bench-channels.sh" --stages playbooks "$@"
