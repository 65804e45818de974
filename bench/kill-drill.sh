#!/usr/bin/env bash
# kill -9 drill of the nightly reconciliation (issue 4). On a running domain on MariaDB:
#   1. issues LINES slips and writes a bank file of LINES lines (bench/ReconciliationBench.java);
#   2. snapshots the database (mysqldump);
#   3. run A: reconciles the file without interruption and extracts the business result;
#   4. restores the snapshot; run B: reconciles the same file, kill -9 of TARGET (Payara or MariaDB)
#      when KILL_AT % of the lines have an outcome, starts it again, waits for the stale execution
#      to be marked FAILED (Payara) or for the job to fail (database), restarts it, extracts the result;
#   5. compares A and B: every line's outcome and amount, every bank payment (predio, amount, key),
#      every year's credits, every slip's status. Identical or it prints the difference and fails.
#
#   bench/kill-drill.sh [LINES=20000] [KILL_AT=50] [TARGET=payara|db]
# Environment: CHUNK (2000), DB_NAME (ciudad_city), BENCH_DB_USER/BENCH_DB_PASSWORD for the bench client (root/''), PORTBASE (default), BASE
# (http://localhost:8080), DOMAIN (ciudad). Start the domain first, e.g.
#   DOMAIN=ciudad-city DB_NAME=ciudad_city CIUDAD_DEMO=city DB=mysql DB_PASSWORD=... bin/ciudad run
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LINES="${1:-20000}"; KILL_AT="${2:-50}"; TARGET="${3:-payara}"
DB_NAME="${DB_NAME:-ciudad_city}"; BASE="${BASE:-http://localhost:8080}"; DOMAIN="${DOMAIN:-ciudad}"
BENCH_USER="${BENCH_DB_USER:-root}"; BENCH_PASS="${BENCH_DB_PASSWORD:-}"
MYSQL=(mysql -h127.0.0.1 -u"$BENCH_USER" ${BENCH_PASS:+-p"$BENCH_PASS"} "$DB_NAME")
WORK="$(mktemp -d /tmp/kill-drill.XXXX)"; chmod 755 "$WORK"
JAR="$(ls "$ROOT"/.payara/lib/mysql-connector-j-*.jar | head -1)"
JDBC="jdbc:mysql://127.0.0.1:3306/$DB_NAME?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&allowLoadLocalInfile=true"
log() { printf '[drill %s] %s\n' "$(date +%T)" "$*"; }

