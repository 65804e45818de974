# shellcheck shell=bash
# Test domains (it-start/it-stop around the integration tests) and their fresh databases.

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
    rm -f "$(domain_dir "$name")/lib/databases/veracruz".*
  fi
}

# domain.sh it-start NAME PORTBASE: fresh database + started domain, nothing deployed.
cmd_it_start() {
  DOMAIN="$1"; set_ports "$2"
  # The system tests sign in with the local identity provider too (their pom sets OIDC=keycloak);
  # the modules' Arquillian domains do without.
  export OIDC="${OIDC:-}"
  require_prod_gateway
  provision
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  fresh_it_database "$DOMAIN"
  create_domain "$DOMAIN" "$2"
  start_mail
  start_sandbox
  start_oidc
  start_domain "$DOMAIN"
  # A test domain starts empty: an EAR left deployed by an earlier run would boot against the
  # fresh database before the new one is deployed (and has failed to, leaving the domain unusable).
  as undeploy ciudad >/dev/null 2>&1 || true
}

# domain.sh it-stop NAME PORTBASE
cmd_it_stop() {
  DOMAIN="$1"; set_ports "$2"; admin_settings "$DOMAIN"
  as undeploy ciudad >/dev/null 2>&1 || true
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  stop_mail
  stop_sandbox
  stop_oidc
}
