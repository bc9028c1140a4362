#!/usr/bin/env bash
# A throwaway PostgreSQL server for the contact-book tests, on 127.0.0.1 only.
#   tools/pg_test_server.sh start   -> prints the URL to export as GIVEFIRST_TEST_PG_URL
#   tools/pg_test_server.sh stop
set -euo pipefail
DIR=${PGTEST_DIR:-/tmp/givefirst-pg}
PORT=${PGTEST_PORT:-54329}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); else RUN=(); fi

case "${1:-start}" in
  start)
    "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    "${RUN[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 >/dev/null
    "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
      -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >/dev/null
    "${RUN[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres givefirst_test
    echo "postgresql://postgres@127.0.0.1:$PORT/givefirst_test"
    ;;
  stop)
    "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
