// Maven reactors: a root pom.xml whose <modules> list the modules; a module's <dependencies> say
// which other modules it needs.
import type { Member, WorkspaceKind } from '../../workspace/types.js';
import { folder } from '../../workspace/folder.js';
import { readPom } from './pom.js';

const withoutComments = (xml: string) => xml.replace(/<!--[\s\S]*?-->/g, '');
const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

export const javaWorkspace: WorkspaceKind = {
  rootFiles: ['pom.xml'],
  root(files) {
    const pom = files.get('pom.xml');
    // The modules a plain build has: those of profiles are left out.
    const own = pom === undefined ? '' : withoutComments(pom).replace(/<profiles\b[^>]*>[\s\S]*?<\/profiles>/g, '');
    const modules = all(all(own, 'modules').join(''), 'module').map(folder);
    return modules.length ? { patterns: modules, file: 'pom.xml', tool: 'maven' } : undefined;
  },
  memberFile: 'pom.xml',
  member(dir, text): Member | undefined {
    const name = readPom(text).artifactId;
    if (!name) return undefined;
    // <dependencies> of the project, not of <dependencyManagement> (versions only) or of plugins.
    const xml = withoutComments(text)
      .replace(/<dependencyManagement\b[^>]*>[\s\S]*?<\/dependencyManagement>/g, '')
      .replace(/<build\b[^>]*>[\s\S]*?<\/build>/g, '');
    const deps = all(all(xml, 'dependencies').join(''), 'artifactId').map((a) => a.trim());
    return { dir, name, deps, outDir: null };
  },
};
