# shellcheck shell=sh
# Sourced by ./mvnw, ./lakehouse and .ci/run: makes sure JAVA_HOME points at a JDK >= 21.
# Keeps the current JDK (JAVA_HOME, else `java` on PATH) when it is new enough; otherwise picks the
# newest JDK >= 21 found under /usr/lib/jvm (or the directories in LAKEHOUSE_JDK_DIRS), and fails
# with a message a person can act on when there is none.

# lakehouse_java_major JAVA: the major version of a java launcher. Read from the `release` file of its JDK when there
# is one (JAVA_VERSION="25.0.3"): starting a JVM per candidate cost ~0.2 s each, more than `./lakehouse --help` itself.
lakehouse_java_major() {
  _java="$(command -v "$1" 2>/dev/null || echo "$1")"
  _release="$(dirname "$(dirname "$(readlink -f "$_java" 2>/dev/null || echo "$_java")")")/release"
  if [ -f "$_release" ]; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$_release" | head -n 1
  else
    "$1" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

lakehouse_select_jdk() {
  _current_java=""
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    _current_java="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    _current_java="$(command -v java)"
  fi
  if [ -n "$_current_java" ]; then
    _major="$(lakehouse_java_major "$_current_java")"
    if [ -n "$_major" ] && [ "$_major" -ge 21 ]; then
      return 0
    fi
  fi
  _best_home=""
  _best_major=0
  _restore_noglob=""
  case "$-" in *f*) _restore_noglob=1; set +f ;; esac
  for _dir in ${LAKEHOUSE_JDK_DIRS:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
    if [ -x "$_dir/bin/java" ] && [ -x "$_dir/bin/javac" ]; then
      _major="$(lakehouse_java_major "$_dir/bin/java")"
      if [ -n "$_major" ] && [ "$_major" -ge 21 ] && [ "$_major" -gt "$_best_major" ]; then
        _best_major="$_major"
        _best_home="$_dir"
      fi
    fi
  done
  [ -z "$_restore_noglob" ] || set -f
  if [ -z "$_best_home" ]; then
    echo "This project needs a JDK 21 or newer, but found ${_current_java:-no java} (version ${_major:-unknown})." >&2
    echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$_best_home"
  export JAVA_HOME
  if [ -n "${LAKEHOUSE_VERBOSE_JDK-}" ]; then
    echo "Using JDK $_best_major at $JAVA_HOME (the default java is older than 21)." >&2
  fi
}
