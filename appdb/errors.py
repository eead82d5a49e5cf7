"""The application database's errors, the same whichever database holds the records."""

from __future__ import annotations


class DatabaseError(Exception):
    """The database could not be reached, or refused a statement; the message says which
    database and why (never with its password)."""


class IntegrityError(DatabaseError):
    """A statement broke a rule of the tables: a key already taken, or a change to the
    append-only audit trail."""


class SchemaError(DatabaseError):
    """The database was written by a newer version of the program."""
