# Sourced by run.sh and test.sh: installs what Suite needs on a fresh Debian machine.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required (dotnet on PATH); see https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    exit 1
  fi
}

require_postgres() {
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then return; fi
  echo "Installing PostgreSQL (apt-get install postgresql)..."
  apt_install postgresql
  # Suite runs its own server in its data directory; the distribution's default cluster is not used.
  as_root systemctl disable --now postgresql >/dev/null 2>&1 || as_root service postgresql stop >/dev/null 2>&1 || true
}

# Mattermost's JavaScript client (and ws, Node 20's missing WebSocket) drives the compatibility tests.
require_client_compat() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Installing Node.js (apt-get install nodejs npm)..."
    apt_install nodejs npm
  fi
  # Installed again whenever the lock file changed since the last install (npm ci records it in node_modules).
  if [ ! -f tests/client-compat/node_modules/.package-lock.json ] \
     || [ tests/client-compat/package-lock.json -nt tests/client-compat/node_modules/.package-lock.json ]; then
    (cd tests/client-compat && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The ChatOps tests drive a real Prometheus Alertmanager (a Slack-format webhook sender) from Debian.
require_alertmanager() {
  if command -v prometheus-alertmanager >/dev/null 2>&1; then return; fi
  echo "Installing Prometheus Alertmanager (apt-get install prometheus-alertmanager)..."
  apt_install prometheus-alertmanager
  # Tests run their own Alertmanager on a loopback port; the distribution's service is not used.
  as_root systemctl disable --now prometheus-alertmanager >/dev/null 2>&1 || as_root service prometheus-alertmanager stop >/dev/null 2>&1 || true
}

# Slack's Node webhook client, used by the ChatOps compatibility tests, from the committed lock file.
require_slack_client() {
  if [ -d tests/slack-compat/node_modules/@slack/webhook ]; then return; fi
  (cd tests/slack-compat && npm ci --no-audit --no-fund >/dev/null)
}

# The browser tests drive Debian's Chromium through Playwright (its own browser download is not used).
require_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  echo "Installing Chromium (apt-get install chromium)..."
  apt_install chromium
}

# Builds the solution in Release unless nothing under the repository changed since the last build
# that succeeded (a changed, added or removed file touches its folder too), so a restart takes seconds.
build_release_when_changed() {
  local stamp=artifacts/.release-build-stamp
  if [ -f "$stamp" ] && [ -f artifacts/bin/Suite.Host/release/Suite.Host.dll ] && [ -z "$(find . \
      \( -path ./.git -o -path ./artifacts -o -path ./.suite -o -name node_modules -o -name bin -o -name obj -o -name TestResults \) -prune \
      -o -newer "$stamp" -print -quit)" ]; then
    echo "Nothing changed since the last build; starting without building (delete $stamp to force one)."
    return
  fi
  touch artifacts/.release-build-started 2>/dev/null || { mkdir -p artifacts && touch artifacts/.release-build-started; }
  dotnet build Suite.sln -c Release -nologo -v quiet -clp:ErrorsOnly
  mv artifacts/.release-build-started "$stamp"
}

# build/cluster.sh puts nginx in front of the nodes (Debian's package; its own service is not used).
require_nginx() {
  if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then return; fi
  echo "Installing nginx (apt-get install nginx)..."
  local root=()
  if [ "$(id -u)" -ne 0 ]; then root=(sudo -n); fi
  "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx curl >/dev/null
  "${root[@]}" systemctl disable --now nginx >/dev/null 2>&1 || "${root[@]}" service nginx stop >/dev/null 2>&1 || true
}
