"""Pure report computations (SPEC §6): plain rows in, plain dicts out; no Flask, no database."""

METHOD_VERSION = "2026.11-1"
