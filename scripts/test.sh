#!/usr/bin/env bash
# Runs every test of the solution: installs the pinned npm tools (Azurite, the Agents Playground) when needed,
# builds, runs 'dotnet test' with a .trx report per test project into TestResults/, and prints as its LAST
# line "N passed, N failed" (summed over the projects; errors, timeouts and aborted tests count as failed).
# Exit code: 0 when everything passed, non-zero otherwise. .ci/run calls exactly this script.
set -uo pipefail

# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

RESULTS_DIR="$REPO_ROOT/TestResults"
SUMMARY_PRINTED=0

# Whatever stops this script early (missing tool, npm ci or build failure), the last line is still a summary.
trap 'status=$?; if [ "$SUMMARY_PRINTED" = 0 ]; then echo "0 passed, 1 failed"; [ "$status" = 0 ] && status=1; fi; exit "$status"' EXIT

require_dotnet
require_node
ensure_npm_tools

rm -rf "$RESULTS_DIR"

info "Building ThiDuaBot.sln"
if ! dotnet build "$REPO_ROOT/ThiDuaBot.sln" --nologo -v quiet; then
  printf 'error: the solution does not build (errors above).\n' >&2
  exit 1
fi

info "Running the tests (results in ${RESULTS_DIR#"$REPO_ROOT"/}/)"
# A test that hangs for 10 minutes is stopped and reported as aborted instead of blocking CI.
dotnet test "$REPO_ROOT/ThiDuaBot.sln" --no-build --nologo \
  --logger trx --results-directory "$RESULTS_DIR" \
  --blame-hang-timeout 10m --blame-hang-dump-type none
test_status=$?

info "Results"
node "$SCRIPTS_LIB/trx-summary.mjs" "$RESULTS_DIR" "$test_status"
summary_status=$?
SUMMARY_PRINTED=1
exit "$summary_status"
