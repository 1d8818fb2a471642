"""Demo data (placeholder until the demo generator lands)."""


def generate(loket, n: int, seed: int = 1, if_empty: bool = False) -> int:
    return 0
