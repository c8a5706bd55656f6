// Values templates/python/ reads: per build tool its files, cache and commands (and the partial
// that sets the tool up, where it needs one), the images, and how the app starts.
import { healthUrl } from '../probe.js';
import { APP_USER, type LanguageAnswers, NONROOT_USER } from '../types.js';

/**
 * Per build tool: files to copy before installing, its cache, the commands that fill /opt/venv
 * with the runtime dependencies (install) and then the dev tools (devInstall, after devCopy), how
 * to add one more package, and the partials that bring the tool itself: a stage of its own at the
 * top (stage) and its set-up in the base stage (setup).
 */
export const TOOLS = {
  pip: {
    manifests: 'requirements.txt',
    cache: '/root/.cache/pip',
    stage: null,
    setup: null,
    install: ['python3 -m venv /opt/venv', 'pip install -r requirements.txt'],
    devCopy: 'requirements*.txt',
    devInstall: ['if [ -f requirements-dev.txt ]; then pip install -r requirements-dev.txt; fi'],
    addTool: 'pip install',
  },
  poetry: {
    manifests: 'pyproject.toml poetry.lock',
    cache: '/root/.cache/pypoetry',
    stage: null,
    setup: 'python/poetry-setup',
    install: ['python3 -m venv /opt/venv', 'poetry install --only main --no-root'],
    devCopy: null,
    devInstall: ['poetry install --no-root'],
    addTool: 'pip install',
  },
  uv: {
    manifests: 'pyproject.toml uv.lock',
    cache: '/root/.cache/uv',
    stage: 'python/uv-stage',
    setup: 'python/uv-setup',
    install: ['uv sync --locked --no-install-project --no-dev'],
    devCopy: null,
    devInstall: ['uv sync --locked --no-install-project'],
    addTool: 'uv pip install',
  },
} as const;

const VENV_PYTHON = '/opt/venv/bin/python';

/** A one-line probe using only the standard library (urlopen raises on 4xx/5xx). */
const pythonProbe = (url: string) => `import urllib.request; urllib.request.urlopen('${url}', timeout=4)`;

/**
 * How the entry answer starts the app: a file, a "module:object" under gunicorn (WSGI) or uvicorn
 * (an asgi app: FastAPI, Starlette), or a module.
 */
function command(a: LanguageAnswers): string[] {
  if (a.entry.endsWith('.py')) return [a.entry];
  if (!a.entry.includes(':')) return ['-m', a.entry];
  return a.app === 'asgi'
    ? ['-m', 'uvicorn', '--host', '0.0.0.0', '--port', String(a.port), a.entry]
    : ['-m', 'gunicorn', '--bind', `0.0.0.0:${a.port}`, a.entry];
}

export function pythonView(a: LanguageAnswers) {
  const distroless = a.final === 'distroless';
  const baseImage = a.final === 'alpine' ? 'python:${PYTHON_VERSION}-alpine' : 'python:${PYTHON_VERSION}-slim-bookworm';
  return {
    secretId: 'netrc',
    runUser: distroless ? NONROOT_USER : APP_USER,
    debugUser: APP_USER,
    tool: TOOLS[a.pm as keyof typeof TOOLS],
    // Tests, lint, the dev server and the debugger need the dev tools on top of the runtime dependencies.
    devDeps: a.targets.some((t) => t === 'test' || t === 'lint' || t === 'development' || t === 'debug'),
    baseImage,
    finalImage: distroless ? 'gcr.io/distroless/python3-debian12:nonroot' : baseImage,
    entrypoint: [VENV_PYTHON, ...command(a)],
    debugCommand: [VENV_PYTHON, '-m', 'debugpy', '--listen', '0.0.0.0:5678', ...command(a)],
    probe: [VENV_PYTHON, '-c', pythonProbe(healthUrl(a.port, a.healthcheck))],
  };
}
