"""Signed, expiring links by which a referrer acknowledges a letter."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime, timedelta


class LinkError(ValueError):
    """The link was changed, or has expired."""


def _sign(secret: bytes, payload: str) -> str:
    digest = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def make_token(secret: bytes, decision_id: int, now: datetime, lifetime: timedelta) -> str:
    expires = int((now + lifetime).timestamp())
    payload = f"{decision_id}.{expires}"
    return f"{payload}.{_sign(secret, payload)}"


def read_token(secret: bytes, token: str, now: datetime) -> int:
    """The decision a token is for; LinkError if it was tampered with or has expired."""
    try:
        decision_id, expires, signature = token.split(".")
        payload = f"{int(decision_id)}.{int(expires)}"
    except ValueError:
        raise LinkError("this link is not complete; copy the whole link from the email") from None
    if not hmac.compare_digest(_sign(secret, payload), signature):
        raise LinkError("this link is not right; copy the whole link from the email")
    if now.timestamp() > int(expires):
        raise LinkError("this link has expired; contact the duty team instead")
    return int(decision_id)
