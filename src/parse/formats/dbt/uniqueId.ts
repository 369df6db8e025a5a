/**
 * What a dbt unique id says on its own, for manifests trimmed to parent_map / child_map (whole
 * manifests run to tens of MB, so people paste the maps): `model.pkg.stg_orders`,
 * `source.pkg.raw.orders`, `seed.…`, `snapshot.…`, `exposure.…`, `metric.…`; tests, analyses and
 * operations are not components.
 */
import { FLOW_TYPES, LAYER_PREFIXES, dbtHint } from '../../lexicon/dbt';

export interface UniqueId {
  readonly type: string;
  readonly name: string;
  readonly hints: readonly string[];
}

/** The layer a model name's prefix marks, if any: `stg_orders` → staging. */
export function layerOf(name: string): string | undefined {
  const first = name.toLowerCase().split(/[_\-.]/)[0] ?? '';
  return LAYER_PREFIXES.find((p) => p.prefix === first)?.layer;
}

/** A flow component's type, display name and hints from its unique id; undefined for tests and other non-flow ids. */
export function readUniqueId(uid: string): UniqueId | undefined {
  const parts = uid.split('.');
  const type = parts[0] ?? '';
  if (!FLOW_TYPES.has(type) || parts.length < 3) return undefined;
  const rest = parts.slice(2);
  if (type === 'source') {
    // source.<package>.<source_name>.<table>: named like the full manifest's sources.
    return { type, name: rest.join('.'), hints: [dbtHint('source')] };
  }
  // A versioned model ends in .v2: the version is not part of the name.
  const last = rest[rest.length - 1] ?? '';
  const versioned = rest.length > 1 && /^v\d+$/i.test(last);
  const name = (versioned ? rest.slice(0, -1) : rest).join('.');
  const layer = type === 'model' ? layerOf(name) : undefined;
  return { type, name, hints: [dbtHint(type), ...(layer !== undefined ? [layer] : []), ...(versioned ? [last] : [])] };
}
