"""Benchmarks (`make bench`, `make bench-check`): kept out of the normal test run."""
