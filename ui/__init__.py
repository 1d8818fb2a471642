"""PySide6 user interface. Calls app/ services; never writes SQL."""
