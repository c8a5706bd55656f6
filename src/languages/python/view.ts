// Values templates/python/ reads: per build tool its files, cache and commands (and the partial
// that sets the tool up, where it needs one), the images, and how the app starts.
import type { Facts } from '../../detect/types.js';
import type { WorkspaceFacts } from '../../workspace/detection.js';
import { healthUrl } from '../probe.js';
import { APP_USER, type LanguageAnswers, NONROOT_USER } from '../types.js';

/**
 * Per build tool: files to copy before installing, its cache, the commands that fill /opt/venv
 * with the runtime dependencies (install), then the project itself once its source is there
 * (installProject), then the dev tools (devInstall, after devCopy); how to add one more package;
 * and the partials that bring the tool itself: a stage of its own at the top (stage) and its
 * set-up in the base stage (setup).
 */
export const TOOLS = {
  pip: {
    // requirements.txt when the project has one, else pyproject.toml's [project] dependencies;
    // setup.py only so that a project with neither still has something to copy.
    manifests: 'requirements.tx[t] pyproject.tom[l] setup.p[y]',
    cache: '/root/.cache/pip',
    stage: null,
    // PROJECT_DEPS, a reader of pyproject.toml's [project] dependencies.
    setup: 'python/pip-setup',
    install: [
      'python3 -m venv /opt/venv',
      'if [ -f requirements.txt ]; then pip install -r requirements.txt; elif [ -f pyproject.toml ]; then python3 -c "$PROJECT_DEPS" > /tmp/requirements.txt && pip install -r /tmp/requirements.txt; fi',
    ],
    // A PEP 621 project, its dependencies already in place: a src layout and console scripts then work.
    installProject: ['if [ -f pyproject.toml ] && python3 -c "$PROJECT_DEPS" --has-project; then pip install --no-deps .; fi'],
    devCopy: 'requirements*.txt',
    devInstall: ['if [ -f requirements-dev.txt ]; then pip install -r requirements-dev.txt; fi'],
    addTool: 'pip install',
  },
  pdm: {
    manifests: 'pyproject.toml pdm.lock',
    cache: '/root/.cache/pdm',
    stage: null,
    setup: 'python/pdm-setup',
    // pdm installs into the active virtualenv: /opt/venv, on PATH with VIRTUAL_ENV set.
    install: ['python3 -m venv /opt/venv', 'pdm sync --prod --no-self'],
    installProject: ['pdm sync --prod --no-editable'],
    devCopy: null,
    devInstall: ['pdm sync --no-self'],
    addTool: 'pip install',
  },
  pipenv: {
    manifests: 'Pipfile Pipfile.lock',
    cache: '/root/.cache/pipenv',
    stage: null,
    setup: 'python/pipenv-setup',
    // pipenv sync installs exactly what Pipfile.lock pins, into the active virtualenv.
    install: ['python3 -m venv /opt/venv', 'pipenv sync'],
    installProject: null,
    devCopy: null,
    devInstall: ['pipenv sync --dev'],
    addTool: 'pip install',
  },
  poetry: {
    manifests: 'pyproject.toml poetry.lock',
    cache: '/root/.cache/pypoetry',
    stage: null,
    setup: 'python/poetry-setup',
    install: ['python3 -m venv /opt/venv', 'poetry install --only main --no-root'],
    installProject: null,
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
    installProject: null,
    devCopy: null,
    devInstall: ['uv sync --locked --no-install-project'],
    addTool: 'uv pip install',
  },
} as const;

// Tool versions, at the newest tags of python-poetry/poetry, astral-sh/uv (its image tags name the
// minor line), pdm-project/pdm, pypa/pipenv and pypa/pip-audit, read from the repositories on
// 2026-12-01 (PyPI is out of reach here).
const TOOL_VERSIONS = { poetry: '2.4.1', uv: '0.12', pdm: '2.28.2', pipenv: '2026.8.0', pipAudit: '2.10.1' };

const VENV_PYTHON = '/opt/venv/bin/python';

/** A one-line probe using only the standard library (urlopen raises on 4xx/5xx). */
export const pythonProbe = (url: string) => `import urllib.request; urllib.request.urlopen('${url}', timeout=4)`;

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

/**
 * A package of a uv workspace: its dependencies (the workspace's other packages aside) install from
 * the manifests, then the build installs it and the packages it needs into the virtualenv, and the
 * image holds the virtualenv and its folder.
 */
function uvPackage(ws: WorkspaceFacts) {
  const sync = `uv sync --locked --package ${ws.name}`;
  return {
    dir: ws.dir,
    collect: '-name pyproject.toml -o -name uv.lock -o -name .python-version',
    install: [`${sync} --no-install-workspace --no-dev`],
    devInstall: [`${sync} --no-install-workspace`],
    installProject: [`${sync} --no-dev --no-editable`],
  };
}

export function pythonView(a: LanguageAnswers, facts: Facts) {
  const ws = facts.workspace as WorkspaceFacts | undefined;
  const tool = TOOLS[a.pm as keyof typeof TOOLS];
  const workspace = ws ? uvPackage(ws) : null;
  const distroless = a.final === 'distroless';
  // docker-library/python: `<line>-slim-trixie`, `<line>-alpine`; distroless python3-debian13 is
  // Debian 13's 3.13 (its README). Checked 2026-12-01.
  const baseImage = a.final === 'alpine' ? 'python:${PYTHON_VERSION}-alpine' : 'python:${PYTHON_VERSION}-slim-trixie';
  return {
    secretId: 'netrc',
    runUser: distroless ? NONROOT_USER : APP_USER,
    debugUser: APP_USER,
    tool,
    workspace,
    install: workspace?.install ?? tool.install,
    devInstall: workspace?.devInstall ?? tool.devInstall,
    installProject: workspace?.installProject ?? tool.installProject,
    // Where the app is under /app, and what of the build the image takes.
    home: ws ? `/app/${ws.dir}` : '/app',
    versions: TOOL_VERSIONS,
    // Tests, lint, the dev server and the debugger need the dev tools on top of the runtime dependencies.
    devDeps: a.targets.some((t) => t === 'test' || t === 'lint' || t === 'development' || t === 'debug'),
    baseImage,
    finalImage: distroless ? 'gcr.io/distroless/python3-debian13:nonroot' : baseImage,
    entrypoint: [VENV_PYTHON, ...command(a)],
    debugCommand: [VENV_PYTHON, '-m', 'debugpy', '--listen', '0.0.0.0:5678', ...command(a)],
    probe: [VENV_PYTHON, '-c', pythonProbe(healthUrl(a.port, a.healthcheck))],
  };
}
