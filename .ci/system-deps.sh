#!/usr/bin/env bash
# Debian packages the test suite needs beyond Python: installed when missing
# (CI runs as root on a fresh machine).
set -euo pipefail
need=()
# tests/unit/test_verify_page.py opens the QR verification page in Debian's chromium, through its driver
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