COOKIES="$WORK/cookies"
login() {
  rm -f "$COOKIES"
  curl -fsS -c "$COOKIES" -b "$COOKIES" -o /dev/null "$BASE/consola/index.xhtml"
  curl -sS -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode j_username=finanzas \
    --data-urlencode 'j_password=Demo.2026!' "$BASE/j_security_check"
  # Jakarta Security completes the login on the way back to the page that asked for it.
  curl -fsSL -c "$COOKIES" -b "$COOKIES" -o /dev/null "$BASE/consola/index.xhtml"
}
api() { curl -fsS -c "$COOKIES" -b "$COOKIES" -H 'Content-Type: application/json' "$@"; }
field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p" | head -1; }
status_of() { api "$BASE/api/v1/trabajos/ejecuciones/$1" | field batchStatus; }
wait_end() {
  local id="$1" s
  while :; do
    s="$(status_of "$id" 2>/dev/null || echo UNREACHABLE)"
    case "$s" in COMPLETED|FAILED|STOPPED|ABANDONED) echo "$s"; return;; esac
    sleep 2
  done
}
classified() {
  "${MYSQL[@]}" -N -e "SELECT COUNT(*) FROM PREDIAL_ARCHIVO_LINEA l JOIN PREDIAL_ARCHIVO a ON a.ID = l.ARCHIVO_ID
    WHERE a.FILE_NAME = '$(basename "$FILE")' AND l.OUTCOME IS NOT NULL" 2>/dev/null || echo 0
}
result() {
  local name; name="$(basename "$FILE")"
  "${MYSQL[@]}" -N -e "
    SELECT 'linea', l.LINE_NO, l.OUTCOME, COALESCE(l.AMOUNT, ''), COALESCE(l.PREDIO_ID, ''), COALESCE(p.AMOUNT, '')
      FROM PREDIAL_ARCHIVO_LINEA l JOIN PREDIAL_ARCHIVO a ON a.ID = l.ARCHIVO_ID
      LEFT JOIN PREDIAL_PAGO p ON p.ID = l.PAGO_ID WHERE a.FILE_NAME = '$name' ORDER BY l.LINE_NO;
    SELECT 'pago', PREDIO_ID, EXTERNAL_KEY, AMOUNT, STATUS FROM PREDIAL_PAGO WHERE EXTERNAL_KEY LIKE 'banco:%' ORDER BY EXTERNAL_KEY;
    SELECT 'lineas-pago', p.EXTERNAL_KEY, pl.FISCAL_YEAR, pl.TAX, pl.SURCHARGE, pl.DISCOUNT, pl.CONDONATION
      FROM PREDIAL_PAGO_LINEA pl JOIN PREDIAL_PAGO p ON p.ID = pl.PAGO_ID WHERE p.EXTERNAL_KEY LIKE 'banco:%'
      ORDER BY p.EXTERNAL_KEY, pl.FISCAL_YEAR;
    SELECT 'anualidad', PREDIO_ID, FISCAL_YEAR, CREDITED_TAX, CREDITED_SURCHARGE FROM PREDIAL_ANUALIDAD
      WHERE CREDITED_TAX <> 0 OR CREDITED_SURCHARGE <> 0 ORDER BY PREDIO_ID, FISCAL_YEAR;
    SELECT 'referencia', REFERENCIA, STATUS FROM PREDIAL_REFERENCIA WHERE ISSUED_BY = 'bench' ORDER BY REFERENCIA;
    SELECT 'archivo', STATUS, DECLARED_COUNT, DECLARED_TOTAL FROM PREDIAL_ARCHIVO WHERE FILE_NAME = '$name';"
}
run_job() {
  cp "$WORK/original.txt" "$FILE"; chmod 644 "$FILE"
  login
  api -X POST -d "{\"businessDate\":\"$(date +%F)\",\"files\":\"$(basename "$FILE")\",\"chunkSize\":\"${CHUNK:-2000}\"}" \
    "$BASE/api/v1/trabajos/predial-payment-reconciliation" | field executionId
}

log "Generando $LINES líneas y sus formatos en $DB_NAME"
out="$(java -DgenerateOnly=true -cp "$JAR" "$ROOT/bench/ReconciliationBench.java" "$LINES" "$JDBC" "$BENCH_USER" "$BENCH_PASS" "$BASE")"
echo "$out"
GENERATED="$(echo "$out" | sed -n 's/^Archivo: \([^ ]*\) .*/\1/p')"
LANDING="$ROOT/.payara/payara6/glassfish/domains/$DOMAIN/predial/entrada"; mkdir -p "$LANDING"
FILE="$LANDING/$(basename "$GENERATED")"
cp "$GENERATED" "$WORK/original.txt"
log "Instantánea de la base de datos"
# Only what a reconciliation writes (the whole city database takes minutes to restore).
mysqldump -h127.0.0.1 -u"$BENCH_USER" ${BENCH_PASS:+-p"$BENCH_PASS"} --single-transaction "$DB_NAME" \
  PREDIAL_ARCHIVO PREDIAL_ARCHIVO_LINEA PREDIAL_PAGO PREDIAL_PAGO_LINEA PREDIAL_ANUALIDAD PREDIAL_REFERENCIA \
  PREDIO ID_GEN FOLIO_COUNTER PREDIAL_ALERTA AUDIT_RECORD AUDIT_CHAIN_HEAD COBRO > "$WORK/before.sql"

