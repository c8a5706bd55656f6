// Python: pip, poetry or uv fill a virtualenv in /opt/venv, which the final copies; WSGI under
// gunicorn, ASGI under uvicorn.
import { plainNames } from '../../compose/modes.js';
import { defineLanguage, TARGETS } from '../types.js';
import { pythonDetector } from './detect.js';
import { uvWorkspace } from './workspace.js';
import { DISTROLESS_PYTHON, isDistrolessPython, PYTHON } from './versions.js';
import { pythonProbe, pythonView, TOOLS } from './view.js';

export const python = defineLanguage({
  id: 'python',
  label: 'Python',
  pms: Object.keys(TOOLS),
  // Dependabot's pip ecosystem reads requirements files, Pipfile, poetry's files and pyproject.toml.
  ecosystems: { pip: 'pip', pdm: 'pip', pipenv: 'pip', poetry: 'pip', uv: 'uv' },
  apps: {
    server: 'server (a WSGI module:object runs under gunicorn)',
    asgi: 'ASGI app (FastAPI, Starlette): module:object runs under uvicorn',
  },
  finals: () => ['slim', 'alpine', 'distroless'],
  targets: () => TARGETS,
  defaults: {
    // Distroless Python is Debian 13's interpreter, so the virtualenv must be built for it.
    runtimeVersion: (c) => (c.final === 'distroless' ? DISTROLESS_PYTHON : PYTHON.default),
    port: () => 8000,
    healthcheck: () => '/health',
    entry: () => 'app:app',
  },
  versions: () => PYTHON,
  examples: { runtimeVersion: PYTHON.default, entry: 'app:app' },
  check: (a) =>
    a.final === 'distroless' && !isDistrolessPython(a.runtimeVersion)
      ? {
          key: 'runtimeVersion',
          message: `must be ${DISTROLESS_PYTHON} with the distroless final, which ships Debian 13's Python ${DISTROLESS_PYTHON}`,
        }
      : undefined,
  // gunicorn and uvicorn run without --reload: synced sources take a restart.
  devWatch: (a) => ({
    sync: { action: 'sync+restart', target: '/app', ignore: ['.venv/', '__pycache__/'] },
    rebuild: plainNames(TOOLS[a.pm as keyof typeof TOOLS].manifests),
  }),
  devProbe: (_a, url) => ['python3', '-c', pythonProbe(url)],
  detector: pythonDetector,
  workspaces: [uvWorkspace],
  view: pythonView,
});
