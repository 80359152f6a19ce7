# Shared by scripts/run.sh and scripts/test.sh (source it). Works with bash 3.2 (macOS) and later.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCRIPTS_LIB="$REPO_ROOT/scripts/lib"

die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

info() {
  printf '==> %s\n' "$*"
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 \
    || die "'dotnet' was not found on PATH. Install the .NET 10 SDK (https://dotnet.microsoft.com/download) and open a new terminal."
}

require_node() {
  command -v node >/dev/null 2>&1 \
    || die "'node' was not found on PATH. Install Node.js 20 or later (https://nodejs.org) and open a new terminal."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -lt 20 ]; then
    die "Node.js $(node --version) is too old: Azurite and the Agents Playground need Node.js 20 or later (https://nodejs.org)."
  fi
  if [ "$major" -lt 22 ]; then
    printf 'note: Azurite 3.37 declares Node.js 22 or later; it runs on Node.js %s, but upgrade if it misbehaves.\n' "$(node --version)" >&2
  fi
  command -v npm >/dev/null 2>&1 \
    || die "'npm' was not found on PATH. It ships with Node.js: reinstall Node.js 20 or later from https://nodejs.org."
}

# npm ci when node_modules is missing or older than package-lock.json. npm writes node_modules/.package-lock.json
# on every install, so its time stamp is the time of the last install.
ensure_npm_tools() {
  local marker="$REPO_ROOT/node_modules/.package-lock.json"
  if [ ! -d "$REPO_ROOT/node_modules" ] || [ ! -f "$marker" ] || [ "$REPO_ROOT/package-lock.json" -nt "$marker" ]; then
    info "Installing the pinned npm tools (npm ci): Azurite, the Agents Playground, adaptivecards, the chart font"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund) \
      || die "'npm ci' failed (see above). Check your network or npm registry settings, then run the command again."
  fi
}
