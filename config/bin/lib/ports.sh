# shellcheck shell=bash
# Ports: the run domain uses 4848/8080 (SMTP sink 3025, its web API 8089, payment-gateway/PAC
# sandbox 8095, local identity provider 8091/8092); a test domain uses PORTBASE+48 / +80 / +25 / +89 / +95 / +91 / +92 so tests never collide
# with a running demo. `run`/`stop` take PORTBASE from the environment, so a second demo (or a
# check beside a running one) can live on other ports.
set_ports() {
  local portbase="$1"
  if [ "$portbase" = "default" ]; then
    ADMIN_PORT=4848; HTTP_PORT=8080; SMTP_PORT=3025; MAIL_API_PORT=8089; GATEWAY_PORT=8095
    OIDC_PORT=8091; OIDC_MGMT_PORT=8092
  else
    [[ "$portbase" =~ ^[0-9]+$ ]] && [ "$portbase" -ge 1024 ] && [ "$portbase" -le 65000 ] \
      || die "PORTBASE debe ser un número entre 1024 y 65000 (recibido: $portbase)"
    ADMIN_PORT=$((portbase + 48)); HTTP_PORT=$((portbase + 80))
    SMTP_PORT=$((portbase + 25)); MAIL_API_PORT=$((portbase + 89)); GATEWAY_PORT=$((portbase + 95))
    OIDC_PORT=$((portbase + 91)); OIDC_MGMT_PORT=$((portbase + 92))
  fi
}

# The portbase of `run`/`stop`: PORTBASE from the environment, the classic ports without it.
run_portbase() { echo "${PORTBASE:-default}"; }
