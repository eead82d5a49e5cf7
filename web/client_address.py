"""The address a request came from, for sign-in throttling and the access log.

`X-Forwarded-For` is believed only when the request came straight from one of the configured
proxies (`EARLYHELP_TRUSTED_PROXIES`, in `app.state.trusted_proxies`): from anyone else it is
a header the client wrote itself. Behind trusted proxies, the client is the right-most address
in the header that is not itself a trusted proxy.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from starlette.requests import Request

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _is_trusted(address: str, proxies: Iterable[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in proxies)


def client_address(request: Request) -> str:
    """The client's address: the peer, or what trusted proxies say the client was."""
    peer = request.client.host if request.client else "unknown"
    proxies: tuple[Network, ...] = getattr(request.app.state, "trusted_proxies", ())
    if not proxies or not _is_trusted(peer, proxies):
        return peer
    forwarded = [a.strip() for a in request.headers.get("x-forwarded-for", "").split(",")]
    for address in reversed([a for a in forwarded if a]):
        if not _is_trusted(address, proxies):
            return address[:64]
    return peer
