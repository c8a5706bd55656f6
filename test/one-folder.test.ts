// "A language is one folder": outside src/languages/<id>/, templates/<id>/ and the registry's
// index, no code names a language or one of its build tools, so adding one edits nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageList } from '../src/languages/index.js';

const ROOT = join(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));

const owned = (path: string) =>
  path === 'src/languages/index.ts' ||
  languageList().some((l) => path.startsWith(`src/languages/${l.id}/`) || path.startsWith(`templates/${l.id}/`));

const words = (text: string) => text.split(/[^\w-]+/);

/**
 * Every word of the code's string literals that are names, lists or paths (prose, with spaces, is
 * left out; so are module specifiers), and every word inside a template's `{{ }}`.
 */
function namesUsed(path: string, text: string): string[] {
  if (path.endsWith('.hbs')) return [...text.matchAll(/\{\{([^}]*)\}\}/g)].flatMap((m) => words(m[1]!));
  const code = text.replace(/\b(from|import)\s*\(?\s*(['"])[^'"]*\2/g, '');
  return [...code.matchAll(/(['"`])([^'"`\n]*?)\1/g)].filter((m) => !/\s/.test(m[2]!)).flatMap((m) => words(m[2]!));
}

describe('a language is one folder', () => {
  it('no other source file or template names a language or a build tool', () => {
    const names = new Set(languageList().flatMap((l) => [l.id, ...l.pms]));
    const offenders = [...files('src'), ...files('generators'), ...files('templates')]
      .filter((p) => !owned(p))
      .flatMap((p) =>
        namesUsed(p, readFileSync(join(ROOT, p), 'utf8'))
          .filter((n) => names.has(n))
          .map((n) => `${p}: ${n}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the check sees a name where one is used', () => {
    expect(namesUsed('a.ts', "import fs from 'node:fs';\nconst x = 'pnpm', why = 'let it go';")).toEqual(['pnpm']);
    expect(namesUsed('a.ts', "help: 'node|go', path: `java/Dockerfile.hbs`")).toEqual(['node', 'go', 'java', 'Dockerfile', 'hbs']);
    expect(namesUsed('a.hbs', '{{#if uses.uv}}{{> java/mounts}}').filter((n) => ['uv', 'java'].includes(n))).toEqual(['uv', 'java']);
  });
});
