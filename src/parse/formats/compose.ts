/**
 * docker-compose files: each service is a component; `depends_on`, `links` and environment values that
 * point at another service's hostname become edges. Top-level volumes, networks, configs and secrets are ignored.
 */
import { isMap } from 'yaml';
import type { FormatParser, RawPipeline } from '../types';
import {
  PipelineBuilder,
  failed,
  isRecord,
  loadYaml,
  looksLikeJson,
  str,
  topLevelYamlKeys,
  yamlEntries,
  yamlGet,
  yamlItems,
  yamlJs,
  type Position,
} from './structured';

/** Environment keys whose whole value may be a bare hostname (`DB_HOST: postgres`). */
const HOST_KEY = /HOST|SERVER|BROKER|ADDR|ENDPOINT|URL|URI|BOOTSTRAP|ZOOKEEPER|CONNECT/i;

/** Service-level compose keys: never service names in a well-formed file. */
const SERVICE_KEYS = new Set([
  'image', 'build', 'command', 'entrypoint', 'environment', 'env_file', 'depends_on', 'links', 'ports', 'expose',
  'volumes', 'networks', 'container_name', 'hostname', 'restart', 'healthcheck', 'labels', 'deploy', 'profiles',
  'user', 'working_dir', 'extra_hosts', 'logging', 'ulimits', 'secrets', 'configs',
]);

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function basename(path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}

function imageHints(image: string): string[] {
  // 'docker.io/bitnami/spark:3.5@sha256:…' → 'bitnami/spark:3.5' and the bare repository name 'spark'.
  // The registry host names who hosts the image, not what it is (docker.redpanda.com/redpandadata/console).
  const parts = (image.split('@')[0] ?? image).split('/');
  const host = parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '') ? parts.shift() : undefined;
  const noDigest = host !== undefined ? parts.join('/') : (image.split('@')[0] ?? image);
  const repo = basename(noDigest).split(':')[0] ?? '';
  return repo !== '' && repo !== noDigest ? [noDigest, repo] : [noDigest];
}

