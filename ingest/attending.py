"""How a service is attended, as Open Referral UK v1 says it: one mapping for v1 and Outpost
JSON records and for HSDS 1.x / ORUK v1 CSV packages.

`attending_type` (venue, home visit, phone, online) becomes the delivery flag the public search
filters on; `attending_access` (referral, drop-in, appointment, membership) the referral flag
and, in words, how to get help. A value outside the standard's lists is returned as unknown,
for the reader to report as unmapped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: v1 `attending_access`: the directory's referral flag (if any), and how to get help in words.
ACCESS: dict[str, tuple[str | None, str]] = {
    "referral": ("professional-referral", "By referral"),
    "drop-in": ("self-referral", "Drop in"),
    "appointment": (None, "By appointment"),
    "membership": (None, "Membership needed"),
}
#: v1 `attending_type`: the delivery flag the public search filters on.
DELIVERY = {"venue": "in-person", "home visit": "in-person", "phone": "phone", "online": "online"}


@dataclass
class Attending:
    """What `attending_access` and `attending_type` say: flag codes, how to get help in words,
    and each value not in the standard's lists, as (column, value)."""

    codes: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    unknown: list[tuple[str, str]] = field(default_factory=list)


def read_attending(access: object, kind: object) -> Attending:
    """Read `attending_access` and `attending_type` (each a value or a comma-separated list,
    any case; None or blank for none)."""
    out = Attending()
    for key, given in (("attending_access", access), ("attending_type", kind)):
        for part in str(given if given is not None else "").split(","):
            text = part.strip().lower()
            if key == "attending_access" and text in ACCESS:
                code, said = ACCESS[text]
                out.codes += [code] if code else []
                out.words.append(said)
            elif key == "attending_type" and text in DELIVERY:
                out.codes.append(DELIVERY[text])
            elif text:
                out.unknown.append((key, part.strip()))
    out.codes = list(dict.fromkeys(out.codes))
    return out
