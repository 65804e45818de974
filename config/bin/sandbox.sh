#!/usr/bin/env bash
# Starts and stops the local payment-gateway/PAC sandbox (sandbox/target/ciudad-sandbox.jar).
#
#   sandbox.sh start <port> <logfile> [pidfile]   start in the background, wait for /health (30 s)
#   sandbox.sh stop [pidfile]                     stop the process recorded in the pidfile
#   sandbox.sh wait <port>                        wait (30 s) until /health answers on the port
#
# GATEWAY_SECRET and GATEWAY_API_KEY come from the environment (defaults below); the jar is built
# with Maven if it is missing. The default pidfile is .run/sandbox.pid.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/sandbox/target/ciudad-sandbox.jar"
DEFAULT_PIDFILE="$ROOT/.run/sandbox.pid"
MVN="${MVN:-mvn}"
TIMEOUT=30
export GATEWAY_SECRET="${GATEWAY_SECRET:-sandbox-webhook-secret}"
export GATEWAY_API_KEY="${GATEWAY_API_KEY:-sandbox-api-key}"

log() { printf '[sandbox] %s\n' "$*" >&2; }
die() { printf '[sandbox] ERROR: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '4,6p' "${BASH_SOURCE[0]}" | sed 's/^# *//' >&2; exit 2; }

healthy() {
  local port="$1"
  if command -v curl >/dev/null; then
    [[ "$(curl -fsS -m 2 "http://127.0.0.1:$port/health" 2>/dev/null)" == *'"UP"'* ]]
  else
    # no curl: a raw HTTP/1.0 request through bash's /dev/tcp
    (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 \
      && timeout 2 cat <&3 | grep -q '"UP"') 2>/dev/null
  fi
}

# wait_health PORT [PID]: true once /health answers; false on timeout or when PID died meanwhile
wait_health() {
  local port="$1" pid="${2:-}" i
  for ((i = 0; i < TIMEOUT * 4; i++)); do
    healthy "$port" && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.25
  done
  return 1
}

running_pid() {
  local pidfile="$1" pid
  [ -f "$pidfile" ] || return 1
  pid="$(cat "$pidfile")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
  local port="${1:-}" logfile="${2:-}" pidfile="${3:-$DEFAULT_PIDFILE}" pid
  [ -n "$port" ] && [ -n "$logfile" ] || usage
  if pid="$(running_pid "$pidfile")"; then
    if healthy "$port"; then log "already running (pid $pid) on port $port"; return 0; fi
    die "pid $pid from $pidfile is running but port $port does not answer; run: $0 stop $pidfile"
  fi
  if healthy "$port"; then die "port $port already answers /health: another sandbox is running there"; fi
  if [ ! -f "$JAR" ]; then
    log "building $JAR"
    "$MVN" -B -q -ntp -f "$ROOT/pom.xml" -pl sandbox package -DskipTests >&2
  fi
  mkdir -p "$(dirname "$logfile")" "$(dirname "$pidfile")"
  nohup java -jar "$JAR" --port "$port" >>"$logfile" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$pidfile"
  if wait_health "$port" "$pid"; then
    log "started (pid $pid): http://127.0.0.1:$port  log: $logfile"
    return 0
  fi
  if kill -0 "$pid" 2>/dev/null; then
    printf '[sandbox] ERROR: http://127.0.0.1:%s/health did not answer within %ss.' "$port" "$TIMEOUT" >&2
  else
    printf '[sandbox] ERROR: the sandbox (pid %s) exited before answering on port %s.' "$pid" "$port" >&2
  fi
  printf ' Last lines of %s:\n' "$logfile" >&2
  tail -n 30 "$logfile" >&2 || true
  kill "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  exit 1
}

stop() {
  local pidfile="${1:-$DEFAULT_PIDFILE}" pid i
  if ! pid="$(running_pid "$pidfile")"; then
    log "not running (no live process in $pidfile)"
    rm -f "$pidfile"
    return 0
  fi
  kill "$pid"
  for ((i = 0; i < 40; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid did not stop in 10 s: killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  log "stopped (pid $pid)"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  wait)
    [ -n "${2:-}" ] || usage
    wait_health "$2" || die "nothing answers http://127.0.0.1:$2/health after ${TIMEOUT}s"
    log "up on port $2"
    ;;
  *) usage ;;
esac
