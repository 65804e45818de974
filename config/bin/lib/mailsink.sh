# shellcheck shell=bash
# Local SMTP sink (GreenMail) on SMTP_PORT: mails are real messages, readable at its web API.
start_mail() {
  local pidfile="$RUN_DIR/greenmail-$SMTP_PORT.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then return 0; fi
  nohup java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$PAYARA_ROOT/lib/greenmail-standalone-$GREENMAIL_VERSION.jar" > "$RUN_DIR/greenmail-$SMTP_PORT.log" 2>&1 &
  echo $! > "$pidfile"
}

stop_mail() {
  local pidfile="$RUN_DIR/greenmail-$SMTP_PORT.pid"
  if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi
}
