#!/usr/bin/env bash
# The Boards benchmarks (issue "Boards", section Measure): a board of 10,000 cards opened through
# GET /boards/{id}/blocks?all=true (the blocks Focalboard's web app loads) against a plain SQL read of
# the same stored JSON, and card moves one at a time: the write's p99 and the time until another
# member's WebSocket has the move. Release builds; PostgreSQL, Suite.Host (Channels and Boards) and
# the baseline as separate processes in a scratch directory, stopped and removed at the end, as
# build/bench-channels.sh does.
set -euo pipefail
exec "$(dirname "$0")/bench-channels.sh" --stages boards "$@"
