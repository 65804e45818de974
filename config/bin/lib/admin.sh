# shellcheck shell=bash
# The domain's administrator. A domain created with --nopassword answers its REST/admin API to
# anyone who reaches the port (security review: /management/domain answered 200 without
# credentials on all interfaces). So every domain gets user admin with a random password made at
# creation, kept only in an owner-readable asadmin password file inside the domain (deleted with
# it), and the admin listener binds to ADMIN_ADDRESS [127.0.0.1].
ADMIN_USER=admin

admin_password_file() { echo "$(domain_dir "$1")/config/.ciudad-admin-password"; }

admin_address_file() { echo "$(domain_dir "$1")/config/.ciudad-admin-address"; }

# Where the admin listener binds, and the host the scripts use to reach it (a wildcard address is
# reached through the loopback). Fixed before the domain's stamp is compared: changing
# ADMIN_ADDRESS recreates the domain like any other setting. Commands on an existing domain
# (deploy, crash, restart, it-stop) pass its name: without ADMIN_ADDRESS in the environment they
# use the address the domain was created with, so a drill needs no more than the domain's name.
admin_settings() {
  local recorded=""
  if [ -n "${1:-}" ] && [ -f "$(admin_address_file "$1")" ]; then recorded="$(cat "$(admin_address_file "$1")")"; fi
  export ADMIN_ADDRESS="${ADMIN_ADDRESS:-${recorded:-127.0.0.1}}"
  case "$ADMIN_ADDRESS" in
    0.0.0.0|::|'[::]') ADMIN_HOST=127.0.0.1 ;;
    *) ADMIN_HOST="$ADMIN_ADDRESS" ;;
  esac
  # An IPv6 literal needs brackets in a URL.
  case "$ADMIN_HOST" in *:*) ADMIN_URL_HOST="[$ADMIN_HOST]" ;; *) ADMIN_URL_HOST="$ADMIN_HOST" ;; esac
}

# The password file of a new domain: create-domain reads AS_ADMIN_PASSWORD from it before the
# domain's directory exists, so it is written beside the domains (umask 077: no other user can
# ever read it) and moved into the domain once created.
new_admin_password_file() {
  local file="$PAYARA_ROOT/.$1.admin-password"
  (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$(random_secret 24)" > "$file")
  echo "$file"
}

# Remote asadmin commands (deploy, set, multimode, create-password-alias...) authenticate with the
# domain's password file; local ones (start-domain, stop-domain, delete-domain) do not need it.
as() {
  "$ASADMIN" --host "$ADMIN_HOST" --port "$ADMIN_PORT" --user "$ADMIN_USER" \
    --passwordfile "$(admin_password_file "$DOMAIN")" --interactive=false "$@"
}

# A remote command that needs one more secret in the password file (asadmin reads one file only):
# the admin password plus KEY=VALUE, in a temporary owner-only file removed afterwards.
as_with_secret() {
  local key="$1" value="$2"; shift 2
  local pwfile; pwfile="$(domain_dir "$DOMAIN")/config/.asadmin-input"
  (umask 077; { cat "$(admin_password_file "$DOMAIN")"; printf '%s=%s\n' "$key" "$value"; } > "$pwfile")
  local rc=0
  "$ASADMIN" --host "$ADMIN_HOST" --port "$ADMIN_PORT" --user "$ADMIN_USER" --passwordfile "$pwfile" \
    --interactive=false "$@" || rc=$?
  rm -f "$pwfile"
  return "$rc"
}

# Any HTTP answer (401 included) means the domain is up.
domain_running() { curl -s -o /dev/null "http://$ADMIN_URL_HOST:$ADMIN_PORT/management/domain" 2>/dev/null; }
