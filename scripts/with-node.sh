#!/usr/bin/env bash
# Run a command with Node >= 22.12 on PATH (see use-node.sh). Every npm script goes through this, so
# `npm start` and `npm test` work even where the system Node is older.
set -euo pipefail
# shellcheck source=scripts/use-node.sh
source "$(dirname "${BASH_SOURCE[0]}")/use-node.sh"
exec "$@"
