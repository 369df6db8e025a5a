/** Reading one compose service: its image, command and environment, and which hosts it names. */
import { isRecord, str } from '../structured';

/** Environment keys whose whole value may be a bare hostname (`DB_HOST: postgres`). */
const HOST_KEY = /HOST|SERVER|BROKER|ADDR|ENDPOINT|URL|URI|BOOTSTRAP|ZOOKEEPER|CONNECT/i;

/** Service-level compose keys: never service names in a well-formed file. */
export const SERVICE_KEYS = new Set([
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

export function envValues(env: unknown): [string, string][] {
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
export function mentionsHost(key: string, value: string, host: string): boolean {
  const h = escapeRegex(host);
  if (new RegExp(`(?:^|[\\s,;=("'@/])${h}:\\d{1,5}(?![\\w.-])`, 'i').test(value)) return true;
  if (new RegExp(`://(?:[^@/\\s]*@)?${h}(?=$|[:/?#,;\\s])`, 'i').test(value)) return true;
  return value.trim().toLowerCase() === host.toLowerCase() && HOST_KEY.test(key);
}

/**
 * Whether the service's command only waits (`sleep infinity`, `tail -f /dev/null`): the container runs
 * no service of its own; it is a toolbox someone opens a shell in (a broker's command-line tools, say).
 */
export function idles(spec: Readonly<Record<string, unknown>>): boolean {
  const parts = [spec.command, spec.entrypoint].flatMap((v) => (Array.isArray(v) ? v.map(str) : [str(v)]));
  const text = parts.filter((p): p is string => p !== undefined).join(' ');
  return /(?:^|[\s;&|"'])(?:sleep\s+inf(?:inity)?\b|tail\s+-f\s+\/dev\/null)/.test(text);
}
