# shellcheck shell=bash
# Settings with their defaults, and the secrets the domain keeps as password aliases.

# Production never runs on the published sandbox secrets nor against the local sandbox: the
# application refuses them at deployment, and the scripts refuse before building or creating
# anything, so a forgotten variable is a clear message here rather than a failed deployment.
require_prod_gateway() {
  [ "${CIUDAD_MODE:-dev}" = "prod" ] || return 0
  local missing=() var
  for var in GATEWAY_URL GATEWAY_SECRET GATEWAY_API_KEY; do
    [ -n "${!var:-}" ] || missing+=("$var")
  done
  [ "${#missing[@]}" -eq 0 ] || die "CIUDAD_MODE=prod necesita ${missing[*]} explícitos (la pasarela real; en producción no hay valores del sandbox ni sandbox local)"
  [ "$GATEWAY_SECRET" != "sandbox-webhook-secret" ] || die "CIUDAD_MODE=prod no acepta el secreto publicado del sandbox en GATEWAY_SECRET"
  [ "$GATEWAY_API_KEY" != "sandbox-api-key" ] || die "CIUDAD_MODE=prod no acepta la clave publicada del sandbox en GATEWAY_API_KEY"
}

# Settings with their defaults, fixed before the domain's stamp is compared.
settings() {
  require_prod_gateway
  export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-3306}" DB_NAME="${DB_NAME:-ciudad}" DB_USER="${DB_USER:-ciudad}"
  export MAIL_HOST="${MAIL_HOST:-127.0.0.1}" MAIL_PORT="${MAIL_PORT:-$SMTP_PORT}"
  export CIUDAD_MODE="${CIUDAD_MODE:-dev}" CIUDAD_DEMO="${CIUDAD_DEMO:-small}" PUBLIC_URL="${PUBLIC_URL:-http://localhost:$HTTP_PORT}"
  # The card gateway and the CFDI provider (PAC): the local sandbox unless the environment names
  # real ones (always in production: require_prod_gateway).
  export GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:$GATEWAY_PORT}" PAC_URL="${PAC_URL:-${GATEWAY_URL:-http://127.0.0.1:$GATEWAY_PORT}}"
  export GATEWAY_SECRET="${GATEWAY_SECRET:-sandbox-webhook-secret}" GATEWAY_API_KEY="${GATEWAY_API_KEY:-sandbox-api-key}"
  oidc_settings
  admin_settings
}

# A secret into a password alias of the domain; Payara's MicroProfile Config reads aliases by name.
alias_secret() {
  local name="$1" value="$2"
  as_with_secret AS_ADMIN_ALIASPASSWORD "$value" create-password-alias "$name" >/dev/null \
    || die "no se pudo crear el alias $name"
}

# The secrets of a new (running) domain. The database password lives only in a Payara password
# alias (encrypted keystore of the domain); H2 gets a random one.
create_aliases() {
  if [ "$DB" = "mysql" ]; then
    alias_secret veracruz-db "$DB_PASSWORD"
  else
    alias_secret veracruz-db "$(random_secret 24)"
  fi
  alias_secret ciudad.gateway.webhook-secret "$GATEWAY_SECRET"
  alias_secret ciudad.gateway.api-key "$GATEWAY_API_KEY"
  alias_secret ciudad.pac.api-key "$GATEWAY_API_KEY"
  alias_secret ciudad.predial.token-secret "$(random_secret 32)"
  # The key that signs the app's access tokens (RSA 2048, PKCS#8, base64); rotation: README.
  alias_secret ciudad.cuentas.jwt.signing-key "$(new_jwt_key)"
  if [ -n "${OIDC_CLIENT_SECRET:-}" ]; then alias_secret ciudad.oidc.client-secret "$OIDC_CLIENT_SECRET"; fi
  pavg_keys
}

# PAVG's data keys (AES-256, base64) live in a file outside git, the EAR and the database
# (PAVG_KEYS_FILE, mode 600), so a recreated domain opens the data sealed before: lines
# "actual=<id>" and "<id>=<base64>". Each key becomes the alias ciudad.pavg.llave.<id>; the current
# id the system property ciudad.pavg.llave-actual. Rotation: add a line, point "actual" at it, run
# "bin/ciudad pavg-llaves" and then the job pavg-key-rotation (README, Operación).
pavg_keys_file() { echo "${PAVG_KEYS_FILE:-$ROOT/.secrets/pavg-llaves}"; }

pavg_keys() {
  local file; file="$(pavg_keys_file)"
  if [ ! -s "$file" ]; then
    [ "${CIUDAD_MODE:-dev}" != "prod" ] || die "CIUDAD_MODE=prod necesita PAVG_KEYS_FILE con las llaves de PAVG (README, Operación): no se generan en producción"
    mkdir -p "$(dirname "$file")"; chmod 700 "$(dirname "$file")"
    (umask 077; printf 'actual=k1\nk1=%s\n' "$(head -c 32 /dev/urandom | base64 -w0)" > "$file")
    log "Llave de PAVG nueva en $file: respáldela aparte de la base de datos"
  fi
  local line id current="" existing
  existing="$(as list-password-aliases 2>/dev/null || true)"
  while IFS= read -r line || [ -n "$line" ]; do
    [ -n "$line" ] && [ "${line#\#}" = "$line" ] || continue
    id="${line%%=*}"
    if [ "$id" = "actual" ]; then current="${line#*=}"; continue; fi
    [[ "$id" =~ ^[a-z0-9]{1,16}$ ]] || die "$file: identificador de llave inválido: $id"
    # A key never changes under its id: one already in the domain stays as it is.
    grep -qx "ciudad.pavg.llave.$id" <<<"$existing" || alias_secret "ciudad.pavg.llave.$id" "${line#*=}"
  done < "$file"
  [ -n "$current" ] || die "$file no dice cuál es la llave actual (actual=<id>)"
  as create-system-properties "ciudad.pavg.llave-actual=$current" >/dev/null \
    || die "no se pudo fijar ciudad.pavg.llave-actual"
}

new_jwt_key() {
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null \
    | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0
}
