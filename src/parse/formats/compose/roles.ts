/**
 * What a compose service does with data, read from its image, and the order data moves between
 * those roles. `depends_on` only says which container starts first (a sink connector waits for the
 * broker it reads, a CDC connector for the database it reads and the broker it writes), so the
 * direction of flow comes from here, not from it.
 */
import * as z from 'zod/mini';
import { classify } from '../../classify/classify';
import serviceImages from '../../lexicon/service-images.json';

/** Roles in the order data flows through them: an earlier role feeds a later one. */
export const ROLE_ORDER = ['source', 'cdc', 'broker', 'sink', 'store', 'processing', 'olap', 'bi'] as const;
export type RankedRole = (typeof ROLE_ORDER)[number];
/**
 * A plain database can be a source or a destination: only some pairings say which. A coordination
 * service (ZooKeeper) is talked to by the broker, but no data passes through it.
 */
export type ServiceRole = RankedRole | 'database' | 'coordination';

/** Image → role, kept as data a reviewer reads (`service-images.json`) and checked once at load. */
export const SERVICE_ROLES = z
  .strictObject({ note: z.string(), roles: z.array(z.strictObject({ role: z.enum([...ROLE_ORDER, 'database', 'coordination']), images: z.array(z.string()), example: z.string() })) })
  .parse(serviceImages).roles;

/**
 * A service the file builds itself, whose own words say it makes the data (`generator`,
 * `producer`, `event-simulator`): it writes to the broker it names, rather than reading from it as
 * a service that names a host usually does.
 */
export function producerRole(name: string, hints: readonly (string | undefined)[]): ServiceRole | undefined {
  const words = hints.filter((h): h is string => h !== undefined);
  return classify({ id: 's', name, hints: words }).placement === 'generate' ? 'source' : undefined;
}

/**
 * How a service of the project's own meets a database its stack writes to, by what its name says it
 * does: an API or a dashboard reads it, work that moves or transforms data fills it, anything else
 * (a scheduler, an app, a tool, a name that says nothing) neither.
 */
export function meetsSink(name: string): 'reads' | 'fills' | undefined {
  const placement = classify({ id: 's', name, hints: [] }).placement;
  return placement === 'serve' ? 'reads' : ['ingest', 'process', 'model'].includes(placement) ? 'fills' : undefined;
}

/** A database feeds these roles whatever else it does (a CDC connector or a dashboard reads it). */
const DATABASE_FEEDS: ReadonlySet<ServiceRole> = new Set(['cdc', 'bi']);

const byImage = new Map<string, ServiceRole>(SERVICE_ROLES.flatMap((rule) => rule.images.map((image) => [image, rule.role] as const)));

/** The role of a service from its image (`quay.io/debezium/connect:2.7` → cdc), else from its name. */
export function roleOf(written: string | undefined, serviceName: string): ServiceRole | undefined {
  // `${GRAFANA_IMAGE}`: an image set from the environment names nothing here; the service name does.
  const image = written !== undefined && /^\$\{?\w+(?::?-[^}]*)?\}?$/.test(written.trim()) ? undefined : written;
  if (image !== undefined) {
    const path = (image.split('@')[0] ?? image).split(':')[0]?.toLowerCase() ?? '';
    const parts = path.split('/');
    // Registry host first, when there is one: docker.io/…, quay.io/…, mcr.microsoft.com/….
    if (parts.length > 2 || (parts.length === 2 && /[.:]|^localhost$/.test(parts[0] ?? ''))) parts.shift();
    const repo = parts.join('/');
    const found = byImage.get(repo) ?? byImage.get(parts[parts.length - 1] ?? '');
    if (found !== undefined) return found;
  }
  // An image of the project's own (`cluster-apache-spark`) says nothing; the service's name may, and
  // a service the file builds is named for what it runs first (`spark-streaming` runs Spark).
  const name = serviceName.toLowerCase();
  return byImage.get(name) ?? (written === undefined ? byImage.get(name.split(/[-_]/)[0] ?? '') : undefined);
}

/** Which way data flows between two services with these roles, 'none' when it flows neither way, undefined when the roles do not say. */
export function flowBetween(a: ServiceRole | undefined, b: ServiceRole | undefined): 'forward' | 'back' | 'none' | undefined {
  if (a === 'coordination' || b === 'coordination') return 'none';
  if (a === undefined || b === undefined || a === b) return undefined;
  if (a === 'database') return DATABASE_FEEDS.has(b) ? 'forward' : undefined;
  if (b === 'database') return DATABASE_FEEDS.has(a) ? 'back' : undefined;
  return ROLE_ORDER.indexOf(a) < ROLE_ORDER.indexOf(b) ? 'forward' : 'back';
}
