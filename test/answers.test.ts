import { describe, expect, it } from 'vitest';
import { defaultFor, missingKeys, validate, withDefaults } from '../src/answers/resolve.js';
import { answersSchema } from '../src/answers/schema.js';

describe('answers', () => {
  it('fills defaults that depend on earlier answers', () => {
    expect(validate(withDefaults({}))).toMatchObject({
      lang: 'node',
      pm: 'npm',
      runtimeVersion: '26',
      port: 3000,
      final: 'slim',
      targets: [],
      platforms: ['linux/amd64'],
    });
    expect(withDefaults({ lang: 'node', pm: 'bun' }).runtimeVersion).toBe('1.4');
    expect(withDefaults({ lang: 'node', app: 'static' })).toMatchObject({ port: 8080, entry: 'dist', healthcheck: '/' });
    expect(withDefaults({ lang: 'python', final: 'distroless' }).runtimeVersion).toBe('3.13');
    expect(defaultFor('entry', { lang: 'java', pm: 'gradle' })).toBe('build/libs/*.jar');
  });

  it('asks for the app kind only where a language has more than one', () => {
    expect(missingKeys({ lang: 'go' })).not.toContain('app');
    expect(missingKeys({ lang: 'node' })).toContain('app');
  });

  it('orders and de-duplicates targets and platforms, and accepts no other keys', () => {
    const a = validate(withDefaults({ lang: 'go', targets: ['lint', 'test', 'lint'], platforms: ['linux/arm64', 'linux/arm64'] }));
    expect(a.targets).toEqual(['test', 'lint']);
    expect(a.platforms).toEqual(['linux/arm64']);
    expect(answersSchema.safeParse({ ...a, extra: 1 }).success).toBe(false);
  });

  it("rejects values that could change a generated file's structure", () => {
    for (const entry of ['a b', 'a"b', "a'b", 'a`id`', 'a$(id)', 'a\nRUN id', '${{ secrets.X }}', '/abs', '-flag']) {
      expect(() => validate(withDefaults({ lang: 'node', entry })), entry).toThrow(/--entry/);
    }
    for (const healthcheck of ['/a b', '/a"b', '/$(id)', '/a\n', 'health']) {
      expect(() => validate(withDefaults({ lang: 'node', healthcheck })), healthcheck).toThrow(/--healthcheck/);
    }
  });
});
