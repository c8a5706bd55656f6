// The start command, read from scripts.start into what the final image runs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fsExtra from 'fs-extra';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { tempProject } from './support/cli.js';
import { memoryIo } from './support/io.js';

async function generate(pkg: object, args: string[] = [], files: string[] = []) {
  const dir = tempProject();
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  for (const file of files) fsExtra.outputFileSync(join(dir, file), '');
  writeFileSync(join(dir, 'package-lock.json'), '{}');
  const io = memoryIo(dir);
  expect(await main(['--yes', ...args], io)).toBe(0);
  return readFileSync(join(dir, 'Dockerfile'), 'utf8');
}

describe('the start command', () => {
  it('a framework server CLI (remix-serve) runs from node_modules/.bin with the build it serves, probed at /', async () => {
    const dockerfile = await generate({
      scripts: { build: 'remix vite:build', start: 'remix-serve ./build/server/index.js' },
      dependencies: { '@remix-run/serve': '2', '@remix-run/node': '2' },
    });
    expect(dockerfile).toContain('COPY --from=build /app/build ./build');
    expect(dockerfile).toContain('ENTRYPOINT ["node", "node_modules/.bin/remix-serve", "build/server/index.js"]');
    expect(dockerfile).toContain("fetch('http://127.0.0.1:3000/')");
  });

  it("react-router-serve the same way, and on distroless by the runtime's absolute path", async () => {
    const dockerfile = await generate(
      {
        scripts: { build: 'react-router build', start: 'react-router-serve ./build/server/index.js' },
        dependencies: { '@react-router/serve': '7' },
      },
      ['--final', 'distroless'],
    );
    expect(dockerfile).toContain('ENTRYPOINT ["/nodejs/bin/node", "node_modules/.bin/react-router-serve", "build/server/index.js"]');
  });

  it("keeps node's own options", async () => {
    const dockerfile = await generate({
      scripts: { build: 'tsc', start: 'NODE_ENV=production node --enable-source-maps -r dotenv/config dist/server.js' },
    });
    expect(dockerfile).toContain('ENTRYPOINT ["node", "--enable-source-maps", "-r", "dotenv/config", "dist/server.js"]');
  });

  it('refuses an entry the project does not have and no build makes, with one line (exit 2), writing nothing', async () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node server.js' } }));
    const io = memoryIo(dir);
    expect(await main(['--yes'], io)).toBe(2);
    expect(io.err()).toBe(
      'create-multistage: --entry server.js: server.js is not in the project and no build step makes it; pass --entry with the file the app starts from\n',
    );
    expect(readdirSync(dir)).toEqual(['package.json']);
    writeFileSync(join(dir, 'server.js'), '');
    expect(await main(['--yes'], memoryIo(dir))).toBe(0);
  });

  it('runs a start command that names no file as written, from node_modules/.bin, with the whole built app', async () => {
    const dockerfile = await generate({
      scripts: { start: 'npm run serve', serve: 'fastify start -l info app.js' },
      dependencies: { fastify: '5', 'fastify-cli': '7' },
    });
    expect(dockerfile).toContain('FROM build AS app\nRUN rm -rf node_modules\n');
    expect(dockerfile).toContain('COPY --from=prod-deps /app/node_modules ./node_modules\nCOPY --from=app /app ./\n');
    expect(dockerfile).toContain('ENTRYPOINT ["node", "node_modules/.bin/fastify", "start", "-l", "info", "app.js"]');
  });

  it("the development target runs the project's dev script, NestJS's start:dev, or else the app's own command", async () => {
    const dev = async (pkg: object, entry = 'dist/server.js') => {
      const dockerfile = await generate(
        { dependencies: { express: '5' }, ...pkg },
        ['--entry', entry, '--targets', 'development'],
        [entry],
      );
      const stage = dockerfile.split(/^(?=# )/m).find((block) => / AS development$/m.test(block))!;
      return [/^FROM .*$/m.exec(stage)?.[0], /^CMD .*$/m.exec(stage)?.[0]];
    };
    const built = { build: 'tsc', start: 'node dist/server.js' };
    expect(await dev({ scripts: { dev: 'tsx watch src/server.ts', ...built } })).toEqual([
      'FROM deps AS development',
      'CMD ["npm", "run", "dev"]',
    ]);
    expect(await dev({ scripts: { 'start:dev': 'nest start --watch', ...built } })).toEqual([
      'FROM deps AS development',
      'CMD ["npm", "run", "start:dev"]',
    ]);
    // What start runs is built: the build stage runs it, and a change rebuilds.
    expect(await dev({ scripts: built })).toEqual(['FROM build AS development', 'CMD ["node", "dist/server.js"]']);
    // Nothing is built: the sources run under node --watch.
    expect(await dev({ scripts: { start: 'node --enable-source-maps src/server.js' } }, 'src/server.js')).toEqual([
      'FROM deps AS development',
      'CMD ["node", "--watch", "--enable-source-maps", "src/server.js"]',
    ]);
  });

  it('without a dev script, Next.js runs next dev and a static site is built and served by nginx', async () => {
    const next = await generate({ scripts: { build: 'next build', start: 'next start' }, dependencies: { next: '16' } }, [
      '--targets',
      'development',
    ]);
    expect(next).toContain(
      'FROM deps AS development\nENV NODE_ENV=development PORT=3000\nCOPY . .\nEXPOSE 3000\nCMD ["npx", "next", "dev"]\n',
    );
    // A site's start script is its dev server (ng serve, docusaurus start), told where to listen.
    const served = await generate({ scripts: { build: 'ng build', start: 'ng serve' } }, ['--app', 'static', '--targets', 'development']);
    expect(served).toContain(
      'FROM deps AS development\nENV NODE_ENV=development\nCOPY . .\nEXPOSE 8080\nCMD ["npm", "run", "start", "--", "--host", "0.0.0.0", "--port", "8080"]\n',
    );
    // Eleventy's dev server listens on every interface, and exits on --host.
    const eleventy = await generate(
      { scripts: { build: 'eleventy', start: 'eleventy --serve' }, devDependencies: { '@11ty/eleventy': '3' } },
      ['--targets', 'development'],
    );
    expect(eleventy).toContain('CMD ["npm", "run", "start", "--", "--port", "8080"]\n');
    expect(eleventy).toContain('COPY --from=build /app/_site /usr/share/nginx/html\n');
    const site = await generate({ scripts: { build: 'node build.js' } }, ['--app', 'static', '--targets', 'development']);
    expect(site).toMatch(
      /^FROM nginxinc\/nginx-unprivileged:\$\{NGINX_VERSION\}-trixie AS development\nCOPY --from=build \/app\/dist \/usr\/share\/nginx\/html\n/m,
    );
    expect(site.split('AS development')[1]).toContain('CMD ["nginx", "-g", "daemon off;"]');
  });

  it('Next.js without standalone output runs next start with the whole built app, its cache left out', async () => {
    const dockerfile = await generate({ scripts: { build: 'next build', start: 'next start' }, dependencies: { next: '16' } });
    expect(dockerfile).toContain('RUN rm -rf node_modules .next/cache\n');
    expect(dockerfile).toContain('ENTRYPOINT ["node", "node_modules/.bin/next", "start"]');
    expect(dockerfile).not.toContain('standalone');
  });

  it('refuses, with --yes, a default entry that nothing in the project names and the project lacks (exit 2)', async () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build: 'webpack' }, dependencies: { express: '5' } }));
    const io = memoryIo(dir);
    expect(await main(['--yes'], io)).toBe(2);
    expect(io.err()).toBe(
      'create-multistage: --entry dist/server.js: a default that nothing in the project names (no start command, main file or framework found) and that the project does not have; pass --entry with the file the app starts from\n',
    );
    expect(readdirSync(dir)).toEqual(['package.json']);
    // Named by the user, a file the build makes is trusted.
    expect(await main(['--yes', '--entry', 'dist/server.js'], memoryIo(dir))).toBe(0);
  });

  it('refuses a <bin>:<path> entry that is not a server', async () => {
    const io = memoryIo(tempProject());
    expect(await main(['--yes', '--lang', 'node', '--app', 'static', '--entry', 'remix-serve:build'], io)).toBe(2);
    expect(io.err()).toMatch(/--entry as <bin>:<path> runs a package binary/);
  });
});
