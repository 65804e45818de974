#!/usr/bin/env bash
# Provisions Payara Server from Maven Central, creates and configures a domain from config/payara,
# starts it with a mail sink, deploys the EAR. Used by bin/ciudad (run/stop) and by the Maven build
# (it-start/it-stop around the integration tests), so tests run on the same set-up as production.
#
#   domain.sh run                      build, provision, configure, start, deploy, wait, print URLs
#   domain.sh stop                     stop the run domain and its mail sink
#   domain.sh it-start NAME PORTBASE   fresh database + started domain for integration tests
#   domain.sh it-stop  NAME PORTBASE
#   domain.sh deploy NAME PORTBASE EAR
#   domain.sh crash  NAME PORTBASE     kill -9 the domain's JVM, start it again (drills, recovery IT)
#   domain.sh restart NAME PORTBASE    stop and start the domain, wait for the application
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml")"
GREENMAIL_VERSION="$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$ROOT/pom.xml")"
MYSQL_VERSION="$(sed -n 's:.*<mysql-connector.version>\(.*\)</mysql-connector.version>.*:\1:p' "$ROOT/pom.xml")"
PAYARA_ROOT="$ROOT/.payara"
PAYARA_HOME="$PAYARA_ROOT/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
RUN_DIR="$ROOT/.run"
DB="${DB:-h2}"
MVN="${MVN:-mvn}"

log() { printf '[ciudad] %s\n' "$*" >&2; }
die() { printf '[ciudad] ERROR: %s\n' "$*" >&2; exit 1; }

provision() {
  mkdir -p "$PAYARA_ROOT/lib" "$RUN_DIR"
  if [ ! -x "$ASADMIN" ]; then
    log "Descargando Payara Server $PAYARA_VERSION de Maven Central..."
    "$MVN" -q dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
      -DoutputDirectory="$PAYARA_ROOT" -Dmdep.overWriteIfNewer=true
    unzip -q -o "$PAYARA_ROOT/payara-$PAYARA_VERSION.zip" -d "$PAYARA_ROOT"
    rm -f "$PAYARA_ROOT/payara-$PAYARA_VERSION.zip"
  fi
  local jar
  for jar in "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "com.mysql:mysql-connector-j:$MYSQL_VERSION"; do
    local name; name="$(echo "$jar" | cut -d: -f2)-$(echo "$jar" | cut -d: -f3).jar"
    [ -f "$PAYARA_ROOT/lib/$name" ] || "$MVN" -q dependency:copy -Dartifact="$jar" -DoutputDirectory="$PAYARA_ROOT/lib"
  done
}

# Ports: the run domain uses 4848/8080 (SMTP sink 3025, its web API 8089, payment-gateway/PAC
# sandbox 8095); a test domain uses PORTBASE+48 / +80 / +25 / +89 / +95 so tests never collide
# with a running demo.
set_ports() {
  local portbase="$1"
  if [ "$portbase" = "default" ]; then
    ADMIN_PORT=4848; HTTP_PORT=8080; SMTP_PORT=3025; MAIL_API_PORT=8089; GATEWAY_PORT=8095
  else
    ADMIN_PORT=$((portbase + 48)); HTTP_PORT=$((portbase + 80))
    SMTP_PORT=$((portbase + 25)); MAIL_API_PORT=$((portbase + 89)); GATEWAY_PORT=$((portbase + 95))
  fi
}

as() { "$ASADMIN" --port "$ADMIN_PORT" --interactive=false "$@"; }

domain_running() { curl -s -o /dev/null "http://127.0.0.1:$ADMIN_PORT/management/domain" 2>/dev/null; }

# What a domain was configured from: the database kind and the config scripts. A change in either
# recreates the domain, so nobody runs on a stale set-up (the data of an H2 run is dropped).
config_stamp() {
  local settings="$DB ${DB_HOST:-} ${DB_PORT:-} ${DB_NAME:-} ${DB_USER:-} ${CIUDAD_MODE:-} ${CIUDAD_DEMO:-} ${MAIL_HOST:-} ${MAIL_PORT:-} ${PUBLIC_URL:-} ${GATEWAY_URL:-} ${PAC_URL:-} $(printf %s "${DB_PASSWORD:-}${GATEWAY_SECRET:-}${GATEWAY_API_KEY:-}" | sha256sum)"
  echo "$DB $( (echo "$settings"; cat "$ROOT"/config/payara/*.asadmin "$ROOT/config/bin/domain.sh") | sha256sum | cut -c1-16)"
}

