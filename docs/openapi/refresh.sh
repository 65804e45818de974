#!/usr/bin/env bash
# Refreshes the description the generated client (api-client) is compiled from, from a running
# server: /openapi without Payara's non-standard top-level "endpoints" list. PlatformIT fails when
# this file and the served description list different operations.
set -euo pipefail
base="${1:-http://localhost:8080}"
curl -fsS "$base/openapi" | awk '/^endpoints:/{skip=1; next} skip && /^[^ ]/{skip=0} !skip' \
  > "$(dirname "$0")/ciudad-v1.yaml"
