"""Services: every operation the counters and the back office perform.

Each takes the acting officer (`Actor`), checks the workflow table and the
roles itself, and commits one transaction. The GUI calls these and nothing
below them.
"""
