// Strict YAML syntax check shared by the CI-config validators.
import { parseAllDocuments } from 'yaml';

/**
 * Every error and warning of every document in a (multi-document) YAML
 * stream. strict + uniqueKeys turn what YAML tooling usually tolerates
 * (duplicate keys, odd indentation of flow collections, ...) into errors,
 * because CI services differ in how they resolve them.
 */
export async function lintYaml(text: string): Promise<string[]> {
  const docs = parseAllDocuments(text, { strict: true, uniqueKeys: true, prettyErrors: true });
  return docs.flatMap((doc, i) => [
    ...doc.errors.map((e) => `document ${i + 1}: error ${e.code}: ${e.message}`),
    ...doc.warnings.map((w) => `document ${i + 1}: warning ${w.code}: ${w.message}`),
  ]);
}
