/**
 * docker-compose files: each service is a component. Data edges come from the services' roles (read
 * from their images: source database → CDC → broker → sink → store → processing → OLAP → BI) between
 * services that name each other, or that no other names; `depends_on` and `links` are start-up order, kept as control links
 * where the roles say nothing, as is any link to a coordination service (ZooKeeper). Top-level volumes, networks, configs and secrets are ignored.
 */
import { isMap } from 'yaml';
import type { FormatParser } from '../types';
import { flowBetween, meetsSink, producerRole, roleOf, type ServiceRole } from './compose/roles';
import { SERVICE_KEYS, capturedForCdc, commandWord, envValues, idleToolbox, imageHints, mentionsHost, namedHost, SETUP_SERVICE } from './compose/serviceSpec';
import { PipelineBuilder, isRecord, loadYamlMap, looksLikeJson, readWhole, str, topLevelYamlKeys, yamlEntries, yamlGet, yamlItems, yamlJs, type Position } from './structured';

/** Two services that name each other: `from` is the one named (the dependency, or the host in a value). */
interface Relation {
  readonly from: string;
  readonly to: string;
  readonly via: 'depends_on' | 'links' | 'env';
  readonly at: Position;
}

/**
 * Data edges where the roles give a direction; else a named host feeds the service that names it;
 * else (start-up order only) a control link, unless the pair already has a data edge. Says so when
 * depends_on or links were read other than as dependency → dependant data flow.
 */
function wire(b: PipelineBuilder, relations: readonly Relation[], role: (name: string) => ServiceRole | undefined, sinks: ReadonlySet<string>): void {
  const id = (name: string) => b.idOf(`s:${name}`);
  // The project's own code (a service of no known role) beside a database the stack writes to.
  const intoSink = (r: Relation): 'forward' | 'back' | undefined => {
    const [db, svc] = sinks.has(r.to) ? [r.to, r.from] : [r.from, r.to];
    const meets = sinks.has(db) && role(svc) === undefined ? meetsSink(svc) : undefined;
    if (meets === undefined) return undefined;
    return (meets === 'fills' ? svc : db) === r.from ? 'forward' : 'back';
  };
  const pair = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  const flowing = new Set<string>();
  let reversed = 0;
  let first: Relation | undefined;
  const startup: Relation[] = [];
  for (const r of relations) {
    // A host named in a value feeds the service that names it when the roles say nothing.
    const flow = flowBetween(role(r.from), role(r.to)) ?? intoSink(r) ?? (r.via === 'env' ? 'forward' : undefined);
    if (flow === 'none') {
      b.edge(id(r.from), id(r.to), { control: true, line: r.at.line });
    } else if (flow !== undefined) {
      const [from, to] = flow === 'forward' ? [r.from, r.to] : [r.to, r.from];
      if (b.edge(id(from), id(to), { line: r.at.line }) && flow === 'back' && r.via !== 'env') {
        reversed++;
        first ??= r;
      }
      flowing.add(pair(r.from, r.to));
    } else startup.push(r);
  }
  let control = 0;
  for (const r of startup) {
    if (flowing.has(pair(r.from, r.to)) || !b.edge(id(r.from), id(r.to), { control: true, line: r.at.line })) continue;
    control++;
    first ??= r;
  }
  if (first !== undefined) b.problem({ kind: 'startupOrder', reversed, control }, first.at, first.from);
}

