// Docker Compose v2 itself, as scripts/install-test-deps.sh installs it (from Debian 13's package).
import { existsSync } from 'node:fs';

export const COMPOSE = '/usr/local/lib/docker/cli-plugins/docker-compose';

/** The binary's path, or an error saying how to install it. */
export function composeBin(): string {
  if (!existsSync(COMPOSE)) throw new Error(`${COMPOSE} is missing: run bash scripts/install-test-deps.sh`);
  return COMPOSE;
}
