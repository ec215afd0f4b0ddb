# Start and stop functions for scripts/two-instances.sh; sourced, so test.sh can call two_instances_run itself.

TWO_INSTANCES_PORTS=(5161 5162)
TWO_INSTANCES_PASSWORD="Two-instances-check-2008"

two_instances_stop() {
  local pid
  for pid in "${TWO_INSTANCES_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${TWO_INSTANCES_PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  TWO_INSTANCES_PIDS=()
  [ -n "${TWO_INSTANCES_WORK:-}" ] && rm -rf "$TWO_INSTANCES_WORK"
  TWO_INSTANCES_WORK=""
}

# Starts one instance on the shared database; its log is kept in the work folder and shown if the check fails.
two_instances_start() {
  local port=$1 name=$2
  (
    cd src/HccPerformance.Web
    export ASPNETCORE_ENVIRONMENT=Development
    export ConnectionStrings__Sqlite="Data Source=$TWO_INSTANCES_WORK/hccperformance.db"
    export DemoCouncil__Password="$TWO_INSTANCES_PASSWORD"
    # Every second each instance looks for due jobs; the reminders fall due every four seconds, so in the few seconds the
    # check takes both instances run them, and race for them, several times.
    export Jobs__InstanceId="$name" Jobs__PollSeconds=1 Jobs__RemindersEverySeconds=4 Jobs__LeaseSeconds=30
    exec dotnet bin/Debug/net10.0/HccPerformance.Web.dll --urls "http://127.0.0.1:$port"
  ) >"$TWO_INSTANCES_WORK/$name.log" 2>&1 &
  TWO_INSTANCES_PIDS+=($!)
  local i
  for i in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
      echo "two instances: $name answers on port $port ($((SECONDS - TWO_INSTANCES_STARTED)) s)"
      return 0
    fi
    sleep 0.5
  done
  echo "two instances: $name did not answer /healthz on port $port within two minutes; its log:" >&2
  tail -n 40 "$TWO_INSTANCES_WORK/$name.log" >&2
  return 1
}

two_instances_run() {
  if [ ! -f src/HccPerformance.Web/bin/Debug/net10.0/HccPerformance.Web.dll ]; then
    dotnet build src/HccPerformance.Web -v q
  fi
  TWO_INSTANCES_PIDS=()
  TWO_INSTANCES_WORK="$(mktemp -d "${TMPDIR:-/tmp}/hcc-two-instances.XXXXXX")"
  trap two_instances_stop EXIT
  TWO_INSTANCES_STARTED=$SECONDS
  local status=0
  # The first migrates and seeds the demo council; the second then finds both done, as a second server would.
  two_instances_start "${TWO_INSTANCES_PORTS[0]}" instance-1 || status=1
  [ "$status" = 0 ] && { two_instances_start "${TWO_INSTANCES_PORTS[1]}" instance-2 || status=1; }
  if [ "$status" = 0 ]; then
    python3 scripts/lib/two_instances_check.py "http://127.0.0.1:${TWO_INSTANCES_PORTS[0]}" "http://127.0.0.1:${TWO_INSTANCES_PORTS[1]}" \
      "$TWO_INSTANCES_WORK/hccperformance.db" "$TWO_INSTANCES_PASSWORD" || status=1
  fi
  if [ "$status" = 0 ]; then
    local one two
    one=$(grep -c "ran on instance-1" "$TWO_INSTANCES_WORK/instance-1.log" || true)
    two=$(grep -c "ran on instance-2" "$TWO_INSTANCES_WORK/instance-2.log" || true)
    echo "two instances: ok: jobs run $one times on the first instance and $two times on the second, each reminder once ($((SECONDS - TWO_INSTANCES_STARTED)) s)"
  else
    for log in "$TWO_INSTANCES_WORK"/*.log; do
      echo "--- $log (last lines)" >&2
      tail -n 30 "$log" >&2
    done
  fi
  two_instances_stop
  trap - EXIT
  return "$status"
}
