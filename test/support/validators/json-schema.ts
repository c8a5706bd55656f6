// Checks generated .github/dependabot.yml, renovate.json and Compose files
// against their published JSON schemas, vendored in ./schemas (see
// ./schemas/README.md), so the check runs offline.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';

/**
 * Both schemas are draft-07, ajv's default draft. They carry editor
 * annotations that ajv's strict mode would reject as unknown keywords, so those
 * are declared as a vocabulary (a new one in a refreshed schema fails loudly at
 * compile time). strictTypes is off because third-party schemas use `items` and
 * `properties` without a `type` beside them.
 */
const ANNOTATIONS = ['allowComments', 'markdownDescription', 'x-renovate-version', 'x-intellij-enum-metadata'];

/** `format: "regex"` (Renovate's extractVersion, versionCompatibility), checked as ajv-formats does. */
function isRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

const DRAFT_07 = createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-07.json') as Record<string, unknown>;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The schema in ./schemas/<file>, compiled on first use. */
function schemaValidator(file: string): ValidateFunction {
  let validate = compiled.get(file);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, strictTypes: false, formats: { regex: isRegex } })
      .addVocabulary(ANNOTATIONS)
      // The Compose schema names draft-07 by its https address, which ajv knows by its http one.
      .addMetaSchema({ ...DRAFT_07, $id: 'https://json-schema.org/draft-07/schema' });
    validate = ajv.compile(JSON.parse(readFileSync(new URL(`./schemas/${file}`, import.meta.url), 'utf8')));
    compiled.set(file, validate);
  }
  return validate;
}

function describeError(e: ErrorObject): string {
  const where = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') return `${where} ${e.message} (${e.params.additionalProperty})`;
  return `${where} ${e.message}`;
}

/** "<instancePath> <message>" per schema violation, duplicates dropped; empty when valid. */
function validate(file: string, data: unknown): string[] {
  const check = schemaValidator(file);
  return check(data) ? [] : [...new Set((check.errors ?? []).map(describeError))];
}

/** Strict YAML errors and warnings (duplicate keys, ...) if any, else violations of the schema. */
function validateYaml(file: string, text: string): string[] {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true });
  const yamlProblems = [
    ...doc.errors.map((e) => `error ${e.code}: ${e.message}`),
    ...doc.warnings.map((w) => `warning ${w.code}: ${w.message}`),
  ];
  return yamlProblems.length > 0 ? yamlProblems : validate(file, doc.toJS());
}

/** Problems in a .github/dependabot.yml, against the SchemaStore schema. */
export async function validateDependabot(text: string): Promise<string[]> {
  return validateYaml('dependabot-2.0.json', text);
}

/** Problems in a compose.yaml, against the Compose Specification's schema. */
export function validateCompose(text: string): string[] {
  return validateYaml('compose-spec.json', text);
}

/** Problems in a renovate.json: a JSON syntax error, else violations of Renovate's own schema. */
export function validateRenovate(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return [`invalid JSON: ${(e as Error).message}`];
  }
  return validate('renovate-schema.json', data);
}
