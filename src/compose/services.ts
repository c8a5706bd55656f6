// The services of compose.yaml: the development target of the project, or of each component of a
// repository, with their ports, watch rules and start order. Pure.
import type { Answers } from '../answers/schema.js';
import type { ComponentKind } from '../components/types.js';
import { getLanguage } from '../languages/index.js';
import { healthUrl } from '../languages/probe.js';
import type { Facts } from '../detect/types.js';
import type { DevWatch } from './modes.js';

export interface ServiceInput {
  answers: Answers;
  /** A component of a repository; null for a project on its own (the service `app`). */
  component: { name: string; dir: string; kind: ComponentKind } | null;
  /** What detection read of its folder. */
  facts: Facts;
}

export interface ComposeService {
  name: string;
  target: string;
  /** `host:container`; none for a worker, which serves nothing. */
  ports: string[];
  /** The exec-form probe Compose runs, for services others wait on. */
  healthcheck: string[] | null;
  dependsOn: { name: string; condition: 'service_healthy' | 'service_started' }[];
  watch: DevWatch & { path: string };
}

/** What waits for the servers (an API, say) to answer before it starts. */
const CLIENTS: ReadonlySet<ComponentKind> = new Set(['static', 'next', 'worker']);

const under = (dir: string, path: string) => (dir ? (path === '.' ? dir : `${dir}/${path}`) : path);

export function composeServices(inputs: ServiceInput[]): ComposeService[] {
  const servers = inputs.filter((i) => i.component?.kind === 'server');
  const probeOf = ({ answers }: ServiceInput) =>
    answers.healthcheck === 'none'
      ? null
      : (getLanguage(answers.lang)?.devProbe?.(answers, healthUrl(answers.port, answers.healthcheck)) ?? null);
  const waitedOn = new Set(inputs.some((i) => i.component && CLIENTS.has(i.component.kind)) ? servers : []);
  // Each published port once on the host: a later service takes the next free one.
  const taken = new Set<number>();
  const hostPort = (port: number) => {
    let host = port;
    while (taken.has(host)) host += 1;
    taken.add(host);
    return host;
  };
  return inputs.map((input) => {
    const { answers, component, facts } = input;
    const dir = component?.dir ?? '';
    const watch = getLanguage(answers.lang)?.devWatch?.(answers, facts) ?? { sync: null, rebuild: ['.'] };
    const clients = component && CLIENTS.has(component.kind);
    return {
      name: component?.name ?? 'app',
      target: component ? `${component.name}-development` : 'development',
      ports: component?.kind === 'worker' ? [] : [`${hostPort(answers.port)}:${answers.port}`],
      healthcheck: waitedOn.has(input) ? probeOf(input) : null,
      dependsOn: clients
        ? servers.map((s) => ({ name: s.component!.name, condition: probeOf(s) ? 'service_healthy' : 'service_started' }))
        : [],
      watch: { ...watch, path: dir || '.', rebuild: watch.rebuild.map((p) => under(dir, p)) },
    };
  });
}
