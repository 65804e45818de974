# shellcheck shell=bash
# bin/ciudad run / stop: the demo (or a production) domain, on the classic ports or PORTBASE's.

cmd_run() {
  DOMAIN="${DOMAIN:-ciudad}"; set_ports "$(run_portbase)"
  # Refused before the build, not after minutes of it.
  require_prod_gateway
  local t0=$SECONDS
  if [ "${SKIP_BUILD:-false}" != "true" ]; then
    log "Construyendo el EAR (mvn package)..."
    (cd "$ROOT" && "$MVN" -q -DskipTests package)
  fi
  provision
  create_domain "$DOMAIN" "$(run_portbase)"
  start_mail
  start_sandbox
  start_oidc
  local was_running=false; domain_running && was_running=true
  start_domain "$DOMAIN"
  # The demo's dashboards open with figures: on a start with no KPI fact yet, the application
  # computes the last 800 days once (this year and the last, for the comparisons) (ciudad.kpi.backfill-dias; the tests' domains leave it at 0).
  if [ "${CIUDAD_DEMO:-small}" != none ] && [ "${CIUDAD_MODE:-dev}" != prod ]; then
    as create-system-properties 'ciudad.kpi.backfill-dias=800' >/dev/null
  fi
  # Redeploying over the EAR a just-started domain is still booting fails (measured: Weld "beanManager
  # is null", the domain then refuses the new EAR): replace it cleanly instead. Data stays in the database.
  [ "$was_running" = true ] || as undeploy ciudad >/dev/null 2>&1 || true
  deploy "$ROOT/ear/target/ciudad.ear"
  wait_app
  wait_for "http://127.0.0.1:$HTTP_PORT/"
  local gateway="Pasarela (sandbox) $GATEWAY_URL/sandbox/events"
  [ "$CIUDAD_MODE" != "prod" ] || gateway="Pasarela          $GATEWAY_URL"
  local stop="bin/ciudad stop"
  [ "$(run_portbase)" = "default" ] || stop="PORTBASE=$PORTBASE $stop"
  [ "$DOMAIN" = "ciudad" ] || stop="DOMAIN=$DOMAIN $stop"
  cat <<EOT

  Ciudad Digital está en línea ($((SECONDS - t0)) s, base de datos: $DB)
    Portal ciudadano   http://localhost:$HTTP_PORT/
    Consola            http://localhost:$HTTP_PORT/consola/
    API (OpenAPI)      http://localhost:$HTTP_PORT/openapi
    Salud              http://localhost:$HTTP_PORT/health/ready
    Reportes (SIRC)    http://localhost:$HTTP_PORT/sirc/reportar.xhtml · mapa /sirc/mapa.xhtml
    Open311 GeoReport  http://localhost:$HTTP_PORT/open311/v2/services.json  (api_key=demo-open311-veracruz-2026)
    Correo de prueba   http://localhost:$MAIL_API_PORT/api/user/<correo>/messages/INBOX
    $gateway
    Administración     http://$ADMIN_URL_HOST:$ADMIN_PORT/ (Payara, usuario $ADMIN_USER; contraseña en
                       $(admin_password_file "$DOMAIN"), línea AS_ADMIN_PASSWORD)
  Usuarios de demostración (contraseña: Demo.2026!):
    admin (ADMIN) · supervisor (SUPERVISOR) · capturista (CAPTURISTA) · finanzas (FINANZAS)
    atencion (ATENCION) · auditor (AUDITOR)
    SIRC por dependencia: obras, limpia (CAPTURISTA) · supervisor.obras (SUPERVISOR)
  Detener: $stop
EOT
}

# Re-reads the PAVG key file into the running run domain (after adding a key for a rotation).
cmd_pavg_keys() {
  DOMAIN="${DOMAIN:-ciudad}"; set_ports "$(run_portbase)"; admin_settings "$DOMAIN"
  domain_running || die "el dominio $DOMAIN no está en marcha"
  pavg_keys
  # Payara reads password aliases when it starts.
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
  start_domain "$DOMAIN"
  wait_app
  log "Llaves de PAVG aplicadas; la actual es $(sed -n 's/^actual=//p' "$(pavg_keys_file)"). Ahora: trabajo pavg-key-rotation."
}

cmd_stop() {
  DOMAIN="${DOMAIN:-ciudad}"; set_ports "$(run_portbase)"
  # stop-domain is a local command: it needs no admin password.
  [ -x "$ASADMIN" ] && "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  stop_mail
  stop_oidc
  stop_sandbox
  log "Detenido."
}
