#!/usr/bin/env bash
# Install the built bundle for all users: /opt/loket, a menu entry and an icon.
# The data folder (~/.local/share/Loket) is per user and is never touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
test -x dist/loket/loket || { echo "build first: make installer" >&2; exit 1; }
rm -rf /opt/loket
cp -a dist/loket /opt/loket
ln -sf /opt/loket/loket /usr/local/bin/loket
install -Dm644 installer/linux/loket.desktop /usr/share/applications/loket.desktop
install -Dm644 resources/icons/loket.png /usr/share/icons/hicolor/256x256/apps/loket.png
echo "Loket installed in /opt/loket"
