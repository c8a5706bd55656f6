import { healthUrl, pythonProbe } from './probe.js';
import { TARGETS, type Language, type LanguageAnswers } from './types.js';

// Per build tool: files to copy before installing, its cache, and how it fills /opt/venv.
const PMS = {
  pip: { manifests: 'requirements.txt', cache: '/root/.cache/pip', addTool: 'pip install' },
  poetry: { manifests: 'pyproject.toml poetry.lock', cache: '/root/.cache/pypoetry', addTool: 'pip install' },
  uv: { manifests: 'pyproject.toml uv.lock', cache: '/root/.cache/uv', addTool: 'uv pip install' },
} as const;

const VENV_PYTHON = '/opt/venv/bin/python';

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

export const python: Language = {
  id: 'python',
  label: 'Python',
  pms: Object.keys(PMS),
  apps: ['server', 'asgi'],
  finals: () => ['slim', 'alpine', 'distroless'],
  targets: () => TARGETS,
  defaults: {
    pm: 'pip',
    // Distroless Python is Debian 12's interpreter, so the virtualenv must be built for 3.11.
    runtimeVersion: (c) => (c.final === 'distroless' ? '3.11' : '3.12'),
    port: () => 8000,
    healthcheck: () => '/health',
    entry: () => 'app:app',
  },
  check: (a) =>
    a.final === 'distroless' && a.runtimeVersion !== '3.11'
      ? `must be 3.11 with the distroless final, which ships Debian 12's Python 3.11`
      : undefined,
  view: (a) => {
    const baseImage = a.final === 'alpine' ? 'python:${PYTHON_VERSION}-alpine' : 'python:${PYTHON_VERSION}-slim-bookworm';
    return {
      secretId: 'netrc',
      runUser: a.final === 'distroless' ? '65532:65532' : '10001:10001',
      pmConf: PMS[a.pm as keyof typeof PMS],
      baseImage,
      finalImage: a.final === 'distroless' ? 'gcr.io/distroless/python3-debian12:nonroot' : baseImage,
      entrypoint: [VENV_PYTHON, ...command(a)],
      debugCommand: [VENV_PYTHON, '-m', 'debugpy', '--listen', '0.0.0.0:5678', ...command(a)],
      probe: [VENV_PYTHON, '-c', pythonProbe(healthUrl(a.port, a.healthcheck))],
    };
  },
};
