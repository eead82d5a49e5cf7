"""Composition root of the early-help directory: settings, wiring and the command line."""
