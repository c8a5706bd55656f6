// Health probes must work inside each final image: distroless and scratch have no shell or curl,
// so runtimes probe with their own HTTP client and compiled languages build a tiny probe.
export const healthUrl = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;
