"""Sending the letter by email through the council's SMTP server."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Protocol

from feedback.checks import one_line


class MailError(Exception):
    """The message could not be handed to the mail server; the letter is kept unsent."""


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None:
        """Hand one message to the mail server for `to`, exactly one address; MailError if
        the address is not one or the server does not take the message."""
        ...


def recipient(to: str) -> Address:
    """`to` as exactly one address; ValueError (or HeaderParseError) for anything else: a
    second address, a display name, angle brackets, spaces or a line break."""
    return Address(addr_spec=to)


def build_message(
    sender: str, to: Address, subject: str, body: str, now: datetime | None = None
) -> EmailMessage:
    """The message, its headers made by the email package (ValueError for a sender with a
    line break): `Date` (now, or `now`) and a unique `Message-ID` on the sender's domain, as
    RFC 5322 asks of the sender; the subject kept on one line and encoded (RFC 2047) when it
    is not ASCII, the body in UTF-8 as quoted-printable so that it passes any mail server."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = one_line(subject)
    message["Date"] = format_datetime(now or datetime.now(UTC))
    domain = sender.rpartition("@")[2].strip(" >") or "localhost"
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(body, cte="quoted-printable")
    return message


@dataclass(frozen=True)
class SmtpMailer:
    """SMTP with STARTTLS when asked (or implicit TLS on port 465) and optional login."""

    host: str
    port: int
    sender: str
    starttls: bool = False
    username: str | None = None
    password: str | None = None
    timeout: float = 15.0

    def send(self, to: str, subject: str, body: str) -> None:
        """Send to exactly one recipient, named in the envelope as well as the header."""
        try:
            address = recipient(to)
            message = build_message(self.sender, address, subject, body)
        except (ValueError, HeaderParseError) as error:
            raise MailError(f"the letter could not be addressed to {to!r}: {error}") from None
        try:
            if self.port == 465:
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with client:
                if self.starttls:
                    client.starttls(context=ssl.create_default_context())
                if self.username:
                    client.login(self.username, self.password or "")
                client.send_message(message, to_addrs=[address.addr_spec])
        except (OSError, smtplib.SMTPException) as error:
            raise MailError(
                f"the mail server {self.host}:{self.port} did not take it: {error}"
            ) from None
