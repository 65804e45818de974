# shellcheck shell=bash
# Drills and recovery tests: a crash and an orderly restart of a running domain.

# domain.sh crash NAME PORTBASE: kill -9 of the domain's JVM, then a normal start with what is
# deployed (the recovery IT and bench/kill-drill.sh): what a power cut or the OOM killer does to a
# running job.
cmd_crash() {
  DOMAIN="$1"; set_ports "$2"; admin_settings "$DOMAIN"
  local pidfile pid; pidfile="$(domain_dir "$DOMAIN")/config/pid"
  [ -f "$pidfile" ] || die "el dominio $DOMAIN no está en ejecución"
  pid="$(cat "$pidfile")"
  log "kill -9 $pid (dominio $DOMAIN)"
  kill -9 "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  start_domain "$DOMAIN"
  wait_app
}

# domain.sh restart NAME PORTBASE: an orderly restart (drills: after restoring a database snapshot
# the server's caches and id blocks belong to the old data).
cmd_restart() {
  DOMAIN="$1"; set_ports "$2"; admin_settings "$DOMAIN"
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
  start_domain "$DOMAIN"
  wait_app
}
