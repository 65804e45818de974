# shellcheck shell=bash
# The national identity provider (Llave MX). OIDC=keycloak (always in the tests' domains) starts a
# local Keycloak as its stand-in: realm "llave" with the client "ciudad-portal" (authorization code
# + PKCE S256, confidential) and demo citizens whose CURP is a claim (config/keycloak/). A real
# provider is named with OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (stored as the password
# alias ciudad.oidc.client-secret). Without either, the portal offers only e-mail accounts.
KEYCLOAK_HOME_DIR() { echo "$PAYARA_ROOT/keycloak-$KEYCLOAK_VERSION"; }

oidc_settings() {
  if [ "${OIDC:-}" = "keycloak" ]; then
    [ "${CIUDAD_MODE:-dev}" != "prod" ] || die "CIUDAD_MODE=prod no usa el Keycloak local: indique OIDC_ISSUER, OIDC_CLIENT_ID y OIDC_CLIENT_SECRET del proveedor real"
    mkdir -p "$RUN_DIR"
    local secret_file="$RUN_DIR/keycloak-$OIDC_PORT.secret"
    [ -s "$secret_file" ] || { random_secret 32 > "$secret_file"; chmod 600 "$secret_file"; }
    export OIDC_ISSUER="http://127.0.0.1:$OIDC_PORT/realms/llave" OIDC_CLIENT_ID="ciudad-portal"
    OIDC_CLIENT_SECRET="$(cat "$secret_file")"; export OIDC_CLIENT_SECRET
  elif [ -n "${OIDC_ISSUER:-}" ]; then
    [ -n "${OIDC_CLIENT_ID:-}" ] && [ -n "${OIDC_CLIENT_SECRET:-}" ] \
      || die "OIDC_ISSUER necesita OIDC_CLIENT_ID y OIDC_CLIENT_SECRET"
  fi
}

# A JDK 21 or newer for Keycloak (the application itself runs on 17): KEYCLOAK_JAVA_HOME, or the
# newest Temurin/OpenJDK >= 21 under /usr/lib/jvm.
keycloak_java() {
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then echo "$KEYCLOAK_JAVA_HOME"; return; fi
  local d v best="" bestv=0
  for d in /usr/lib/jvm/*/; do
    [ -x "$d/bin/java" ] || continue
    v="$("$d/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="${d%/}"; bestv="$v"; fi
  done
  [ -n "$best" ] || die "OIDC=keycloak necesita un JDK 21 o posterior (KEYCLOAK_JAVA_HOME o /usr/lib/jvm)"
  echo "$best"
}

provision_keycloak() {
  local home; home="$(KEYCLOAK_HOME_DIR)"
  [ -x "$home/bin/kc.sh" ] && return 0
  log "Descargando Keycloak $KEYCLOAK_VERSION de Maven Central (proveedor de identidad local)..."
  "$MVN" -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$PAYARA_ROOT" -Dmdep.overWriteIfNewer=true
  unzip -q -o "$PAYARA_ROOT/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$PAYARA_ROOT"
  rm -f "$PAYARA_ROOT/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  # One build (Quarkus augmentation) now, so each start is a plain start.
  JAVA_HOME="$(keycloak_java)" "$home/bin/kc.sh" build --db=dev-file --health-enabled=true >/dev/null
}

start_oidc() {
  [ "${OIDC:-}" = "keycloak" ] || return 0
  local pidfile="$RUN_DIR/keycloak-$OIDC_PORT.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then return 0; fi
  provision_keycloak
  local home inst; home="$(KEYCLOAK_HOME_DIR)"; inst="$RUN_DIR/keycloak-$OIDC_PORT"
  # Each instance (the demo's, a test domain's) has its own home: its own kc.sh (Keycloak takes its
  # home from the script's real path) and data/, the installed jars shared. A fresh realm every
  # start: the demo citizens are data of the stand-in, not of the city.
  rm -rf "$inst"; mkdir -p "$inst/bin" "$inst/data/import"
  cp "$home/bin/kc.sh" "$inst/bin/"
  local part; for part in lib conf providers themes; do ln -s "$home/$part" "$inst/$part"; done
  OIDC_REDIRECT="$PUBLIC_URL/cuenta/llave/retorno" envsubst '$OIDC_CLIENT_SECRET $OIDC_REDIRECT' \
    < "$ROOT/config/keycloak/llave-realm.json" > "$inst/data/import/llave-realm.json"
  log "Iniciando Keycloak (Llave MX local) en 127.0.0.1:$OIDC_PORT..."
  JAVA_HOME="$(keycloak_java)" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$(random_secret 20)" \
    nohup "$inst/bin/kc.sh" start --optimized \
      --http-enabled=true --http-host=127.0.0.1 --http-port="$OIDC_PORT" --http-management-port="$OIDC_MGMT_PORT" \
      --hostname-strict=false --import-realm \
      > "$RUN_DIR/keycloak-$OIDC_PORT.log" 2>&1 &
  echo $! > "$pidfile"
  local i
  for i in $(seq 1 180); do
    if curl -fsS -o /dev/null "$OIDC_ISSUER/.well-known/openid-configuration" 2>/dev/null; then
      log "Keycloak listo en $i s"; return 0
    fi
    kill -0 "$(cat "$pidfile")" 2>/dev/null || { tail -20 "$RUN_DIR/keycloak-$OIDC_PORT.log" >&2; die "Keycloak terminó al arrancar"; }
    sleep 1
  done
  tail -20 "$RUN_DIR/keycloak-$OIDC_PORT.log" >&2
  die "Keycloak no respondió en 180 s"
}

stop_oidc() {
  local pidfile="$RUN_DIR/keycloak-$OIDC_PORT.pid"
  if [ -f "$pidfile" ]; then
    local pid; pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  fi
}
