#!/usr/bin/env bash
# Builds Release and runs the mediator benchmarks (BenchmarkDotNet, a short in-process job).
# Arguments go to BenchmarkDotNet (default: --filter '*'); reports land in artifacts/benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/prerequisites.sh
require_dotnet

dotnet build tests/Suite.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
if [ $# -eq 0 ]; then set -- --filter '*'; fi
exec dotnet artifacts/bin/Suite.Benchmarks/release/Suite.Benchmarks.dll --artifacts artifacts/benchmarks "$@"
