# shellcheck shell=bash
# The payment-gateway/PAC sandbox (sandbox/README.md) when no real gateway is configured. Never in
# production: there GATEWAY_URL names the real gateway (require_prod_gateway), even if it happened
# to point at the sandbox's port.
start_sandbox() {
  [ "$CIUDAD_MODE" != "prod" ] || return 0
  case "$GATEWAY_URL" in http://127.0.0.1:"$GATEWAY_PORT"*) ;; *) return 0 ;; esac
  "$ROOT/config/bin/sandbox.sh" start "$GATEWAY_PORT" "$RUN_DIR/sandbox-$GATEWAY_PORT.log" "$RUN_DIR/sandbox-$GATEWAY_PORT.pid"
}

stop_sandbox() {
  "$ROOT/config/bin/sandbox.sh" stop "$RUN_DIR/sandbox-$GATEWAY_PORT.pid" >/dev/null 2>&1 || true
}
