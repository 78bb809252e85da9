#!/usr/bin/env bash
# Staff screens under load (issue 16 item 3): N signed-in staff screens walk search → member page → tabs → paging
# against a portal on this machine, for a bounded time, then report latency p50/p95/max, errors, the portal's CPU per
# interaction and its live heap per circuit (docs/benchmarks.md, "Staff screens under load").
#
#   scripts/load.sh --sessions 100 --duration 60            # starts a Development portal with demo data, then the client
#   BACKOFFICE_LOAD_URL=http://127.0.0.1:5000 scripts/load.sh --sessions 10   # a portal already running (Development)
#
# Client options: --sessions N (1..300) --duration S (1..1800) --ramp S --think MS --members M --users a,b --json FILE.
# Environment: BACKOFFICE_LOAD_CONFIGURATION (Release by default; Debug for a quick try), BACKOFFICE_LOAD_MEMBERS
# (demo members of the started portal, 2000), BACKOFFICE_LOAD_DATA (its data folder; a fresh temporary one by default,
# deleted at the end). Loopback only: the client refuses any other host; the run stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${BACKOFFICE_LOAD_CONFIGURATION:-Release}"
members="${BACKOFFICE_LOAD_MEMBERS:-2000}"

if [[ -z "${BACKOFFICE_LOAD_NO_BUILD:-}" ]]; then
  dotnet build bench/BackOffice.Load -c "$configuration" -clp:ErrorsOnly -v quiet >/dev/null
  [[ -n "${BACKOFFICE_LOAD_URL:-}" ]] || dotnet build src/BackOffice.Web -c "$configuration" -clp:ErrorsOnly -v quiet >/dev/null
fi

server_pid=""
data=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [[ -n "$data" && -z "${BACKOFFICE_LOAD_DATA:-}" ]]; then rm -rf "$data"; fi
}
trap cleanup EXIT

url="${BACKOFFICE_LOAD_URL:-}"
if [[ -z "$url" ]]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  data="${BACKOFFICE_LOAD_DATA:-$(mktemp -d /tmp/backoffice-load-XXXXXX)}"
  log="${data}/portal.log"
  mkdir -p "$data"
  echo "starting the portal on 127.0.0.1:$port ($configuration, $members demo members, data $data)" >&2
  (cd src/BackOffice.Web && ASPNETCORE_ENVIRONMENT=Development Database__DataFolder="$data" DemoData__Members="$members" \
     Auth__SignInPostsPerMinute=100000 Logging__LogLevel__Default=Warning \
     exec dotnet "bin/$configuration/net10.0/BackOffice.Web.dll" --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/account/login" 2>/dev/null; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "the portal exited; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 1
  done
  url="http://127.0.0.1:$port"
  set -- --members "$members" "$@"
fi

dotnet "bench/BackOffice.Load/bin/$configuration/net10.0/BackOffice.Load.dll" --url "$url" "$@"
