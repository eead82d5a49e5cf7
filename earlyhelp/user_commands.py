"""`earlyhelp users ...`: staff accounts for the sign-in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from earlyhelp.settings import Settings
from earlyhelp.wiring import open_app_database
from staff.accounts import ROLES, AccountError, AccountStore

EXIT_OK, EXIT_USAGE = 0, 2
PASSWORD_VARIABLE = "EARLYHELP_NEW_PASSWORD"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = commands.add_parser("users", help="staff accounts for the sign-in")
    actions = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add",
        help=f"add an account; the password is asked for (or read from {PASSWORD_VARIABLE})",
    )
    add.add_argument("username")
    add.add_argument("--name", default="", help="the name shown on pages and letters")
    add.add_argument("--email", required=True)
    add.add_argument(
        "--role", action="append", required=True, choices=ROLES, help="repeat for several roles"
    )
    actions.add_parser("list", help="every account with its roles")
    for name, text in (("disable", "stop an account signing in"), ("enable", "let it again")):
        action = actions.add_parser(name, help=text)
        action.add_argument("username")


def run(settings: Settings, args: argparse.Namespace) -> int:
    accounts = AccountStore(open_app_database(settings))
    try:
        if args.users_command == "add":
            password = os.environ.get(PASSWORD_VARIABLE) or _ask_password()
            account = accounts.add(args.username, args.name, args.email, password, set(args.role))
            print(f"Added {account.username} ({', '.join(sorted(account.roles))}).")
        elif args.users_command == "list":
            for account in accounts.all():
                state = "" if account.active else " (disabled)"
                print(f"{account.username}{state}: {', '.join(sorted(account.roles))}")
        else:
            accounts.set_active(args.username, args.users_command == "enable")
            print(f"{args.username} {args.users_command}d.")
    except AccountError as error:
        print(f"earlyhelp users: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _ask_password() -> str:
    if not sys.stdin.isatty():
        raise AccountError(f"give the password in {PASSWORD_VARIABLE}, or run on a terminal")
    first = getpass.getpass("Password (at least 12 characters): ")
    if getpass.getpass("The same password again: ") != first:
        raise AccountError("the two passwords are not the same")
    return first
