"""Staff of the council who sign in: accounts, roles, sessions and sign-in throttling."""