function readCompose(b: PipelineBuilder, text: string): void {
  const read = loadYamlMap(b, text, { kind: 'composeNotMap' }, { merge: true });
  if (!read) return;
  const { y, root } = read;
  // Compose file format 1 has no `services:`: each top-level key is a service.
  const services = yamlGet(root, 'services') ?? (versionOne(text) ? { key: root, value: root } : undefined);
  if (!services) {
    b.problem({ kind: 'composeNoServices' });
    return;
  }
  if (!isMap(services.value)) {
    b.problem({ kind: 'composeServicesNotMap' }, y.posOf(services.value ?? services.key), 'services');
    return;
  }

  interface Service {
    readonly name: string;
    readonly keyNode: unknown;
    readonly node: unknown;
    readonly spec: Record<string, unknown>;
    readonly role: ServiceRole | undefined;
  }
  const list: Service[] = [];
  /** Hostnames (service key, container_name, hostname, network aliases) → service name. */
  const hosts = new Map<string, string>();
  /** A second name for a service: the first service to claim it keeps it. */
  const alias = (host: string | undefined, target: string): void => {
    if (host && !hosts.has(host.toLowerCase())) hosts.set(host.toLowerCase(), target);
  };

  for (const [name, pair] of yamlEntries(services.value)) {
    if (name === '<<') continue;
    // After a syntax error, a misindented service property (`environment:`…) can land among the services.
    if (y.warnings.length > 0 && SERVICE_KEYS.has(name)) continue;
    const js = yamlJs(pair.value, y.doc);
    const spec = isRecord(js) ? js : {};
    if (js !== null && js !== undefined && !isRecord(js)) b.problem({ kind: 'serviceNotMap', service: name }, y.posOf(pair.value, y.posOf(pair.key)), name);
    const image = str(spec.image);
    const found = roleOf(image, name);
    // A database started with logical decoding on is there to be captured: the source, as debezium/postgres is.
    const imageRole = found === 'database' && capturedForCdc(spec) ? 'source' : found;
    const build = isRecord(spec.build) ? str(spec.build.context) : str(spec.build);
    const idle = idleToolbox(name, spec) || SETUP_SERVICE.test(name);
    const hints = [
      // A database image built to be captured (debezium/postgres) is the source, not the CDC tool.
      ...(image !== undefined ? (imageRole === 'source' ? [imageHints(image).at(-1), 'source database'] : imageHints(image)) : []),
      str(spec.container_name),
      build !== undefined ? `build ${build}` : undefined,
      commandWord(spec.command),
    ];
    // A container that carries no data (idle, or only setting another up) takes no part in the flow.
    const role = idle ? undefined : imageRole ?? producerRole(name, hints);
    list.push({ name, keyNode: pair.key, node: pair.value, spec, role });
    b.component(`s:${name}`, {
      name,
      line: y.posOf(pair.key).line,
      // A container that only sleeps, unless named after a working tool, or only sets another up carries no data, whatever its image.
      ...(idle ? { explicit: 'none' as const } : {}),
      hints,
    });
    hosts.set(name.toLowerCase(), name);
    alias(str(spec.container_name), name);
    alias(str(spec.hostname), name);
    // `links: [postgres:db]` lets this service reach postgres as `db`.
    for (const l of Array.isArray(spec.links) ? spec.links : []) {
      const [target, host] = (str(l) ?? '').split(':');
      if (target) alias(host, target);
    }
    for (const net of isRecord(spec.networks) ? Object.values(spec.networks) : []) {
      for (const a of isRecord(net) && Array.isArray(net.aliases) ? net.aliases : []) alias(str(a), name);
    }
  }

  const relations: Relation[] = [];
  // `depends_on: [kafka]` on `connect` means "start kafka first": it links the two, and says nothing of
  // which way data moves. Same for links.
  const dependency = (svc: Service, dep: string, at: Position, via: 'depends_on' | 'links'): void => {
    const key = `s:${dep}`;
    if (!b.has(key)) {
      b.problem({ kind: 'unknownService', service: svc.name, via, target: dep }, at, dep);
      b.component(key, { name: dep, line: at.line });
    }
    relations.push({ from: dep, to: svc.name, via, at });
  };

  for (const svc of list) {
    const svcPos = y.posOf(svc.keyNode);
    const dependsNode = yamlGet(svc.node, 'depends_on')?.value;
    const deps = svc.spec.depends_on;
    if (Array.isArray(deps)) {
      const nodes = yamlItems(dependsNode);
      deps.forEach((d, i) => {
        const dep = str(d);
        if (dep !== undefined) dependency(svc, dep, y.posOf(nodes[i], svcPos), 'depends_on');
      });
    } else if (isRecord(deps)) {
      const keyNodes = new Map(yamlEntries(dependsNode).map(([k, p]) => [k, p.key]));
      for (const dep of Object.keys(deps)) dependency(svc, dep, y.posOf(keyNodes.get(dep), svcPos), 'depends_on');
    } else if (deps !== undefined && deps !== null) {
      b.problem({ kind: 'dependsOnShape', service: svc.name }, y.posOf(dependsNode, svcPos), 'depends_on');
    }

    if (Array.isArray(svc.spec.links)) {
      const nodes = yamlItems(yamlGet(svc.node, 'links')?.value);
      svc.spec.links.forEach((l, i) => {
        const target = str(l)?.split(':')[0];
        if (target !== undefined && target !== '') dependency(svc, target, y.posOf(nodes[i], svcPos), 'links');
      });
    }

    // Environment values naming another service's host (KAFKA_BOOTSTRAP_SERVERS: kafka:9092 on spark):
    // the named service is one this one talks to.
    const envAt = y.posOf(yamlGet(svc.node, 'environment')?.value, svcPos);
    for (const [key, value] of envValues(svc.spec.environment)) {
      for (const [host, target] of hosts) {
        if (target !== svc.name && mentionsHost(key, value, host)) relations.push({ from: target, to: svc.name, via: 'env', at: envAt });
      }
      // A host the file does not define runs elsewhere (another compose file, a managed service): it is
      // still part of the flow, named by the host and described by the setting (KAFKA_BROKER_URL: broker:9092).
      const external = namedHost(key, value);
      if (external === undefined || hosts.has(external.toLowerCase())) continue;
      if (!b.has(`s:${external}`)) b.component(`s:${external}`, { name: external, line: envAt.line, hints: [key.replace(/_+/g, ' ')] });
      relations.push({ from: external, to: svc.name, via: 'env', at: envAt });
    }
  }
  // Without a CDC service nothing reads a database's changes into the broker, so a database beside one
  // receives what the processing writes (Spark → Cassandra) and is read after it, as an OLAP store is.
  const kinds = new Set(list.map((s) => s.role));
  const sink = kinds.has('broker') && !kinds.has('cdc');
  const roles = new Map(list.map((s) => [s.name, s.role === 'database' && sink ? 'olap' : s.role]));
  wire(b, relations, (name) => roles.get(name), new Set(sink ? list.filter((s) => s.role === 'database').map((s) => s.name) : []));
  // A service nothing names still takes its place in the flow, its host set in code or a UI (a Spark
  // job's Cassandra host, Grafana's data source): a BI tool reads the OLAP stores, which the processing fills.
  const tied = new Set(relations.flatMap((r) => [r.from, r.to]));
  const fedBy = new Map<ServiceRole | undefined, ServiceRole>([['bi', 'olap'], ['olap', 'processing']]);
  for (const s of list.filter((t) => !tied.has(t.name) && fedBy.has(roles.get(t.name)))) {
    for (const f of list.filter((t) => roles.get(t.name) === fedBy.get(roles.get(s.name)))) b.edge(b.idOf(`s:${f.name}`), b.idOf(`s:${s.name}`), { line: y.posOf(s.keyNode).line });
  }
}

