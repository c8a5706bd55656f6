// Health probes that work inside each final image: distroless and scratch have no shell or curl,
// so runtimes probe with their own HTTP client and Go/Java use a tiny compiled probe.

export const healthUrl = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;

/** A one-line JavaScript probe for node and bun: exit 0 on a 2xx/3xx answer. */
export const jsProbe = (url: string) =>
  `fetch('${url}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;

/** A one-line Python probe using only the standard library (urlopen raises on 4xx/5xx). */
export const pythonProbe = (url: string) => `import urllib.request; urllib.request.urlopen('${url}', timeout=4)`;
