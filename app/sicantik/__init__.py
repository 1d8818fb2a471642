"""Import from SiCantik Cloud: applications filed online and SiCantik's own process status.

- client.py   HTTP: the three ways in (Template Data, token API, SPLP gateway), paging, retries
- crypto.py   the SPLP gateway's AES-256-GCM answer
- mapping.py  SiCantik row → Loket fields (field names configurable, dates, codes)
- importer.py idempotent import, the scheduled pull and its watermark, `lookup_live` for counter 2
- status.py   SiCantik's status beside Loket's: `disagreement(application)`
"""
