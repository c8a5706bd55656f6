// Python: build tool from lockfiles/pyproject, version, entry (Django, FastAPI/Flask app, __main__), port.
import { agreedPort, firstLine, firstPresent, toolVersion } from '../../detect/files.js';
import { tomlHasTable, tomlString } from './toml.js';
import { hit, type Detected, type Found, type LanguageDetector, type ProjectFiles, type ProjectLister } from '../../detect/types.js';
import { resolvePythonExact, resolvePythonSpec } from './versions.js';

const MANIFESTS = ['pyproject.toml', 'requirements.txt', 'Pipfile', 'setup.py'];
/** Files that may define the app, read at the root, one package level down, and under src/<pkg>/. */
const PY_ENTRY_NAMES = ['app', 'main', '__init__', 'wsgi', 'asgi', '__main__'];
const PY_ROOT_FILES = ['manage.py', 'app.py', 'main.py', 'wsgi.py', 'asgi.py'];

const ASGI = new Set(['FastAPI', 'Starlette', 'Quart', 'Litestar', 'Sanic']);
const APP_OBJECT = /^(\w+)\s*(?::\s*[\w.]+\s*)?=\s*(?:[\w.]+\.)?(FastAPI|Flask|Starlette|Quart|Litestar|Sanic)\(/m;
const IDENT = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
const PORT_PATTERNS = [/\.run(?:_app)?\([^)]*?\bport\s*=\s*(\d{1,5})\b/, /(?:environ\.get|getenv)\(\s*['"]PORT['"]\s*,\s*['"]?(\d{1,5})\b/];

function detectPm(files: ProjectFiles): Detected | undefined {
  const pyproject = files.get('pyproject.toml');
  if (files.has('poetry.lock')) return hit('poetry', 'poetry.lock');
  if (files.has('uv.lock')) return hit('uv', 'uv.lock');
  if (files.has('pdm.lock')) return hit('pdm', 'pdm.lock');
  if (files.has('Pipfile.lock')) return hit('pipenv', 'Pipfile.lock');
  if (tomlHasTable(pyproject, 'tool.poetry'))
    return hit('poetry', 'pyproject.toml', '[tool.poetry] without poetry.lock: the template copies poetry.lock, run `poetry lock`');
  if (tomlHasTable(pyproject, 'tool.pdm'))
    return hit('pdm', 'pyproject.toml', '[tool.pdm] without pdm.lock: the template copies pdm.lock, run `pdm lock`');
  if (files.has('requirements.txt')) return hit('pip', 'requirements.txt');
  if (files.has('Pipfile'))
    return hit('pipenv', 'Pipfile', 'Pipfile without Pipfile.lock: the template copies Pipfile.lock, run `pipenv lock`');
  if (pep621(pyproject)) return hit('pip', 'pyproject.toml', 'PEP 621: the build installs [project] dependencies, then the project');
  const manifest = firstPresent(files, MANIFESTS);
  return manifest ? hit('pip', manifest, 'no requirements.txt, lockfile or [project] table: nothing to install but the source') : undefined;
}

/** A pyproject.toml with a [project] table, which the pip template installs. */
const pep621 = (pyproject: string | undefined) => tomlHasTable(pyproject, 'project');

function detectVersion(files: ProjectFiles): Detected | undefined {
  const pins: [string | undefined, string][] = [
    [firstLine(files.get('.python-version')), '.python-version'],
    [toolVersion(files, ['python']), '.tool-versions'],
  ];
  for (const [raw, file] of pins) {
    const r = raw === undefined ? undefined : resolvePythonExact(raw, file);
    if (r) return hit(r.value, file, r.note);
  }
  const pyproject = files.get('pyproject.toml');
  const pipfile = files.get('Pipfile');
  const specs: [string | undefined, string, string][] = [
    [tomlString(pyproject, 'project', 'requires-python'), 'pyproject.toml', 'requires-python'],
    [tomlString(pyproject, 'tool.poetry.dependencies', 'python'), 'pyproject.toml', 'tool.poetry python'],
    [
      tomlString(pipfile, 'requires', 'python_version') ?? tomlString(pipfile, 'requires', 'python_full_version'),
      'Pipfile',
      'python_version',
    ],
  ];
  for (const [raw, file, label] of specs) {
    const r = raw === undefined ? undefined : resolvePythonSpec(raw, label);
    if (r) return hit(r.value, file, r.note);
  }
  return undefined;
}

/** `src/pkg/main.py` → `pkg.main`; `pkg/__init__.py` → `pkg`. */
const moduleOf = (path: string) =>
  path
    .replace(/^src\//, '')
    .replace(/\.py$/, '')
    .replace(/\/__init__$/, '')
    .replace(/\//g, '.');

/** Candidate files in the order they are trusted: root first, then packages, then src/ packages. */
function candidates(files: ProjectFiles, names: readonly string[]): string[] {
  const depth = (p: string) => (p.startsWith('src/') ? 2 : p.split('/').length - 1);
  const dir = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
  const rank = (p: string) => names.indexOf(p.slice(dir(p).length).replace(/\.py$/, ''));
  // Code-unit order of folders, as in read.ts: locale-independent, and no ICU collator to load.
  const byDir = (a: string, b: string) => (dir(a) < dir(b) ? -1 : dir(a) > dir(b) ? 1 : 0);
  return [...files.keys()]
    .filter((p) => /^(src\/)?([^/]+\/)?[^/]+\.py$/.test(p) && p !== '__init__.py' && rank(p) >= 0 && IDENT.test(moduleOf(p)))
    .sort((a, b) => depth(a) - depth(b) || byDir(a, b) || rank(a) - rank(b));
}

/** Build tools whose template installs a PEP 621 project itself, src layout included. */
const INSTALLS_PROJECT = new Set(['pip', 'pdm']);

function detectEntry(files: ProjectFiles, installed: boolean): { found: Found; source?: string } {
  const srcNote = (path: string) =>
    path.startsWith('src/') && !installed && 'src layout: /app/src must be on PYTHONPATH (or the project installed) for this import';
  const manage = files.get('manage.py');
  if (manage !== undefined) {
    const settings = /DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+?)\.settings\b/.exec(manage)?.[1];
    const wsgi = settings ? `${settings.replace(/\./g, '/')}/wsgi.py` : [...files.keys()].find((p) => /^[^/]+\/wsgi\.py$/.test(p));
    if (wsgi && files.has(wsgi)) return { found: { entry: hit(`${moduleOf(wsgi)}:application`, wsgi, 'Django') } };
  }
  for (const path of candidates(files, ['app', 'main', '__init__', 'wsgi', 'asgi'])) {
    const m = APP_OBJECT.exec(files.get(path) ?? '');
    if (!m) continue;
    const asgi = ASGI.has(m[2]!);
    const kind = asgi ? `${m[2]} (ASGI): runs under uvicorn` : `${m[2]} (WSGI)`;
    const entry = hit(`${moduleOf(path)}:${m[1]}`, path, kind, srcNote(path));
    return { found: asgi ? { entry, app: hit('asgi', path, m[2]) } : { entry }, source: path };
  }
  const main = candidates(files, ['__main__']).find((p) => p.includes('/'));
  if (main) return { found: { entry: hit(moduleOf(main).replace(/\.__main__$/, ''), main, srcNote(main)) }, source: main };
  const script = ['main.py', 'app.py'].find((p) => /__name__\s*==\s*['"]__main__['"]/.test(files.get(p) ?? ''));
  return script ? { found: { entry: hit(script, script) }, source: script } : { found: {} };
}

/** Entry candidates one package level down, and under src/<pkg>/. */
async function pythonSources(list: ProjectLister): Promise<string[]> {
  const packages = [...(await list.dirs('')), ...(await list.dirs('src')).map((d) => `src/${d}`)];
  const found = await Promise.all(
    packages.map(async (pkg) => {
      const names = new Set(await list.files(pkg));
      return PY_ENTRY_NAMES.filter((n) => names.has(`${n}.py`)).map((n) => `${pkg}/${n}.py`);
    }),
  );
  return found.flat();
}

export const pythonDetector: LanguageDetector = {
  manifests: MANIFESTS,
  knownFiles: ['.python-version', '.tool-versions', ...PY_ROOT_FILES],
  headOnly: ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock'],
  discover: pythonSources,
  // A `module:object` app serves requests; a file or module run as it is, a worker.
  component: (_files, { entry }) => (typeof entry?.value !== 'string' ? null : entry.value.includes(':') ? 'server' : 'worker'),
  detect(files) {
    const found: Found = {
      lang: hit('python', firstPresent(files, MANIFESTS) ?? 'pyproject.toml'),
      pm: detectPm(files),
      runtimeVersion: detectVersion(files),
    };
    const installed = pep621(files.get('pyproject.toml')) && INSTALLS_PROJECT.has(String(found.pm?.value ?? 'pip'));
    const { found: entry, source } = detectEntry(files, installed);
    Object.assign(found, entry);
    const port = source ? agreedPort(files, [source], PORT_PATTERNS) : undefined;
    if (port) found.port = hit(port.port, port.file);
    return found;
  },
};
