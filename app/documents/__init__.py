"""Printed documents of the office. `base` is the shared PDF toolkit (fonts,
letterhead, QR, watermark, render); each document has its own module
(receipt, return_slip, register, and the SK/handover modules of counters 4–5)."""
