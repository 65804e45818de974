# shellcheck shell=bash
# Payara Server, GreenMail and Connector/J come from Maven Central (through ~/.m2), never from git.
provision() {
  mkdir -p "$PAYARA_ROOT/lib" "$RUN_DIR"
  if [ ! -x "$ASADMIN" ]; then
    log "Descargando Payara Server $PAYARA_VERSION de Maven Central..."
    "$MVN" -q dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
      -DoutputDirectory="$PAYARA_ROOT" -Dmdep.overWriteIfNewer=true
    unzip -q -o "$PAYARA_ROOT/payara-$PAYARA_VERSION.zip" -d "$PAYARA_ROOT"
    rm -f "$PAYARA_ROOT/payara-$PAYARA_VERSION.zip"
  fi
  local jar
  for jar in "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "com.mysql:mysql-connector-j:$MYSQL_VERSION"; do
    local name; name="$(echo "$jar" | cut -d: -f2)-$(echo "$jar" | cut -d: -f3).jar"
    [ -f "$PAYARA_ROOT/lib/$name" ] || "$MVN" -q dependency:copy -Dartifact="$jar" -DoutputDirectory="$PAYARA_ROOT/lib"
  done
}