function commandWord(command: unknown): string | undefined {
  const first = Array.isArray(command) ? str(command[0]) : str(command)?.split(/\s+/)[0];
  if (first === undefined) return undefined;
  return basename(first.replace(/^["']|["']$/g, ''));
}

function envValues(env: unknown): [string, string][] {
  if (Array.isArray(env)) {
    const out: [string, string][] = [];
    for (const item of env) {
      const s = str(item);
      if (s === undefined) continue;
      const eq = s.indexOf('=');
      if (eq > 0) out.push([s.slice(0, eq), s.slice(eq + 1)]);
    }
    return out;
  }
  if (isRecord(env)) {
    return Object.entries(env).flatMap(([k, v]): [string, string][] => {
      const s = str(v);
      return s === undefined ? [] : [[k, s]];
    });
  }
  return [];
}

/** True when `value` uses `host` as a hostname: `host:9092`, `scheme://[user@]host…`, or a bare host in a *_HOST-like key. */
function mentionsHost(key: string, value: string, host: string): boolean {
  const h = escapeRegex(host);
  if (new RegExp(`(?:^|[\\s,;=("'@/])${h}:\\d{1,5}(?![\\w.-])`, 'i').test(value)) return true;
  if (new RegExp(`://(?:[^@/\\s]*@)?${h}(?=$|[:/?#,;\\s])`, 'i').test(value)) return true;
  return value.trim().toLowerCase() === host.toLowerCase() && HOST_KEY.test(key);
}

function parseCompose(text: string): RawPipeline {
  const b = new PipelineBuilder();
  if (text.trim() === '') return b.build();
  const y = loadYaml(text, { merge: true });
  b.warnAll(y.warnings);
  const pos = (node: unknown, fallback: Position = { line: 1, column: 1 }): Position => y.posOf(node) ?? fallback;
  const root = y.doc.contents;
  if (!isMap(root)) {
    b.warn({ ...pos(root), message: 'Expected a compose file with a top-level `services:` map' });
    return b.build();
  }
  const services = yamlGet(root, 'services');
  if (!services) {
    b.warn({ line: 1, column: 1, message: 'No top-level `services:` found' });
    return b.build();
  }
  if (!isMap(services.value)) {
    b.warn({ ...pos(services.value ?? services.key), message: '`services` should be a map of service names', found: 'services' });
    return b.build();
  }

  interface Service {
    readonly name: string;
    readonly keyNode: unknown;
    readonly node: unknown;
    readonly spec: Record<string, unknown>;
  }
  const list: Service[] = [];
  /** Hostnames (service key, container_name, hostname, network aliases) → service name. */
  const hosts = new Map<string, string>();

  for (const [name, pair] of yamlEntries(services.value)) {
    if (name === '<<') continue;
    // After a syntax error, a misindented service property (`environment:`…) can land among the services.
    if (y.warnings.length > 0 && SERVICE_KEYS.has(name)) continue;
    const js = yamlJs(pair.value, y.doc);
    const spec = isRecord(js) ? js : {};
    if (js !== null && js !== undefined && !isRecord(js)) {
      b.warn({ ...pos(pair.value, pos(pair.key)), message: `Service "${name}" should be a map`, found: name });
    }
    list.push({ name, keyNode: pair.key, node: pair.value, spec });
    const image = str(spec.image);
    const build = isRecord(spec.build) ? str(spec.build.context) : str(spec.build);
    b.component(`s:${name}`, {
      name,
      line: pos(pair.key).line,
      hints: [
        ...(image !== undefined ? imageHints(image) : []),
        str(spec.container_name),
        build !== undefined ? `build ${build}` : undefined,
        commandWord(spec.command),
      ],
    });
    hosts.set(name.toLowerCase(), name);
    for (const alias of [str(spec.container_name), str(spec.hostname)]) {
      if (alias !== undefined && !hosts.has(alias.toLowerCase())) hosts.set(alias.toLowerCase(), name);
    }
    if (isRecord(spec.networks)) {
      for (const net of Object.values(spec.networks)) {
        if (!isRecord(net) || !Array.isArray(net.aliases)) continue;
        for (const a of net.aliases) {
          const alias = str(a);
          if (alias !== undefined && !hosts.has(alias.toLowerCase())) hosts.set(alias.toLowerCase(), name);
        }
      }
    }
  }

  // Compose's `depends_on: [kafka]` on `connect` means "start kafka first". For data flow the dependency is
  // usually upstream, so the edge goes dependency → dependant (kafka → connect). Same for links.
  const dependency = (svc: Service, dep: string, at: Position, via: string): void => {
    const key = `s:${dep}`;
    if (!b.has(key)) {
      b.warn({ ...at, message: `Service "${svc.name}" ${via} "${dep}", which is not a service in this file; added`, found: dep });
      b.component(key, { name: dep, line: at.line });
    }
    b.edge(b.idOf(key), b.idOf(`s:${svc.name}`), { line: at.line });
  };

  for (const svc of list) {
    const svcPos = pos(svc.keyNode);
    const dependsNode = yamlGet(svc.node, 'depends_on')?.value;
    const deps = svc.spec.depends_on;
    if (Array.isArray(deps)) {
      const nodes = yamlItems(dependsNode);
      deps.forEach((d, i) => {
        const dep = str(d);
        if (dep !== undefined) dependency(svc, dep, pos(nodes[i], svcPos), 'depends on');
      });
    } else if (isRecord(deps)) {
      const keyNodes = new Map(yamlEntries(dependsNode).map(([k, p]) => [k, p.key]));
      for (const dep of Object.keys(deps)) dependency(svc, dep, pos(keyNodes.get(dep), svcPos), 'depends on');
    } else if (deps !== undefined && deps !== null) {
      b.warn({ ...pos(dependsNode, svcPos), message: `depends_on of "${svc.name}" should be a list or a map`, found: 'depends_on' });
    }

    if (Array.isArray(svc.spec.links)) {
      const nodes = yamlItems(yamlGet(svc.node, 'links')?.value);
      svc.spec.links.forEach((l, i) => {
        const target = str(l)?.split(':')[0];
        if (target !== undefined && target !== '') dependency(svc, target, pos(nodes[i], svcPos), 'links to');
      });
    }

    // Environment values naming another service's host (KAFKA_BOOTSTRAP_SERVERS: kafka:9092 on spark):
    // the named service feeds this one (kafka → spark).
    const envNode = yamlGet(svc.node, 'environment')?.value;
    const envLine = pos(envNode, svcPos).line;
    for (const [key, value] of envValues(svc.spec.environment)) {
      for (const [host, target] of hosts) {
        if (target === svc.name) continue;
        if (mentionsHost(key, value, host)) b.edge(b.idOf(`s:${target}`), b.idOf(`s:${svc.name}`), { line: envLine });
      }
    }
  }
  return b.build();
}

function detectCompose(text: string): number {
  const head = text.slice(0, 20_000);
  if (looksLikeJson(head)) {
    return /"services"\s*:/.test(head) && /"(?:image|build)"\s*:/.test(head) ? 0.85 : 0;
  }
  const keys = topLevelYamlKeys(head);
  if (!keys.has('services')) return 0;
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
  parse(text: string): RawPipeline {
    try {
      return parseCompose(text);
    } catch (e) {
      return failed(`Could not read the compose file: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
};