create_domain() {
  local name="$1" portbase="$2"
  settings
  if [ -d "$PAYARA_HOME/glassfish/domains/$name" ]; then
    if [ "$(cat "$PAYARA_HOME/glassfish/domains/$name/ciudad-config" 2>/dev/null)" = "$(config_stamp)" ]; then return 0; fi
    log "El dominio $name se configuró con otra base de datos u otros scripts: se vuelve a crear"
    "$ASADMIN" stop-domain "$name" >/dev/null 2>&1 || true
    "$ASADMIN" delete-domain "$name" >/dev/null
  fi
  log "Creando el dominio $name..."
  if [ "$portbase" = "default" ]; then
    "$ASADMIN" create-domain --nopassword --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT" "$name" >/dev/null
  else
    "$ASADMIN" create-domain --nopassword --portbase "$portbase" "$name" >/dev/null
  fi
  configure_domain "$name"
}

render() { envsubst '$DB_HOST $DB_PORT $DB_NAME $DB_USER $MAIL_HOST $MAIL_PORT $CIUDAD_MODE $CIUDAD_DEMO $PUBLIC_URL_ESC $GATEWAY_URL_ESC $PAC_URL_ESC $BATCH_SCHEMA' < "$1"; }

# Settings with their defaults, fixed before the domain's stamp is compared.
settings() {
  export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-3306}" DB_NAME="${DB_NAME:-ciudad}" DB_USER="${DB_USER:-ciudad}"
  export MAIL_HOST="${MAIL_HOST:-127.0.0.1}" MAIL_PORT="${MAIL_PORT:-$SMTP_PORT}"
  export CIUDAD_MODE="${CIUDAD_MODE:-dev}" CIUDAD_DEMO="${CIUDAD_DEMO:-small}" PUBLIC_URL="${PUBLIC_URL:-http://localhost:$HTTP_PORT}"
  # The card gateway and the CFDI provider (PAC): the local sandbox unless the environment names real ones.
  export GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:$GATEWAY_PORT}" PAC_URL="${PAC_URL:-${GATEWAY_URL:-http://127.0.0.1:$GATEWAY_PORT}}"
  export GATEWAY_SECRET="${GATEWAY_SECRET:-sandbox-webhook-secret}" GATEWAY_API_KEY="${GATEWAY_API_KEY:-sandbox-api-key}"
}

# A secret into a password alias of the domain; Payara's MicroProfile Config reads aliases by name.
alias_secret() {
  local name="$1" value="$2" pwfile="$PAYARA_HOME/glassfish/domains/$DOMAIN/config/.alias-input"
  (umask 077; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$value" > "$pwfile")
  "$ASADMIN" --port "$ADMIN_PORT" --passwordfile "$pwfile" --interactive=false create-password-alias "$name" >/dev/null \
    || { rm -f "$pwfile"; die "no se pudo crear el alias $name"; }
  rm -f "$pwfile"
}

configure_domain() {
  local name="$1" domdir="$PAYARA_HOME/glassfish/domains/$1"
  local pwfile="$domdir/config/.alias-input"
  # The database password lives only in a Payara password alias (encrypted keystore of the domain).
  if [ "$DB" = "mysql" ]; then
    [ -n "${DB_PASSWORD:-}" ] || die "DB=mysql necesita DB_PASSWORD (se guarda como alias veracruz-db)"
    (umask 077; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$DB_PASSWORD" > "$pwfile")
    BATCH_SCHEMA="$DB_NAME"
  else
    (umask 077; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" > "$pwfile")
    BATCH_SCHEMA="PUBLIC"
  fi
  export BATCH_SCHEMA
  # asadmin property lists split on ':' : escape it inside values (URLs).
  export PUBLIC_URL_ESC="${PUBLIC_URL//:/\\:}" GATEWAY_URL_ESC="${GATEWAY_URL//:/\\:}" PAC_URL_ESC="${PAC_URL//:/\\:}"
  "$ASADMIN" start-domain "$name" >/dev/null
  "$ASADMIN" --port "$ADMIN_PORT" --passwordfile "$pwfile" --interactive=false create-password-alias veracruz-db >/dev/null \
    || { rm -f "$pwfile"; die "no se pudo crear el alias veracruz-db"; }
  rm -f "$pwfile"
  alias_secret ciudad.gateway.webhook-secret "$GATEWAY_SECRET"
  alias_secret ciudad.gateway.api-key "$GATEWAY_API_KEY"
  alias_secret ciudad.pac.api-key "$GATEWAY_API_KEY"
  alias_secret ciudad.predial.token-secret "$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  if [ "$DB" = "mysql" ]; then as add-library --type common "$PAYARA_ROOT/lib/mysql-connector-j-$MYSQL_VERSION.jar" >/dev/null; fi
  local script rendered="$domdir/config/ciudad-setup.asadmin"
  : > "$rendered"
  for script in "$ROOT/config/payara/10-datasource-$DB.asadmin" "$ROOT"/config/payara/[2-9]*.asadmin; do
    render "$script" >> "$rendered"
  done
  log "Aplicando config/payara/*.asadmin ($DB)..."
  local out; out="$(as multimode --file "$rendered" 2>&1)" || true
  # multimode goes on after a failed command: any failure is fatal here.
  if echo "$out" | grep -qiE "failed|invalid|error"; then
    echo "$out" >&2
    "$ASADMIN" stop-domain "$name" >/dev/null 2>&1 || true
    die "falló la configuración del dominio $name"
  fi
  "$ASADMIN" stop-domain "$name" >/dev/null
  config_stamp > "$domdir/ciudad-config"
}

start_mail() {
  local pidfile="$RUN_DIR/greenmail-$SMTP_PORT.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then return 0; fi
  # Local SMTP sink (GreenMail): mails are real messages, readable at its web API.
  nohup java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$PAYARA_ROOT/lib/greenmail-standalone-$GREENMAIL_VERSION.jar" > "$RUN_DIR/greenmail-$SMTP_PORT.log" 2>&1 &
  echo $! > "$pidfile"
}

# The payment-gateway/PAC sandbox (sandbox/README.md) when no real gateway is configured.
start_sandbox() {
  case "$GATEWAY_URL" in http://127.0.0.1:"$GATEWAY_PORT"*) ;; *) return 0 ;; esac
  "$ROOT/config/bin/sandbox.sh" start "$GATEWAY_PORT" "$RUN_DIR/sandbox-$GATEWAY_PORT.log" "$RUN_DIR/sandbox-$GATEWAY_PORT.pid"
}

stop_sandbox() {
  "$ROOT/config/bin/sandbox.sh" stop "$RUN_DIR/sandbox-$GATEWAY_PORT.pid" >/dev/null 2>&1 || true
}

stop_mail() {
  local pidfile="$RUN_DIR/greenmail-$SMTP_PORT.pid"
  if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi
}

start_domain() {
  local name="$1"
  if domain_running; then return 0; fi
  log "Iniciando el dominio $name (admin $ADMIN_PORT, http $HTTP_PORT)..."
  "$ASADMIN" start-domain "$name" >/dev/null
}

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
  as deploy --force=true --name ciudad "$ear" >/dev/null || { tail -50 "$PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log" >&2; die "falló el despliegue"; }
}

fresh_it_database() {
  local name="$1"
  if [ "$DB" = "mysql" ]; then
    # Each test domain gets its own, empty database named after it (never DB_NAME from the
    # environment: that may be the real database). Needs an admin client: MYSQL_ADMIN.
    DB_NAME="$(echo "$name" | tr '-' '_')"
    ${MYSQL_ADMIN:-mysql -h "${DB_HOST:-127.0.0.1}" -P "${DB_PORT:-3306}" -uroot} -e \
      "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL ON \`$DB_NAME\`.* TO '${DB_USER:-ciudad}'@'%';"
    export DB_NAME
  else
    rm -f "$PAYARA_HOME/glassfish/domains/$name/lib/databases/veracruz".*
  fi
}

cmd="${1:-run}"
case "$cmd" in
  run)
    DOMAIN="${DOMAIN:-ciudad}"; set_ports default
    t0=$SECONDS
    if [ "${SKIP_BUILD:-false}" != "true" ]; then
      log "Construyendo el EAR (mvn package)..."
      (cd "$ROOT" && "$MVN" -q -DskipTests package)
    fi
    provision
    create_domain "$DOMAIN" default
    start_mail
    start_sandbox
    was_running=false; domain_running && was_running=true
    start_domain "$DOMAIN"
    # Redeploying over the EAR a just-started domain is still booting fails (measured: Weld "beanManager
    # is null", the domain then refuses the new EAR): replace it cleanly instead. Data stays in the database.
    [ "$was_running" = true ] || as undeploy ciudad >/dev/null 2>&1 || true
    deploy "$ROOT/ear/target/ciudad.ear"
    wait_app
    wait_for "http://127.0.0.1:$HTTP_PORT/"
    cat <<EOT

  Ciudad Digital está en línea ($((SECONDS - t0)) s, base de datos: $DB)
    Portal ciudadano   http://localhost:$HTTP_PORT/
    Consola            http://localhost:$HTTP_PORT/consola/
    API (OpenAPI)      http://localhost:$HTTP_PORT/openapi
    Salud              http://localhost:$HTTP_PORT/health/ready
    Correo de prueba   http://localhost:$MAIL_API_PORT/api/user/<correo>/messages/INBOX
    Pasarela (sandbox) $GATEWAY_URL/sandbox/events
    Administración     http://localhost:$ADMIN_PORT/ (Payara)
  Usuarios de demostración (contraseña: Demo.2026!):
    admin (ADMIN) · supervisor (SUPERVISOR) · capturista (CAPTURISTA) · finanzas (FINANZAS)
    atencion (ATENCION) · auditor (AUDITOR)
  Detener: bin/ciudad stop
EOT
    ;;
  stop)
    DOMAIN="${DOMAIN:-ciudad}"; set_ports default
    [ -x "$ASADMIN" ] && "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
    stop_mail
    settings; stop_sandbox
    log "Detenido."
    ;;
  it-start)
    DOMAIN="$2"; set_ports "$3"
    provision
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
    fresh_it_database "$DOMAIN"
    create_domain "$DOMAIN" "$3"
    start_mail
    start_sandbox
    start_domain "$DOMAIN"
    # A test domain starts empty: an EAR left deployed by an earlier run would boot against the
    # fresh database before the new one is deployed (and has failed to, leaving the domain unusable).
    as undeploy ciudad >/dev/null 2>&1 || true
    ;;
  it-stop)
    DOMAIN="$2"; set_ports "$3"
    as undeploy ciudad >/dev/null 2>&1 || true
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
    stop_mail
    settings; stop_sandbox
    ;;
  crash)
    # kill -9 of the domain's JVM, then a normal start with what is deployed (the recovery IT and
    # bench/kill-drill.sh): what a power cut or the OOM killer does to a running job.
    DOMAIN="$2"; set_ports "$3"
    pidfile="$PAYARA_HOME/glassfish/domains/$DOMAIN/config/pid"
    [ -f "$pidfile" ] || die "el dominio $DOMAIN no está en ejecución"
    pid="$(cat "$pidfile")"
    log "kill -9 $pid (dominio $DOMAIN)"
    kill -9 "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    start_domain "$DOMAIN"
    wait_app
    ;;
  restart)
    # An orderly restart (drills: after restoring a database snapshot the server's caches and id
    # blocks belong to the old data).
    DOMAIN="$2"; set_ports "$3"
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
    start_domain "$DOMAIN"
    wait_app
    ;;
  deploy)
    DOMAIN="$2"; set_ports "$3"
    deploy "$4"
    wait_app
    ;;
  *) die "uso: domain.sh run|stop|it-start NAME PORTBASE|it-stop NAME PORTBASE|deploy NAME PORTBASE EAR|crash NAME PORTBASE|restart NAME PORTBASE" ;;
esac
