"""Signed, expiring links by which a referrer acknowledges a letter."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import datetime, timedelta

#: What a link may name: a decision's public id (or, in links sent before decisions had
#: public ids, its number).
_SUBJECT = re.compile(r"[A-Za-z0-9_-]{1,64}")
_EXPIRES = re.compile(r"[0-9]{1,12}")


class LinkError(ValueError):
    """The link was changed, or has expired."""


def _sign(secret: bytes, payload: str) -> str:
    digest = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def make_token(secret: bytes, public_id: str, now: datetime, lifetime: timedelta) -> str:
    """A token naming the decision `public_id`, valid for `lifetime` from `now`."""
    expires = int((now + lifetime).timestamp())
    payload = f"{public_id}.{expires}"
    return f"{payload}.{_sign(secret, payload)}"


def read_token(secret: bytes, token: str, now: datetime) -> str:
    """The public id a token names (in links sent before public ids: the decision's number,
    as text); LinkError if it is incomplete, was tampered with or has expired."""
    parts = token.split(".")
    if len(parts) != 3 or not _SUBJECT.fullmatch(parts[0]) or not _EXPIRES.fullmatch(parts[1]):
        raise LinkError("this link is not complete; copy the whole link from the email")
    subject, expires, signature = parts
    if not hmac.compare_digest(_sign(secret, f"{subject}.{expires}").encode(), signature.encode()):
        raise LinkError("this link is not right; copy the whole link from the email")
    if now.timestamp() > int(expires):
        raise LinkError("this link has expired; contact the duty team instead")
    return subject
