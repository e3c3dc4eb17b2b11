"""A real SMTP server for ScanService's delivery tests (aiosmtpd, Debian's python3-aiosmtpd).

STARTTLS is offered with the given certificate and required before MAIL and AUTH; AUTH (LOGIN/PLAIN) is
required and checked against one user and password. Each accepted message is written to MAILDIR as
<n>.eml (the bytes as received) with <n>.json beside it: envelope sender and recipients, whether the session
was under TLS when the message was sent, and which user authenticated. Both files appear by rename, so a test
polling the folder never reads half a message.

Usage: /usr/bin/python3 smtp_server.py HOST PORT MAILDIR CERT KEY USER PASSWORD
"""
import asyncio
import itertools
import json
import logging
import os
import signal
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

# SCANSERVICE_SMTP_DEBUG=1 logs every SMTP exchange to server.log, to see why a client was refused.
if os.environ.get("SCANSERVICE_SMTP_DEBUG"):
    logging.basicConfig(level=logging.DEBUG)

host, port, maildir, cert, key, user, password = sys.argv[1:8]
os.makedirs(maildir, exist_ok=True)
counter = itertools.count(1)


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
    if ok:
        session.scanservice_user = user
    return AuthResult(success=ok, handled=False)


def publish(name, data):
    temporary = os.path.join(maildir, "." + name + ".tmp")
    with open(temporary, "wb") as stream:
        stream.write(data)
    os.replace(temporary, os.path.join(maildir, name))


class Recorder:
    async def handle_DATA(self, server, session, envelope):
        n = next(counter)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
            "auth_user": getattr(session, "scanservice_user", None),
        }
        publish(f"{n:05d}.eml", envelope.original_content or envelope.content)
        publish(f"{n:05d}.json", json.dumps(meta).encode())
        return "250 OK"


class CaseBlindAuthSMTP(SMTP):
    """RFC 4954 mechanism names are case-insensitive; aiosmtpd 1.4 matches them exactly, and System.Net.Mail
    sends 'AUTH login'. Upper-casing the name is the only change."""

    async def smtp_AUTH(self, arg):
        if arg:
            mechanism, _, rest = arg.partition(" ")
            arg = mechanism.upper() + (" " + rest if rest else "")
        return await super().smtp_AUTH(arg)


class RecordingController(Controller):
    def factory(self):
        return CaseBlindAuthSMTP(self.handler, **self.SMTP_kwargs)


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
controller = RecordingController(
    Recorder(), hostname=host, port=int(port), tls_context=context, require_starttls=True,
    authenticator=authenticator, auth_required=True, auth_require_tls=True, decode_data=False)
controller.start()
print(f"smtp: listening on {host}:{port}", flush=True)
stop = asyncio.Event()
loop = asyncio.new_event_loop()
for sig in (signal.SIGTERM, signal.SIGINT):
    loop.add_signal_handler(sig, stop.set)
loop.run_until_complete(stop.wait())
controller.stop()
