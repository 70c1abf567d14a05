#!/usr/bin/env bash
# Search benchmark (issue 3, benchmark 3): builds Release, starts Suite on a fresh embedded
# PostgreSQL, generates 1,000,000 posts over 100 channels, then times single-word, phrase and
# from:+word searches over HTTP against Mattermost's single-statement database search as the
# baseline, and prints p50/p95 per kind of search.
# Options: --posts N --channels N --authors N --samples N --keep (keep the data directory).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_dotnet
require_postgres

dotnet build tests/Suite.Benchmarks.Search -c Release -nologo -v quiet -clp:ErrorsOnly
exec dotnet artifacts/bin/Suite.Benchmarks.Search/release/Suite.Benchmarks.Search.dll "$@"
