# shellcheck shell=bash
# Deploying the EAR and waiting until it really answers.

wait_for() {
  local url="$1" timeout="${2:-240}" start=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = "200" ]; do
    [ $((SECONDS - start)) -lt "$timeout" ] || die "$url no respondió en ${timeout}s (ver $PAYARA_HOME/glassfish/domains/*/logs/server.log)"
    sleep 1
  done
}

# The application is ready when its own readiness check answers UP (Payara answers /health/ready
# with an empty UP before the EAR has loaded at boot) and its pages and API answer.
wait_app() {
  local base="http://127.0.0.1:$HTTP_PORT" timeout="${1:-240}" start=$SECONDS
  until [[ "$(curl -s "$base/health/ready")" == *'"base-de-datos"'* ]] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/ping")" = "200" ] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml")" = "200" ]; do
    [ $((SECONDS - start)) -lt "$timeout" ] || die "la aplicación no respondió en ${timeout}s (ver $PAYARA_HOME/glassfish/domains/*/logs/server.log)"
    sleep 1
  done
}

deploy() {
  local ear="$1"
  [ -f "$ear" ] || die "no existe $ear"
  log "Desplegando $(basename "$ear")..."
  as deploy --force=true --name ciudad "$ear" >/dev/null || { tail -50 "$(domain_dir "$DOMAIN")/logs/server.log" >&2; die "falló el despliegue"; }
}

# domain.sh deploy NAME PORTBASE EAR
cmd_deploy() {
  DOMAIN="$1"; set_ports "$2"; admin_settings "$DOMAIN"
  deploy "$3"
  wait_app
}
