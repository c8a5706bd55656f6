// Shared by the renderer and the build-time precompiler: strict (a missing value is an error,
// not an empty string) and unescaped (the output is Dockerfile/YAML/Groovy, not HTML).
export const COMPILE_OPTIONS = { strict: true, noEscape: true };
