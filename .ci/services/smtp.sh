# Throwaway SMTP server (aiosmtpd) for the delivery tests. Sourced by .ci/run (bash), so it must not `exit`: it
# `return`s non-zero on failure, and on success EXPORTS
#   SCANSERVICE_TEST_SMTP_HOST, SCANSERVICE_TEST_SMTP_PORT   where it listens (127.0.0.1, a free port)
#   SCANSERVICE_TEST_SMTP_MAILDIR   the folder each received message is written to (<n>.eml + <n>.json, see smtp_server.py)
#   SCANSERVICE_TEST_SMTP_CERT      its self-signed certificate (PEM), which the tests configure as trusted
#   SCANSERVICE_TEST_SMTP_USER, SCANSERVICE_TEST_SMTP_PASSWORD   the one account it accepts
# STARTTLS and authentication are required. Local use: source .ci/services/smtp.sh (stop: scanservice_smtp_stop).

scanservice_smtp_start() {
  if [ -n "${SCANSERVICE_TEST_SMTP_PORT:-}" ]; then
    echo "smtp: using the server given in SCANSERVICE_TEST_SMTP_*"
    return 0
  fi

  local here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  # Debian's module is visible only to Debian's interpreter; the python3 on PATH may be another one.
  if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then
    echo "smtp: python3-aiosmtpd missing; installing the Debian package"
    if [ "$(id -u)" -ne 0 ]; then
      echo "smtp: not root, cannot apt-get install python3-aiosmtpd" >&2
      return 1
    fi
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null 2>&1 ||
      { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null; }; } ||
      { echo "smtp: could not install python3-aiosmtpd" >&2; return 1; }
  fi

  local dir
  dir=$(mktemp -d /tmp/scanservice-smtp.XXXXXX) || return 1
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" >"$dir/openssl.log" 2>&1 ||
    { echo "smtp: could not make a certificate:" >&2; cat "$dir/openssl.log" >&2; return 1; }

  local port="" candidate
  for candidate in $(shuf -i 20000-45000 -n 50); do
    # Nothing answers: free. A stale server on the port would otherwise make our bind fail unnoticed.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "smtp: no free port" >&2; return 1; }

  local password
  password=$(openssl rand -hex 12)
  /usr/bin/python3 "$here/smtp_server.py" 127.0.0.1 "$port" "$dir/maildir" "$dir/cert.pem" "$dir/key.pem" \
    scanservice-test "$password" >"$dir/server.log" 2>&1 &
  local pid=$!

  local waited=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 100 ]; then
      echo "smtp: server did not start:" >&2; cat "$dir/server.log" >&2; kill "$pid" 2>/dev/null; return 1
    fi
    sleep 0.1; waited=$((waited + 1))
  done

  export SCANSERVICE_SMTP_PID="$pid" SCANSERVICE_SMTP_DIR="$dir"
  export SCANSERVICE_TEST_SMTP_HOST=127.0.0.1 SCANSERVICE_TEST_SMTP_PORT="$port"
  export SCANSERVICE_TEST_SMTP_MAILDIR="$dir/maildir" SCANSERVICE_TEST_SMTP_CERT="$dir/cert.pem"
  export SCANSERVICE_TEST_SMTP_USER=scanservice-test SCANSERVICE_TEST_SMTP_PASSWORD="$password"
  echo "smtp: aiosmtpd $(/usr/bin/python3 -c 'import aiosmtpd; print(aiosmtpd.__version__)') on 127.0.0.1:$port (STARTTLS + AUTH required, mail in $dir/maildir)"

  local previous
  previous=$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")
  # shellcheck disable=SC2064
  trap "scanservice_smtp_stop; ${previous:-:}" EXIT
}

scanservice_smtp_stop() {
  [ -n "${SCANSERVICE_SMTP_PID:-}" ] || return 0
  kill "$SCANSERVICE_SMTP_PID" 2>/dev/null
  wait "$SCANSERVICE_SMTP_PID" 2>/dev/null
  rm -rf "$SCANSERVICE_SMTP_DIR"
  unset SCANSERVICE_SMTP_PID SCANSERVICE_SMTP_DIR SCANSERVICE_TEST_SMTP_HOST SCANSERVICE_TEST_SMTP_PORT \
    SCANSERVICE_TEST_SMTP_MAILDIR SCANSERVICE_TEST_SMTP_CERT SCANSERVICE_TEST_SMTP_USER SCANSERVICE_TEST_SMTP_PASSWORD
}

scanservice_smtp_start
