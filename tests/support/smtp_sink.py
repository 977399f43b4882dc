#!/usr/bin/env python3
"""A real SMTP server for kontor's mail tests (tests/cli/mail_out.rs), on aiosmtpd.

Listens on 127.0.0.1 on a free port and prints `PORT <n>` once it accepts connections.
Every message it accepts is written to DIR as `<n>.json`: the envelope (MAIL FROM, RCPT
TO), the raw header lines and the message as Python's email package reads it — an
independent reader of what kontor wrote — and the message as it came as `<n>.eml`.

  --temp-failures N   answer `451 4.3.0 …` to the first N messages (DATA), then accept
  --reject TEXT       answer `550 5.1.1 TEXT` to every message
  --tls CERT KEY      offer STARTTLS with this certificate and require it before MAIL
  --implicit-tls      with --tls: TLS from the first byte instead (port 465 style)
  --defer ADDR:N      answer `451 4.2.1 …` to the first N messages for recipient ADDR
  --refuse ADDR       answer `550 5.1.1 …` to every message for recipient ADDR
  --quiet             keep only the envelope and headers of each message (big batches)

Each record also names the connection it came on (`session`, counted from 1), and
Per-recipient counts come from the records' `rcpt_tos`.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, directory, temp_failures, reject, defer, refuse, quiet):
        self.directory = directory
        self.temp_failures = temp_failures
        self.reject = reject
        self.defer = dict(defer)
        self.refuse = set(refuse)
        self.quiet = quiet
        self.attempts = 0
        self.accepted = 0
        self.sessions = {}

    async def handle_DATA(self, server, session, envelope):
        self.attempts += 1
        if self.attempts <= self.temp_failures:
            return "451 4.3.0 Mailbox busy, try again later"
        if self.reject:
            return f"550 5.1.1 {self.reject}"
        for rcpt in envelope.rcpt_tos:
            if rcpt in self.refuse:
                return f"550 5.1.1 <{rcpt}>: no such user"
            if self.defer.get(rcpt, 0) > 0:
                self.defer[rcpt] -= 1
                return f"451 4.2.1 <{rcpt}>: mailbox busy, try again later"
        self.accepted += 1
        connection = self.sessions.setdefault(id(session), len(self.sessions) + 1)
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        if self.quiet:
            head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
            record = {
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "head": head,
                "session": connection,
            }
            path = os.path.join(self.directory, f"{self.accepted:06}.json")
            with open(path + ".tmp", "w", encoding="utf-8") as file:
                json.dump(record, file, ensure_ascii=False)
            os.replace(path + ".tmp", path)
            return f"250 2.0.0 Ok: queued as {self.accepted}"
        message = email.message_from_bytes(raw, policy=email.policy.default)
        head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
        body = message.get_body(("plain",))
        attachments = [
            {
                "name": part.get_filename(),
                "mime": part.get_content_type(),
                "bytes": list(part.get_payload(decode=True)),
            }
            for part in message.iter_attachments()
        ]
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "head": head,
            "headers": {name: str(value) for name, value in message.items()},
            "content_type": body.get_content_type() if body else None,
            "charset": body.get_content_charset() if body else None,
            "body": body.get_content().replace("\r\n", "\n") if body else None,
            "attachments": attachments,
            "session": connection,
            "tls": session.ssl is not None
            or server.transport.get_extra_info("ssl_object") is not None,
        }
        path = os.path.join(self.directory, f"{self.accepted:04}.json")
        with open(path[:-5] + ".eml", "wb") as file:
            file.write(raw)
        with open(path + ".tmp", "w", encoding="utf-8") as file:
            json.dump(record, file, ensure_ascii=False)
        os.replace(path + ".tmp", path)
        return f"250 2.0.0 Ok: queued as {self.accepted}"


class QuickAckSMTP(SMTP):
    """Acknowledges every segment at once. lettre writes a message's end marker in a write
    of its own without TCP_NODELAY, so against a receiver that delays its ACKs (Linux: 40
    ms) each message waits for one; the tests' sink answers at once instead, and the tests
    time kontor rather than that wait."""

    def data_received(self, data):
        sock = self.transport.get_extra_info("socket") if self.transport else None
        if sock is not None and hasattr(socket, "TCP_QUICKACK"):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            except OSError:
                pass
        super().data_received(data)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--temp-failures", type=int, default=0)
    parser.add_argument("--reject")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--defer", action="append", default=[])
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    defer = [(text.rsplit(":", 1)[0], int(text.rsplit(":", 1)[1])) for text in args.defer]
    handler = Sink(args.dir, args.temp_failures, args.reject, defer, args.refuse, args.quiet)
    context = None
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*args.tls)

    starttls = context is not None and not args.implicit_tls

    def factory():
        return QuickAckSMTP(
            handler,
            hostname="sink.test",
            tls_context=context if starttls else None,
            require_starttls=starttls,
        )

    loop = asyncio.get_running_loop()
    implicit = context if args.implicit_tls else None
    server = await loop.create_server(factory, "127.0.0.1", 0, ssl=implicit)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
