// Values templates/go/ reads: the final image, and whether it needs the builder's certificates.
import type { Facts } from '../../detect/types.js';
import type { WorkspaceFacts } from '../../workspace/detection.js';
import { type LanguageAnswers, NONROOT_USER } from '../types.js';

// Finals: debian's trixie-slim, Alpine's newest release (official-images library/alpine: 3.24),
// distroless static-debian13 (its README). The builder is golang:<minor>-trixie. Checked 2026-12-01.
const FINAL_IMAGES: Record<string, string> = {
  slim: 'debian:trixie-slim',
  alpine: 'alpine:3.24',
  distroless: 'gcr.io/distroless/static-debian13:nonroot',
  scratch: 'scratch',
};

// Tools the optional stages install, at the newest tags of golang/vuln and go-delve/delve
// (read from the repositories on 2026-12-01).
const TOOLS = { govulncheck: 'v1.6.0', delve: 'v1.27.1' };

/** A package of a Go workspace is named from the workspace root, where go.work is: ./services/api/cmd/server. */
const fromRoot = (dir: string, path: string) => `./${dir}/${path.replace(/^\.\/?/, '')}`.replace(/\/+$/, '');

export const goView = (a: LanguageAnswers, facts: Facts) => {
  const ws = facts.workspace as WorkspaceFacts | undefined;
  // go.work runs every command from the root; modules joined by replace directives run in their folder.
  const work = ws?.file === 'go.work';
  const modInit = facts.module === false ? 'go mod init app \\\n && go mod tidy \\\n && ' : '';
  return {
    // The main package, and the packages the checks cover.
    target: ws && work ? fromRoot(ws.dir, a.entry) : a.entry,
    packages: ws && work ? `./${ws.dir}/...` : './...',
    sources: ws && work ? ws.dir : '.',
    // What comes before each go command: making a module of the sources, or going to the module.
    prefix: ws && !work ? `cd ${ws.dir} \\\n && ` : modInit,
    workdir: ws && !work ? `/src/${ws.dir}` : null,
    // The files `go mod download` reads, wherever they are in the workspace.
    collect: ws ? '-name go.work -o -name go.work.sum -o -name go.mod -o -name go.sum' : null,
    ...common(a, facts),
  };
};

const common = (a: LanguageAnswers, facts: Facts) => ({
  tools: TOOLS,
  // Without a go.mod, the source is mounted writable and made a module before each go command.
  module: facts.module !== false,
  secretId: 'netrc',
  runUser: NONROOT_USER,
  debugUser: NONROOT_USER,
  finalImage: FINAL_IMAGES[a.final]!,
  // distroless/static already carries CA certificates and tzdata; the others get the builder's.
  copyCerts: a.final !== 'distroless',
  probe: ['/healthcheck', a.port, a.healthcheck],
});
