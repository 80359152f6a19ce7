#!/usr/bin/env bash
# Runs ThiDuaBot locally: Azurite (storage emulator), the bot, and the Microsoft 365 Agents Playground
# (a local Teams-like web client). Needs only the .NET 10 SDK and Node.js 20+. Ctrl+C stops everything.
#
#   scripts/run.sh            start (local data in .azurite/ is kept between runs)
#   scripts/run.sh --fresh    wipe the local data first
#   scripts/run.sh --today 2027-03-10
#                             the bot lives on that date (time of day real): March of the trial plan's year lets
#                             you pledge and report in the same session; the data stays in .azurite/ (see --fresh)
#
# Ports (override with environment variables): BOT_PORT=3978, PLAYGROUND_PORT=56150,
# AZURITE_BLOB_PORT=10000, AZURITE_QUEUE_PORT=10001, AZURITE_TABLE_PORT=10002.
# PLAYGROUND_TIMEZONE (default Asia/Ho_Chi_Minh) is the time zone the Playground reports. See docs/local-run.md.
set -Eeuo pipefail

# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
AZURITE_BLOB_PORT="${AZURITE_BLOB_PORT:-10000}"
AZURITE_QUEUE_PORT="${AZURITE_QUEUE_PORT:-10001}"
AZURITE_TABLE_PORT="${AZURITE_TABLE_PORT:-10002}"
PLAYGROUND_TIMEZONE="${PLAYGROUND_TIMEZONE:-Asia/Ho_Chi_Minh}"

DATA_DIR="$REPO_ROOT/.azurite"
LOG_DIR="$REPO_ROOT/.logs"
FRESH=0
TODAY=""

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) FRESH=1 ;;
    --today)
      [ $# -ge 2 ] || die "--today needs a date, e.g. --today 2027-03-10"
      TODAY="$2"
      shift
      ;;
    --today=*) TODAY="${1#--today=}" ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option '$1'" ;;
  esac
  shift
done
case "$TODAY" in
  '' | [0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]) ;;
  *) die "--today takes a date written yyyy-MM-dd, e.g. 2027-03-10 (not '$TODAY')" ;;
esac

for value in "$BOT_PORT" "$PLAYGROUND_PORT" "$AZURITE_BLOB_PORT" "$AZURITE_QUEUE_PORT" "$AZURITE_TABLE_PORT"; do
  case "$value" in
    '' | *[!0-9]*) die "port '$value' is not a number (check BOT_PORT, PLAYGROUND_PORT and AZURITE_*_PORT)" ;;
  esac
done

require_dotnet
require_node
ensure_npm_tools

# --- Ports -------------------------------------------------------------------------------------------------
# The Playground would silently move to a random port if its port were taken, and Azurite or the bot would
# fail later with a less helpful message, so check all five first and name the culprit.
port_owner() {
  if command -v lsof >/dev/null 2>&1; then
    lsof -nP -iTCP:"$1" -sTCP:LISTEN 2>/dev/null | sed -n '2,4p' | awk '{print "    " $1 " (pid " $2 ")"}'
  elif command -v ss >/dev/null 2>&1; then
    ss -ltnpH "sport = :$1" 2>/dev/null | sed 's/^/    /'
  fi
}

check_port() { # name host port variable
  if ! node "$SCRIPTS_LIB/port-free.mjs" "$2" "$3"; then
    printf 'error: port %s (%s) is already in use.\n' "$3" "$1" >&2
    port_owner "$3" >&2 || true
    printf '  Stop whatever uses it (an earlier scripts/run.sh?), or choose another port, e.g. %s=%s scripts/run.sh\n' "$4" "$(($3 + 1))" >&2
    exit 1
  fi
}

check_port "Azurite blob" 127.0.0.1 "$AZURITE_BLOB_PORT" AZURITE_BLOB_PORT
check_port "Azurite queue" 127.0.0.1 "$AZURITE_QUEUE_PORT" AZURITE_QUEUE_PORT
check_port "Azurite table" 127.0.0.1 "$AZURITE_TABLE_PORT" AZURITE_TABLE_PORT
check_port "bot" 127.0.0.1 "$BOT_PORT" BOT_PORT
check_port "Agents Playground" '*' "$PLAYGROUND_PORT" PLAYGROUND_PORT

# --- Build first, so a compile error is shown on its own before anything starts ----------------------------
mkdir -p "$LOG_DIR"
info "Building the bot"
if ! dotnet build "$REPO_ROOT/Bot/Bot.csproj" --nologo -v quiet >"$LOG_DIR/build.log" 2>&1; then
  grep -E 'error|Error' "$LOG_DIR/build.log" | sort -u | head -n 30 >&2 || true
  die "the bot does not build (errors above; full output in ${LOG_DIR#"$REPO_ROOT"/}/build.log)."
fi

# --- Process handling -----------------------------------------------------------------------------------------
# Each service is started with job control on (set -m) so it gets its own process group: one 'kill -- -PGID'
# stops it with all its children (dotnet run starts the bot as a child process), and Ctrl+C in the terminal
# reaches only this script (and its foreground helpers), whose trap then stops the services in order.
# Job control is switched off again right away so that foreground commands stay in this script's group.
SERVICE_NAMES=""
SERVICE_PIDS=""
STREAM_PID=""
STOPPING=0