/**
 * Compose file format 1: no `services:`, and every top-level key a service whose own keys hold
 * `image: <name>` or `build:` (a Helm values file nests its image; a CI job has a script).
 */
function versionOne(text: string): boolean {
  const blocks = text.split(/^(?=[\w.-]+:[ \t]*(?:#.*)?$)/m).filter((block) => /^[\w.-]+:/.test(block));
  return blocks.length >= 2 && blocks.every((block) => {
    const indent = /^([ \t]+)[^\s#]/m.exec(block)?.[1] ?? '';
    return new RegExp(`^${indent}(?:image[ \\t]*:[ \\t]*[^\\s#]|build[ \\t]*:)`, 'm').test(block) && !/^[ \t]+script[ \t]*:/m.test(block);
  });
}

function detectCompose(text: string): number {
  const head = text.slice(0, 20_000);
  if (looksLikeJson(head)) return /"services"\s*:/.test(head) && /"(?:image|build)"\s*:/.test(head) ? 0.85 : 0;
  if (!topLevelYamlKeys(head).has('services')) return versionOne(head) ? 0.85 : 0;
  return /^[ \t]+(?:image|build)[ \t]*:/m.test(head) ? 0.9 : 0.5;
}

export const composeParser: FormatParser = {
  id: 'compose',
  label: 'docker-compose',
  example: [
    'services:',
    '  kafka:',
    '    image: bitnami/kafka:3.7',
    '  spark:',
    '    image: bitnami/spark:3.5',
    '    depends_on: [kafka]',
    '    environment:',
    '      KAFKA_BOOTSTRAP_SERVERS: kafka:9092',
  ].join('\n'),
  detect: detectCompose,
  parse: readWhole('compose file', readCompose),
};
