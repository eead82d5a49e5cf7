"""Benchmark scripts: each prints what it measured."""