spawn() { # working-directory log-file command... ; sets SPAWNED_PID
  local dir="$1" log="$2"
  shift 2
  set -m
  (cd "$dir" && exec "$@") >>"$log" 2>&1 </dev/null &
  SPAWNED_PID=$!
  set +m
}

start_service() { # name working-directory log-file command...
  local name="$1"
  shift
  spawn "$@"
  SERVICE_NAMES="$SERVICE_NAMES $name"
  SERVICE_PIDS="$SERVICE_PIDS $SPAWNED_PID"
}

pid_of() {
  local names=($SERVICE_NAMES) pids=($SERVICE_PIDS) i
  for i in "${!names[@]}"; do
    if [ "${names[$i]}" = "$1" ]; then echo "${pids[$i]}"; return 0; fi
  done
  return 1
}

group_alive() { kill -0 -- "-$1" 2>/dev/null; }

stop_group() { # pid seconds
  local pid="$1" waited=0
  group_alive "$pid" || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  while group_alive "$pid" && [ "$waited" -lt "$(($2 * 10))" ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if group_alive "$pid"; then
    printf 'warning: process group %s did not stop in %s s; killing it\n' "$pid" "$2" >&2
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
}

stop_all() {
  [ "$STOPPING" = 1 ] && return 0
  STOPPING=1
  trap - INT TERM
  local pid
  # Reverse start order: the Playground, then the bot (it may still write to storage), then Azurite.
  for pid in $(echo $SERVICE_PIDS | awk '{for (i = NF; i > 0; i--) print $i}'); do
    stop_group "$pid" 15
  done
  sleep 0.3 # let the log stream print the last lines
  if [ -n "$STREAM_PID" ]; then stop_group "$STREAM_PID" 2; fi
  wait 2>/dev/null || true
}

on_signal() {
  echo
  info "Stopping Playground, bot and Azurite"
  stop_all
  info "Stopped. Logs are in ${LOG_DIR#"$REPO_ROOT"/}/"
  exit 0
}

fail() {
  printf 'error: %s\n' "$1" >&2
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    printf '  last lines of %s:\n' "${2#"$REPO_ROOT"/}" >&2
    tail -n 20 "$2" | sed 's/^/    /' >&2
  fi
  stop_all
  exit 1
}

trap on_signal INT TERM
trap stop_all EXIT

# --- Logs ---------------------------------------------------------------------------------------------------
for f in azurite.log bot.log playground.log playground.out playground-events.log; do : >"$LOG_DIR/$f"; done
# One stream of all logs, each line prefixed with its service. (A read loop rather than awk: mawk buffers its
# input from a pipe, which would hold the lines back.)
stream_log() { # file prefix
  tail -n +1 -F "$1" 2>/dev/null | while IFS= read -r line; do printf '%-10s | %s\n' "$2" "$line"; done
}
stream_logs() {
  stream_log "$LOG_DIR/azurite.log" azurite &
  stream_log "$LOG_DIR/bot.log" bot &
  stream_log "$LOG_DIR/playground.log" playground &
  stream_log "$LOG_DIR/playground.out" playground &
  wait
}
set -m
stream_logs &
STREAM_PID=$!
set +m

START_TIME=$(date +%s)

# --- Azurite ------------------------------------------------------------------------------------------------
if [ "$FRESH" = 1 ]; then
  info "Wiping local data (${DATA_DIR#"$REPO_ROOT"/}/)"
  rm -rf "$DATA_DIR"
fi
mkdir -p "$DATA_DIR"
info "Starting Azurite (data in ${DATA_DIR#"$REPO_ROOT"/}/)"
start_service azurite "$REPO_ROOT" "$LOG_DIR/azurite.log" \
  node "$REPO_ROOT/node_modules/azurite/dist/src/azurite.js" \
  --location "$DATA_DIR" --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort "$AZURITE_BLOB_PORT" \
  --queueHost 127.0.0.1 --queuePort "$AZURITE_QUEUE_PORT" \
  --tableHost 127.0.0.1 --tablePort "$AZURITE_TABLE_PORT"
for port in "$AZURITE_BLOB_PORT" "$AZURITE_QUEUE_PORT" "$AZURITE_TABLE_PORT"; do
  node "$SCRIPTS_LIB/wait-for.mjs" "tcp://127.0.0.1:$port" --timeout 60 --pid "$(pid_of azurite)" \
    || fail "Azurite did not start." "$LOG_DIR/azurite.log"
done

# Azurite's published development account key: a well-known constant, not a secret.
STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZURITE_BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$AZURITE_QUEUE_PORT/devstoreaccount1;TableEndpoint=http://127.0.0.1:$AZURITE_TABLE_PORT/devstoreaccount1;"

# --- Bot ----------------------------------------------------------------------------------------------------
# The mock tenant's id and the Playground user's sign-in name, read from the Playground's file, so the bot loads
# the sample data into the tenant the Playground speaks for and treats that user as the council secretary.
PLAYGROUND_YML="$REPO_ROOT/playground/.m365agentsplayground.yml"
PLAYGROUND_TENANT_ID=$(sed -n 's/^tenantId:[[:space:]]*\([^[:space:]#]*\).*/\1/p' "$PLAYGROUND_YML" | head -n 1)
PLAYGROUND_SECRETARY=$(sed -n '/^currentUser:/,/^[^[:space:]]/s/^[[:space:]]*userPrincipleName:[[:space:]]*\([^[:space:]#]*\).*/\1/p' "$PLAYGROUND_YML" | head -n 1)
[ -n "$PLAYGROUND_TENANT_ID" ] || fail "could not read tenantId from playground/.m365agentsplayground.yml."
# The council digest's chart picture is served by the bot at its local address (its labels use the Noto Sans the
# build copies beside the bot).
info "Starting the bot on http://127.0.0.1:$BOT_PORT"
start_service bot "$REPO_ROOT" "$LOG_DIR/bot.log" \
  env ASPNETCORE_ENVIRONMENT=Development \
  ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT" \
  ConnectionStrings__Storage="$STORAGE_CONNECTION_STRING" \
  MicrosoftAppId= DOTNET_NOLOGO=1 \
  SampleData__TenantId="$PLAYGROUND_TENANT_ID" \
  SampleData__RosterCsv="$REPO_ROOT/samples/roster/so-khcn-bac-giang.csv" \
  SampleData__CurrentDates=true \
  SampleData__Today="$TODAY" \
  Setup__Secretaries__0="$PLAYGROUND_SECRETARY" \
  PublicBaseUrl="http://127.0.0.1:$BOT_PORT" \
  dotnet run --project "$REPO_ROOT/Bot/Bot.csproj" --no-build --no-launch-profile
node "$SCRIPTS_LIB/wait-for.mjs" "http://127.0.0.1:$BOT_PORT/healthz" --timeout 120 --expect-status 200 --pid "$(pid_of bot)" \
  || fail "the bot did not answer http://127.0.0.1:$BOT_PORT/healthz." "$LOG_DIR/bot.log"

# --- Sample data --------------------------------------------------------------------------------------------
# The bot itself loads the sample campaign (the 2013 plan) and the sample roster for the Playground's mock tenant
# when it starts (SampleData:*, set below), and the Playground's current user, who is on that roster as council
# secretary, is also named secretary in configuration (Setup:Secretaries). Loading is idempotent: .azurite/ keeps
# the data between runs (wiped by --fresh) and a second load changes nothing.
# --- Agents Playground --------------------------------------------------------------------------------------
# It reads .m365agentsplayground.yml from its working directory. With stdout not a terminal it prints only
# "Listening on <port>" there; everything else goes to M365_AGENTS_PLAYGROUND_LOGFILE. Its activities always
# carry locale en-US (hard-coded in 0.2.28), so the bot answers in English; TZ sets their localTimezone.
info "Starting the Agents Playground on port $PLAYGROUND_PORT"
start_service playground "$REPO_ROOT/playground" "$LOG_DIR/playground.out" \
  env TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_LOGFILE="$LOG_DIR/playground.log" \
  M365_AGENTS_PLAYGROUND_RECORDING_FILE="$LOG_DIR/playground-events.log" \
  TZ="$PLAYGROUND_TIMEZONE" \
  node "$REPO_ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" \
  --enable-events-recording --disable-telemetry
# /_debug/ping answers only once the mock tenant file has been read and the API is mounted.
node "$SCRIPTS_LIB/wait-for.mjs" "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping" --timeout 60 --expect-body pong --pid "$(pid_of playground)" \
  || fail "the Agents Playground did not start (a bad playground/.m365agentsplayground.yml is the usual cause)." "$LOG_DIR/playground.log"

READY_SECONDS=$(($(date +%s) - START_TIME))
sleep 0.3 # let the log stream catch up before the banner
cat <<BANNER

  ThiDuaBot is running (ready in ${READY_SECONDS} s).

    Open in your browser:  http://localhost:$PLAYGROUND_PORT
    Bot endpoint:          http://127.0.0.1:$BOT_PORT/api/messages   (health: /healthz)
    Storage (Azurite):     blob $AZURITE_BLOB_PORT, queue $AZURITE_QUEUE_PORT, table $AZURITE_TABLE_PORT on 127.0.0.1; data in ${DATA_DIR#"$REPO_ROOT"/}/ (scripts/run.sh --fresh wipes it)
    Logs:                  ${LOG_DIR#"$REPO_ROOT"/}/azurite.log, bot.log, playground.log, playground-events.log (every activity, both ways)

  Press Ctrl+C to stop everything.

BANNER

# --- Watch ----------------------------------------------------------------------------------------------------
# Polling (rather than 'wait -n') keeps this working on bash 3.2; a signal interrupts the sleep at once.
while sleep 1; do
  names=($SERVICE_NAMES)
  pids=($SERVICE_PIDS)
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      log="$LOG_DIR/${names[$i]}.log"
      fail "${names[$i]} stopped unexpectedly; stopping the others." "$log"
    fi
  done
done
