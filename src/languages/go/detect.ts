// Go: version from go.mod (toolchain over go), the main package (root or cmd/<name>), port.
import { agreedPort } from '../../detect/files.js';
import { fromPlaced, hit, type Found, type LanguageDetector, type ProjectFiles, type ProjectLister } from '../../detect/types.js';
import { resolveGo } from './versions.js';

const PORT_PATTERNS = [
  /ListenAndServe(?:TLS)?\(\s*"[\w.-]*:(\d{1,5})"/,
  /\bAddr\s*:\s*"[\w.-]*:(\d{1,5})"/,
  /\.(?:Run|Start|Listen)\(\s*"[\w.-]*:(\d{1,5})"/,
  /net\.Listen\(\s*"tcp[46]?"\s*,\s*"[\w.-]*:(\d{1,5})"/,
  /\b(?:port|PORT|addr|Addr)\s*:?=\s*"(?::)?(\d{1,5})"/,
];

const MAX_GO_FILES = 100;

const isMain = (source: string) => /^package\s+main\b/m.test(source);

/** Directories ('' = root, cmd/<name>) whose non-test .go files declare package main. */
function mainPackages(files: ProjectFiles): Map<string, string[]> {
  const dirs = new Map<string, string[]>();
  for (const [path, text] of files) {
    const m = /^(?:(cmd\/[^/]+)\/)?[^/]+\.go$/.exec(path);
    if (!m || path.endsWith('_test.go') || !isMain(text)) continue;
    const dir = m[1] ?? '';
    dirs.set(dir, [...(dirs.get(dir) ?? []), path]);
  }
  return dirs;
}

function detectEntry(files: ProjectFiles, module: string | undefined): { found: Found; sources: string[] } {
  const mains = mainPackages(files);
  const root = mains.get('');
  const cmds = [...mains.keys()].filter(Boolean).sort();
  if (root) {
    const also = cmds.length > 0 && `main package at the root; also ${cmds.join(', ')}`;
    return { found: { entry: hit('.', root[0]!, also) }, sources: root };
  }
  if (!cmds.length) return { found: {}, sources: [] };
  // Several commands: the one named like the module (github.com/acme/api → cmd/api), else the first.
  const parts = (module ?? '').split('/').filter((p) => !/^v\d+$/.test(p));
  const named = cmds.find((c) => c === `cmd/${parts[parts.length - 1]}`);
  const pick = named ?? cmds[0]!;
  const note = cmds.length > 1 && `several main packages (${cmds.join(', ')}): picked ${pick}${named ? ', named like the module' : ''}`;
  return { found: { entry: hit(`./${pick}`, mains.get(pick)![0]!, note) }, sources: mains.get(pick)! };
}

/** Root *.go files and cmd/<name>/*.go: where main packages live. */
async function goSources(list: ProjectLister): Promise<string[]> {
  const goFiles = async (dir: string) =>
    (await list.files(dir))
      .filter((n) => n.endsWith('.go') && !n.endsWith('_test.go'))
      .slice(0, MAX_GO_FILES)
      .map((n) => (dir ? `${dir}/${n}` : n));
  const cmds = await Promise.all((await list.dirs('cmd')).map((name) => goFiles(`cmd/${name}`)));
  return [...(await goFiles('')), ...cmds.flat()];
}

export const goDetector: LanguageDetector = {
  manifests: ['go.mod'],
  sources: /^[^/]+\.go$/,
  facts: (files) => ({ module: files.has('go.mod') }),
  knownFiles: [],
  discover: goSources,
  detect(files) {
    const mod = files.get('go.mod') ?? '';
    const module = /^module\s+"?([^\s"]+)/m.exec(mod)?.[1];
    const goLine = /^go\s+(\S+)/m.exec(mod)?.[1];
    const toolchain = /^toolchain\s+(go\S+)/m.exec(mod)?.[1];
    const fromToolchain = toolchain ? resolveGo(toolchain, 'toolchain') : undefined;
    const fromGo = goLine ? resolveGo(goLine, 'go') : undefined;
    const version = fromToolchain ?? fromGo;
    const why = fromToolchain && fromGo && fromToolchain.value !== fromGo.value && `toolchain ${toolchain} preferred over go ${goLine}`;

    const noModule =
      !files.has('go.mod') &&
      'no go.mod: the build makes a module of the sources (go mod init app); commit a go.mod to pin its dependencies';
    const found: Found = {
      lang: hit('go', noModule ? ([...files.keys()].find((f) => f.endsWith('.go')) ?? 'go.mod') : 'go.mod', noModule),
      pm: files.has('go.mod') ? hit('go', 'go.mod') : undefined,
      runtimeVersion: fromPlaced(version, 'go.mod', why),
    };
    const { found: entry, sources } = detectEntry(files, module);
    Object.assign(found, entry);
    const port = agreedPort(files, sources, PORT_PATTERNS);
    if (port) found.port = hit(port.port, port.file);
    return found;
  },
};
