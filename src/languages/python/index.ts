// Python: pip, poetry or uv fill a virtualenv in /opt/venv, which the final copies; WSGI under
// gunicorn, ASGI under uvicorn.
import { defineLanguage, TARGETS } from '../types.js';
import { pythonDetector } from './detect.js';
import { pythonView, TOOLS } from './view.js';

export const python = defineLanguage({
  id: 'python',
  label: 'Python',
  pms: Object.keys(TOOLS),
  apps: {
    server: 'server (a WSGI module:object runs under gunicorn)',
    asgi: 'ASGI app (FastAPI, Starlette): module:object runs under uvicorn',
  },
  finals: () => ['slim', 'alpine', 'distroless'],
  targets: () => TARGETS,
  defaults: {
    // Distroless Python is Debian 12's interpreter, so the virtualenv must be built for 3.11.
    runtimeVersion: (c) => (c.final === 'distroless' ? '3.11' : '3.12'),
    port: () => 8000,
    healthcheck: () => '/health',
    entry: () => 'app:app',
  },
  examples: { runtimeVersion: '3.12', entry: 'app:app' },
  check: (a) =>
    a.final === 'distroless' && a.runtimeVersion !== '3.11'
      ? `must be 3.11 with the distroless final, which ships Debian 12's Python 3.11`
      : undefined,
  detector: pythonDetector,
  view: pythonView,
});
