# shellcheck shell=bash
# Creating a domain from config/payara, and starting it.

# What a domain was configured from: the database kind, the settings and the scripts (config/payara,
# domain.sh and its lib/). A change in any recreates the domain, so nobody runs on a stale set-up
# (the data of an H2 run is dropped).
config_stamp() {
  local settings="$DB ${DB_HOST:-} ${DB_PORT:-} ${DB_NAME:-} ${DB_USER:-} ${CIUDAD_MODE:-} ${CIUDAD_DEMO:-} ${MAIL_HOST:-} ${MAIL_PORT:-} ${PUBLIC_URL:-} ${GATEWAY_URL:-} ${PAC_URL:-} ${ADMIN_ADDRESS:-} ${OIDC_ISSUER:-} ${OIDC_CLIENT_ID:-} $ADMIN_PORT $HTTP_PORT $(printf %s "${DB_PASSWORD:-}${GATEWAY_SECRET:-}${GATEWAY_API_KEY:-}${OIDC_CLIENT_SECRET:-}" | sha256sum)"
  echo "$DB $( (echo "$settings"; cat "$ROOT"/config/payara/*.asadmin "$ROOT/config/bin/domain.sh" "$ROOT"/config/bin/lib/*.sh) | sha256sum | cut -c1-16)"
}

create_domain() {
  local name="$1" portbase="$2" domdir; domdir="$(domain_dir "$1")"
  settings
  if [ -d "$domdir" ]; then
    if [ "$(cat "$domdir/ciudad-config" 2>/dev/null)" = "$(config_stamp)" ]; then return 0; fi
    log "El dominio $name se configuró con otra base de datos u otros scripts: se vuelve a crear"
    "$ASADMIN" stop-domain "$name" >/dev/null 2>&1 || true
    "$ASADMIN" delete-domain "$name" >/dev/null
  fi
  # Checked before anything is created or started.
  if [ "$DB" = "mysql" ]; then
    [ -n "${DB_PASSWORD:-}" ] || die "DB=mysql necesita DB_PASSWORD (se guarda como alias veracruz-db)"
  fi
  log "Creando el dominio $name..."
  local pwfile; pwfile="$(new_admin_password_file "$name")"
  local ports=(--portbase "$portbase")
  [ "$portbase" != "default" ] || ports=(--adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT")
  "$ASADMIN" --user "$ADMIN_USER" --passwordfile "$pwfile" --interactive=false \
    create-domain "${ports[@]}" "$name" >/dev/null || { rm -f "$pwfile"; die "no se pudo crear el dominio $name"; }
  mv "$pwfile" "$(admin_password_file "$name")"
  configure_domain "$name"
}

render() { envsubst '$DB_HOST $DB_PORT $DB_NAME $DB_USER $MAIL_HOST $MAIL_PORT $CIUDAD_MODE $CIUDAD_DEMO $PUBLIC_URL_ESC $GATEWAY_URL_ESC $PAC_URL_ESC $BATCH_SCHEMA $ADMIN_ADDRESS' < "$1"; }

configure_domain() {
  local name="$1" domdir; domdir="$(domain_dir "$1")"
  if [ "$DB" = "mysql" ]; then BATCH_SCHEMA="$DB_NAME"; else BATCH_SCHEMA="PUBLIC"; fi
  export BATCH_SCHEMA
  # asadmin property lists split on ':' : escape it inside values (URLs).
  export PUBLIC_URL_ESC="${PUBLIC_URL//:/\\:}" GATEWAY_URL_ESC="${GATEWAY_URL//:/\\:}" PAC_URL_ESC="${PAC_URL//:/\\:}"
  # This first start still listens for admin on every interface (the address is set below and
  # applies at the next start), but already only with the password.
  "$ASADMIN" start-domain "$name" >/dev/null
  create_aliases
  if [ "$DB" = "mysql" ]; then as add-library --type common "$PAYARA_ROOT/lib/mysql-connector-j-$MYSQL_VERSION.jar" >/dev/null; fi
  local script rendered="$domdir/config/ciudad-setup.asadmin"
  : > "$rendered"
  # 90-admin (the admin listener's address) comes last: nothing in this session runs after it.
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
  if [ -n "${OIDC_ISSUER:-}" ]; then
    as create-system-properties "ciudad.oidc.issuer=${OIDC_ISSUER//:/\\:}:ciudad.oidc.client-id=${OIDC_CLIENT_ID}" >/dev/null \
      || die "no se pudo configurar el proveedor de identidad"
  fi
  # The stop makes the next (first real) start bind the admin listener to ADMIN_ADDRESS.
  "$ASADMIN" stop-domain "$name" >/dev/null
  echo "$ADMIN_ADDRESS" > "$(admin_address_file "$name")"
  config_stamp > "$domdir/ciudad-config"
}

start_domain() {
  local name="$1"
  if domain_running; then return 0; fi
  log "Iniciando el dominio $name (admin $ADMIN_HOST:$ADMIN_PORT, http $HTTP_PORT)..."
  "$ASADMIN" start-domain "$name" >/dev/null
}