log "Corrida A: sin interrupción"
t0=$SECONDS; id="$(run_job)"; s="$(wait_end "$id")"
log "Corrida A: ejecución $id $s en $((SECONDS - t0)) s"
epoch() { date -d "$1" +%s; }
exec_field() { api "$BASE/api/v1/trabajos/ejecuciones/$1" | field "$2"; }
A_JOB=$(( $(epoch "$(exec_field "$id" end)") - $(epoch "$(exec_field "$id" start)") ))
A_WALL=$((SECONDS - t0))
[ "$s" = COMPLETED ] || { log "la corrida A no terminó bien"; exit 1; }
result > "$WORK/A.txt"

log "Restaurando la instantánea"
"${MYSQL[@]}" < "$WORK/before.sql"
log "Reiniciando Payara (su caché y sus bloques de ids son de la corrida A)"
bash "$ROOT/config/bin/domain.sh" restart "$DOMAIN" "${PORTBASE:-default}"
log "Corrida B: kill -9 de $TARGET al $KILL_AT %"
t0=$SECONDS; id="$(run_job)"
until [ "$(classified)" -ge $((LINES * KILL_AT / 100)) ]; do sleep 0.5; done
log "Clasificadas $(classified) de $LINES: kill -9 ($TARGET)"
KILLED_AT=$(date +%s); B_ID="$id"
if [ "$TARGET" = db ]; then
  pid="$(pidof mariadbd || pidof mysqld)"; kill -9 $pid
  while kill -0 $pid 2>/dev/null; do sleep 0.2; done
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  until mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1; do sleep 1; done
  log "MariaDB de nuevo arriba"
else
  bash "$ROOT/config/bin/domain.sh" crash "$DOMAIN" "${PORTBASE:-default}"
  log "Payara de nuevo arriba"
fi
login
s="$(wait_end "$id")"
log "Ejecución $id tras el reinicio: $s ($(api "$BASE/api/v1/trabajos/ejecuciones/$id" | field exitStatus))"
case "$s" in
  FAILED) # the usual case: recovered at start-up (Payara) or after its thread ended (database)
    rid="$(api -X POST -d '{}' "$BASE/api/v1/trabajos/ejecuciones/$id/reinicio" | field executionId)"
    s="$(wait_end "$rid")"
    B_JOB=$(( KILLED_AT - $(epoch "$(exec_field "$B_ID" start)") + $(epoch "$(exec_field "$rid" end)") - $(epoch "$(exec_field "$rid" start)") ))
    log "Reinicio $rid: $s; corrida B completa en $((SECONDS - t0)) s"
    log "P2: pared A $A_WALL s, B $((SECONDS - t0)) s (con el reinicio de Payara); trabajo A $A_JOB s, B $B_JOB s (ejecución matada + reinicio)" ;;
  COMPLETED) # the job rode out the database restart (the pool validates connections): nothing to restart
    [ "$TARGET" = db ] || { log "se esperaba FAILED tras matar Payara"; exit 1; }
    log "La ejecución terminó sin fallar pese al reinicio de MariaDB; corrida B en $((SECONDS - t0)) s" ;;
  *) log "estado inesperado $s"; exit 1 ;;
esac
result > "$WORK/B.txt"
if diff -q "$WORK/A.txt" "$WORK/B.txt" >/dev/null; then
  log "IDÉNTICO: $(grep -c $'^linea\t' "$WORK/A.txt") líneas, $(grep -c $'^pago\t' "$WORK/A.txt") pagos bancarios,"\
" $(grep -c $'^anualidad\t' "$WORK/A.txt") anualidades con abonos, $(grep -c $'^referencia\t' "$WORK/A.txt") formatos ($WORK)"
else
  log "DIFERENTE (ver $WORK/A.txt y $WORK/B.txt):"; diff "$WORK/A.txt" "$WORK/B.txt" | head -40; exit 1
fi
