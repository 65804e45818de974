#!/usr/bin/env bash
# Provisions Payara Server from Maven Central, creates and configures a domain from config/payara,
# starts it with a mail sink, deploys the EAR. Used by bin/ciudad (run/stop) and by the Maven build
# (it-start/it-stop around the integration tests), so tests run on the same set-up as production.
#
#   domain.sh run                      build, provision, configure, start, deploy, wait, print URLs
#   domain.sh stop                     stop the run domain and its mail sink
#   domain.sh pavg-llaves              apply the PAVG key file to the running run domain (rotation)
#   domain.sh it-start NAME PORTBASE   fresh database + started domain for integration tests
#   domain.sh it-stop  NAME PORTBASE
#   domain.sh deploy NAME PORTBASE EAR
#   domain.sh crash  NAME PORTBASE     kill -9 the domain's JVM, start it again (drills, recovery IT)
#   domain.sh restart NAME PORTBASE    stop and start the domain, wait for the application
#
# run/stop: DOMAIN [ciudad], PORTBASE [the classic 4848/8080/3025/8089/8095]. The work is in lib/,
# one file per purpose; this file only loads them and dispatches.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LIB="$ROOT/config/bin/lib"
# Order matters only for common.sh (paths and log/die the others use at load time).
for part in common ports provision admin secrets configure mailsink gateway oidc testdb deploy drills run; do
  # shellcheck source=/dev/null
  source "$LIB/$part.sh"
done

usage="uso: domain.sh run|stop|pavg-llaves|it-start NAME PORTBASE|it-stop NAME PORTBASE|deploy NAME PORTBASE EAR|crash NAME PORTBASE|restart NAME PORTBASE"
# Commands on a named domain need their arguments (set -u would otherwise stop with a bare
# "unbound variable").
args() { [ "$1" -ge "$2" ] || die "$usage"; }

cmd="${1:-run}"
case "$cmd" in
  run) cmd_run ;;
  stop) cmd_stop ;;
  pavg-llaves) cmd_pavg_keys ;;
  it-start) args $# 3; cmd_it_start "$2" "$3" ;;
  it-stop) args $# 3; cmd_it_stop "$2" "$3" ;;
  crash) args $# 3; cmd_crash "$2" "$3" ;;
  restart) args $# 3; cmd_restart "$2" "$3" ;;
  deploy) args $# 4; cmd_deploy "$2" "$3" "$4" ;;
  *) die "$usage" ;;
esac
