# shellcheck shell=bash
# Sourced by config/bin/domain.sh (which sets ROOT): where Payara and its companions live, the
# versions pinned in the pom (one place to upgrade them), and the logging every part shares.
PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml")"
GREENMAIL_VERSION="$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$ROOT/pom.xml")"
KEYCLOAK_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")"
MYSQL_VERSION="$(sed -n 's:.*<mysql-connector.version>\(.*\)</mysql-connector.version>.*:\1:p' "$ROOT/pom.xml")"
PAYARA_ROOT="$ROOT/.payara"
PAYARA_HOME="$PAYARA_ROOT/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
RUN_DIR="$ROOT/.run"
DB="${DB:-h2}"
MVN="${MVN:-mvn}"

log() { printf '[ciudad] %s\n' "$*" >&2; }
die() { printf '[ciudad] ERROR: %s\n' "$*" >&2; exit 1; }

domain_dir() { echo "$PAYARA_HOME/glassfish/domains/$1"; }

# Random alphanumeric secret (no character asadmin password files or property lists would mangle).
random_secret() { head -c "${1:-24}" /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
