// OUR OWN structural check of a declarative Jenkinsfile (not a Jenkins or
// npm-groovy-lint feature): Groovy can parse a pipeline that Jenkins would
// still reject or that silently lacks the parts our generator promises.

type Range = [start: number, end: number];

/** Blanks comments and string literals, keeping offsets, so braces and words inside them are ignored. */
function codeOnly(text: string): string {
  const noise = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g;
  return text.replace(noise, (m) => m.replace(/[^\n]/g, ' '));
}

/** Index of the `}` closing the `{` at `open`, or the end of input if unbalanced. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return i;
  }
  return src.length;
}

/**
 * Occurrences of `head` directly inside `within` (brace depth 0 there). For a
 * head ending in `{` the range is that block's body, otherwise it is empty.
 */
function find(src: string, within: Range, head: string): Range[] {
  const re = new RegExp(`(?<![\\w$])${head}`, 'y');
  const found: Range[] = [];
  let depth = 0;
  for (let i = within[0]; i < within[1]; i++) {
    re.lastIndex = i;
    const m = depth === 0 ? re.exec(src) : null;
    if (m) {
      const end = i + m[0].length;
      const body: Range = m[0].endsWith('{') ? [end, closing(src, end - 1)] : [end, end];
      found.push(body);
      i = Math.max(body[1], end - 1);
    } else if (src[i] === '{') depth++;
    else if (src[i] === '}') depth--;
  }
  return found;
}

/**
 * Requires a top-level `pipeline {` with an `agent`, a `stages {` holding at
 * least one `stage(...)` that has `steps {`, and a `post {` block.
 */
export function jenkinsStructure(text: string): string[] {
  const src = codeOnly(text);
  const problems: string[] = [];
  const say = (what: string): number => problems.push(`jenkinsStructure (our own check): ${what}`);
  const [pipeline] = find(src, [0, src.length], 'pipeline\\s*\\{');
  if (!pipeline) {
    say('no top-level `pipeline {` block');
    return problems;
  }
  if (find(src, pipeline, 'agent\\b').length === 0) say('`pipeline` has no `agent`');
  const [stages] = find(src, pipeline, 'stages\\s*\\{');
  const stageBodies = stages ? find(src, stages, 'stage\\s*\\([^)]*\\)\\s*\\{') : [];
  if (!stages) say('`pipeline` has no `stages {` block');
  else if (!stageBodies.some((stage) => find(src, stage, 'steps\\s*\\{').length > 0)) say('`stages {` has no `stage(...)` with `steps {`');
  if (find(src, pipeline, 'post\\s*\\{').length === 0) say('`pipeline` has no `post {` block');
  return problems;
}
