#!/bin/sh
# Stands in for the real images' entrypoint scripts (mvn-entrypoint.sh,
# __cacert_entrypoint.sh; same paths): just runs the command.
exec "$@"
