/** Standalone output: the server and only the modules it traces, for a small image. */
export default { output: 'standalone' };
