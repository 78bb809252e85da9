#!/usr/bin/env bash
# The one command that runs every check of the project (CI runs exactly this through .ci/run):
#   1. installs what the tests need from Debian when missing: chromium, fonts-nanum, poppler-utils, postgresql
#   2. dotnet format --verify-no-changes
#   3. EF Core: no pending model changes for the SQLite, PostgreSQL and SQL Server migrations; each provider's
#      idempotent migration script is written to artifacts/migrations-<provider>.sql
#   4. builds the solution (warnings are errors)
#   5. unit, integration (SQLite, a throw-away PostgreSQL cluster, and SQL Server where BACKOFFICE_TEST_SQLSERVER
#      names one) and component tests
#   6. end-to-end tests in headless Chromium against the real portal (screenshots in artifacts/screenshots), side by
#      side with step 5
#   7. the personal-data scan of what the end-to-end run left behind
# and prints "Tests: N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
mkdir -p artifacts

step() { printf '\n==> %s\n' "$*"; }

ensure_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  fc-list 2>/dev/null | grep -i nanum >/dev/null || missing+=(fonts-nanum)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  [ ${#missing[@]} -eq 0 ] && return 0
  step "Installing ${missing[*]} (Debian packages)"
  if [ "$(id -u)" != "0" ]; then
    echo "Missing ${missing[*]}; run as root or install them: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_packages

step "Restore"
dotnet tool restore >/dev/null
dotnet restore BackOffice.sln --verbosity quiet

step "Format check (dotnet format --verify-no-changes)"
dotnet format BackOffice.sln --verify-no-changes --no-restore

step "Build"
dotnet build BackOffice.sln --no-restore --verbosity quiet -clp:ErrorsOnly

step "EF Core model check (pending model changes and idempotent scripts: SQLite, PostgreSQL, SQL Server)"
for provider in Sqlite Postgres SqlServer; do
  project="src/BackOffice.Migrations.$provider"
  dotnet ef migrations has-pending-model-changes --no-build --project "$project" --startup-project "$project"
  # EF Core cannot make idempotent scripts for SQLite (no IF in its SQL): there the full script from an empty file.
  idempotent="--idempotent"; [ "$provider" = "Sqlite" ] && idempotent=""
  dotnet ef migrations script $idempotent --no-build --project "$project" --startup-project "$project" \
    --output "artifacts/migrations-${provider,,}.sql" >/dev/null
done
echo "Migration scripts: artifacts/migrations-{postgres,sqlserver}.sql (idempotent), artifacts/migrations-sqlite.sql"

step "Throw-away PostgreSQL"
BACKOFFICE_TEST_POSTGRES="$(scripts/postgres.sh start)"
export BACKOFFICE_TEST_POSTGRES
trap 'scripts/postgres.sh stop' EXIT

if [ -n "${BACKOFFICE_TEST_SQLSERVER:-}" ]; then
  echo "SQL Server integration tests: on the server in BACKOFFICE_TEST_SQLSERVER"
else
  echo "SQL Server integration tests: skipped (BACKOFFICE_TEST_SQLSERVER is not set; no SQL Server installs from Debian, so they run where a server is given)"
fi

status=0
# Writes the stage's log to artifacts/<name>.log and its exit code to artifacts/<name>.rc.
run_tests() {
  local name="$1" project="$2" rc=0 started=$SECONDS
  dotnet test "$project" --no-build --logger "console;verbosity=normal" >"artifacts/$name.log" 2>&1 || rc=$?
  echo "$rc $((SECONDS - started))" >"artifacts/$name.rc"
}
report_tests() {
  local name="$1" rc seconds
  read -r rc seconds <"artifacts/$name.rc"
  step "$name ($((seconds / 60)) min $((seconds % 60)) s)"
  # Show failures (with their messages) and the totals; the whole log stays in artifacts/.
  grep -E '^\s+(Failed|Skipped) |^\s+(Total tests|Passed|Failed|Skipped):| error [A-Z]+[0-9]+' -A1 "artifacts/$name.log" | grep -vE '^--$' | head -200 || true
  # Each failure's message and the first lines of its stack, so a CI log names the assertion and the line that failed.
  grep -E 'Error Message' -A12 "artifacts/$name.log" | head -300 || true
  [ "$rc" -eq 0 ] || status=1
}
# The two stages share nothing (the end-to-end portal has its own SQLite folder and never touches PostgreSQL), and the
# end-to-end run mostly waits on its browser and portal, so they run side by side: the suite stays under 30 minutes on
# CI's 2 cores (one after the other it took 33).
step "Unit, integration and component tests beside the end-to-end tests (logs: artifacts/*.log)"
run_tests "unit-integration-component" tests/BackOffice.Tests &
unit_pid=$!
run_tests "end-to-end" e2e/BackOffice.E2E &
e2e_pid=$!
wait "$unit_pid" "$e2e_pid" || true
report_tests "unit-integration-component"
report_tests "end-to-end"

# ---- Issue 16 item 7 (badinput): the personal-data scan of what the end-to-end run left behind: saved page sources
# (artifacts/screenshots/*.html), the portal's log (artifacts/e2e-server.log), downloads (artifacts/downloads) and every
# file the portal exported, issued or produced (out of artifacts/e2e-database into artifacts/exports). A full card
# number, mobile number or resident registration number not revealed on purpose fails the run (file, line, masked value).
step "Personal-data scan of the end-to-end artifacts"
pii_rc=0
BACKOFFICE_PII_SCAN_DIR="$root/artifacts" dotnet test tests/BackOffice.Tests --no-build --filter "Category=PiiScan" \
  --logger "console;verbosity=normal" >artifacts/pii-scan.log 2>&1 || pii_rc=$?
grep -E 'unmasked personal numbers|: (card number|phone number|resident registration number) |^\s+(Passed|Failed|Skipped) ' artifacts/pii-scan.log | head -100 || true
[ "$pii_rc" -eq 0 ] || status=1
# ---- end of the personal-data scan

# One closing line with the totals over both test runs.
total() { grep -hE "^\s+$1: +[0-9]+" artifacts/unit-integration-component.log artifacts/end-to-end.log | awk '{s+=$2} END {print s+0}'; }
echo
echo "Screenshots: artifacts/screenshots"
echo "Tests: $(total Passed) passed, $(total Failed) failed, $(total Skipped) skipped"
exit $status
