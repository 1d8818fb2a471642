#!/usr/bin/env bash
# Start the central-database servers the tests talk to, if they are down, and the
# Tests fail (never skip) when a server is unreachable.
set -uo pipefail
up() { (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; }
if ! up 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi
if ! up 3306; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi
for i in $(seq 1 30); do up 5432 && up 3306 && break; sleep 1; done
exit 0
