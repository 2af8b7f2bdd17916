#!/usr/bin/env bash
# Runs OpenSDR on this machine: Kafka, the schema registry, MongoDB (protocol), a mail server
# and the five services, all on 127.0.0.1. Ctrl-C stops everything.
#
#   deploy/local/start.sh [--port-offset N] [--data-dir PATH] [--fresh] [--no-services] [--profile local]
#                         [--no-prospect-simulator] [--zipkin] [--json-logs]
#
# Builds first, but only when a jar the stack runs is missing or older than the sources, so a
# second start skips Maven entirely. See deploy/local/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$java_cmd" >/dev/null 2>&1; then
  echo "start.sh: no java found; install a JDK 17 or newer (or set JAVA_HOME)" >&2
  exit 1
fi

launcher=deploy/local/stack/target/local-stack.jar

# The jars the stack runs. A service module that does not exist yet is simply not expected.
jars=("$launcher" deploy/local/registry/target/quarkus-app/quarkus-run.jar)
# The prospect simulator, a development tool the launcher starts after the services.
if [[ -f deploy/local/prospect-simulator/pom.xml ]]; then
  jars+=(deploy/local/prospect-simulator/target/prospect-simulator.jar)
fi
for module in campaign-service prospector-service qualifier-service outreach-service gateway; do
  if [[ -f "$module/pom.xml" ]]; then
    jars+=("$module/target/$module.jar")
  fi
done

# Why a build is needed, or nothing when every jar is there and newer than every source.
build_reason() {
  local jar
  for jar in "${jars[@]}"; do
    if [[ ! -f "$jar" ]]; then
      echo "$jar is missing"
      return
    fi
  done
  local oldest
  oldest="$(ls -t "${jars[@]}" | tail -n 1)"
  # Sources: every pom.xml and everything under a src/ directory (tests excluded: they are
  # not in the jars), outside build output and dependencies.
  local newer
  newer="$(find . \( -name target -o -name node_modules -o -name .git -o -name .data -o -name dist \) -prune \
      -o -type f \( -name pom.xml -o -path '*/src/*' \) ! -path '*/src/test/*' -newer "$oldest" -print 2>/dev/null \
      | head -n 1)"
  if [[ -n "$newer" ]]; then
    echo "${newer#./} is newer than $oldest"
  fi
}

reason="$(build_reason)"
if [[ -n "$reason" ]]; then
  echo "[opensdr] building ($reason): ./mvnw -q -DskipTests install"
  ./mvnw -q -DskipTests install
  # The build made every jar current, even those Maven did not need to rewrite (a parent
  # pom change, say): mark them so, or the next start would build again.
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] && touch "$jar"
  done
fi

if [[ ! -f "$launcher" ]]; then
  echo "start.sh: $launcher was not built; run ./mvnw -DskipTests install and read its errors" >&2
  exit 1
fi

# --zipkin: Zipkin's server jar comes from Maven Central through the local Maven repository,
# fetched once (about 130 MB), only when asked for.
for arg in "$@"; do
  if [[ "$arg" == "--zipkin" ]]; then
    zipkin_version=3.5.1
    zipkin_jar="${HOME}/.m2/repository/io/zipkin/zipkin-server/${zipkin_version}/zipkin-server-${zipkin_version}-exec.jar"
    if [[ ! -f "$zipkin_jar" ]]; then
      echo "[opensdr] fetching Zipkin ${zipkin_version} (once): ./mvnw -q dependency:get"
      ./mvnw -q dependency:get -Dartifact="io.zipkin:zipkin-server:${zipkin_version}:jar:exec" -Dtransitive=false
    fi
  fi
done

# The launcher JVM also serves MongoDB (mongo-java-server on H2) and mail (GreenMail).
exec "$java_cmd" -Xms32m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$launcher" "$@"
