"""Unit tests: services, documents, CLI and the workflow on a throwaway SQLite folder (the
`loket`/`session` fixtures of tests/conftest.py), with real stand-in servers on 127.0.0.1
where a test talks HTTP or SMTP. No window, no central database: a test that needs either
lives in tests/gui or tests/central."""
