/** Reading one compose service: its image, command and environment, and which hosts it names. */
import { matchText } from '../../classify/evidence';
import { isProduct } from '../../classify/tokens';
import { isRecord, str } from '../structured';
import { escapeRegExp } from '../text';

/** Environment keys whose whole value may be a bare hostname (`DB_HOST: postgres`). */
const HOST_KEY = /HOST|SERVER|BROKER|ADDR|ENDPOINT|URL|URI|BOOTSTRAP|ZOOKEEPER|CONNECT/i;

/** Service-level compose keys: never service names in a well-formed file. */
export const SERVICE_KEYS = new Set([
  'image', 'build', 'command', 'entrypoint', 'environment', 'env_file', 'depends_on', 'links', 'ports', 'expose',
  'volumes', 'networks', 'container_name', 'hostname', 'restart', 'healthcheck', 'labels', 'deploy', 'profiles',
  'user', 'working_dir', 'extra_hosts', 'logging', 'ulimits', 'secrets', 'configs',
]);

function basename(path: string): string {
  return path.split('/').filter((p) => p !== '').at(-1) ?? path;
}

export function imageHints(image: string): string[] {
  // 'docker.io/bitnami/spark:3.5@sha256:…' → 'bitnami/spark:3.5' and the bare repository name 'spark'.
  // The registry host names who hosts the image, not what it is (docker.redpanda.com/redpandadata/console).
  const parts = (image.split('@')[0] ?? image).split('/');
  const host = parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '') ? parts.shift() : undefined;
  const noDigest = host !== undefined ? parts.join('/') : (image.split('@')[0] ?? image);
  const repo = basename(noDigest).split(':')[0] ?? '';
  return repo !== '' && repo !== noDigest ? [noDigest, repo] : [noDigest];
}

export function commandWord(command: unknown): string | undefined {
  const first = Array.isArray(command) ? str(command[0]) : str(command)?.split(/\s+/)[0];
  if (first === undefined) return undefined;
  return basename(first.replace(/^["']|["']$/g, ''));
}

/** Logical decoding on (`wal_level=logical`) or a row binlog: the database is set up for CDC to read. */
export function capturedForCdc(spec: Record<string, unknown>): boolean {
  return /wal_level\W+logical|binlog[_-]format\W+row|--log-bin\b/i.test(JSON.stringify([spec.command, spec.entrypoint, spec.environment]));
}

/** An environment's settings as key and value, written as a list of `KEY=value` or as a map. */
export function envValues(env: unknown): [string, string][] {
  const pair = (key: string | undefined, value: string | undefined): [string, string][] => (key !== undefined && value !== undefined ? [[key, value]] : []);
  if (isRecord(env)) return Object.entries(env).flatMap(([k, v]) => pair(k, str(v)));
  // `KEY=value`: a key of one character or more, the value all after the first `=`.
  return (Array.isArray(env) ? env : []).flatMap((item) => {
    const m = /^([^=]+)=(.*)$/s.exec(str(item) ?? '');
    return pair(m?.[1], m?.[2]);
  });
}

/** True when `value` uses `host` as a hostname: `host:9092`, `scheme://[user@]host…`, or a bare host in a *_HOST-like key. */
export function mentionsHost(key: string, value: string, host: string): boolean {
  const h = escapeRegExp(host);
  if (new RegExp(`(?:^|[\\s,;=("'@/])${h}:\\d{1,5}(?![\\w.-])`, 'i').test(value)) return true;
  if (new RegExp(`://(?:[^@/\\s]*@)?${h}(?=$|[:/?#,;\\s])`, 'i').test(value)) return true;
  return value.trim().toLowerCase() === host.toLowerCase() && HOST_KEY.test(key);
}

/**
 * The host a setting names when it is a bare container name (`KAFKA_BROKER_URL: broker:9092`,
 * `postgresql://u:p@warehouse/db`): not localhost, not an address, not a dotted internet host, not a variable.
 */
export function namedHost(key: string, value: string): string | undefined {
  if (!HOST_KEY.test(key) || value.includes('${')) return undefined;
  const m = /^(?:[a-z][\w+.-]*:\/\/(?:[^@/\s]*@)?)?([a-z][a-z0-9_-]*)(?::\d{1,5})?(?:[/?#,;\s]|$)/i.exec(value.trim());
  const host = m?.[1];
  if (host === undefined || /^(?:localhost|host-gateway|true|false|none|null)$/i.test(host)) return undefined;
  // A bare word without a port or scheme is a host only under a key whose last word names one:
  // KAFKA_HOST, BOOTSTRAP_SERVERS, but not POSTGRES_HOST_AUTH_METHOD: trust or *_LISTENER_NAME: INTERNAL.
  return /[:/]/.test(value) || /(?:HOST|HOST_?NAME|SERVERS?|BROKERS?)$/i.test(key) ? host : undefined;
}

/**
 * Whether the service's command only waits (`sleep infinity`, `tail -f /dev/null`): the container runs
 * no service of its own; it is a toolbox someone opens a shell in (a broker's command-line tools, say).
 */
export function idles(spec: Readonly<Record<string, unknown>>): boolean {
  const parts = [spec.command, spec.entrypoint].flatMap((v) => (Array.isArray(v) ? v.map(str) : [str(v)]));
  const text = parts.filter((p): p is string => p !== undefined).join(' ');
  // `minio server /data & … tail -f /dev/null`: a server started in the background is what it runs; the wait only keeps it up.
  if (/\S\s*&(?!&)\s/.test(text.split(/tail\s+-f|sleep\s+inf/)[0] ?? '')) return false;
  return /(?:^|[\s;&|"'])(?:sleep\s+inf(?:inity)?\b|tail\s+-f\s+\/dev\/null)/.test(text);
}

/** A service named for setting another up (`kafka-init`, `minio_setup`, `createbuckets`) runs once, and one named for its command line (`airflow-cli`, `ksqldb-cli`) is a shell to it: neither carries data. */
export const SETUP_SERVICE = /(?:^|[-_])(?:init|initiali[sz]er|setup|bootstrap|cli)$|^(?:init|setup)[-_]|^create[-_]?buckets?$/i;

/** Stages whose tools do work on demand: a container kept idle for them is where they are run. */
const WORK_STAGES: ReadonlySet<string> = new Set(['ingest', 'process', 'model']);

/**
 * An idle container is a toolbox, unless the service is named after a tool that does work: a `dbt`
 * or `spark-client` container kept idle is where the scheduler runs that tool (`docker exec dbt …`).
 * An `rpk-shell` on a broker's image is still a shell.
 */
export function idleToolbox(name: string, spec: Readonly<Record<string, unknown>>): boolean {
  if (!idles(spec)) return false;
  return !matchText(name, false).head.some((h) => isProduct(h) && WORK_STAGES.has(h.placement));
}
