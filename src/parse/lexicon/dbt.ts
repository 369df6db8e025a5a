/** dbt's own vocabulary, kept as data a reviewer reads in `dbt-resources.json` and checked once at load. */
import * as z from 'zod/mini';
import { PLACEMENTS, type Placement } from '../types';
import data from './dbt-resources.json';

const DBT = z
  .strictObject({
    note: z.string(),
    types: z.array(z.strictObject({ type: z.string(), placing: z.enum([...PLACEMENTS, 'by-layer']), reason: z.string() })),
    prefixes: z.array(z.strictObject({ prefix: z.string(), layer: z.string(), example: z.string() })),
  })
  .parse(data);

/** dbt resource types (`model`, `source`, `exposure`…) and how each places a component: by-layer for a model. */
export const DBT_TYPES: ReadonlyMap<string, { readonly placing: Placement | 'by-layer'; readonly reason: string }> = new Map(DBT.types.map((t) => [t.type, t]));

/** How the dbt readers mark a resource type among a component's hints; the declared rule reads only this form. */
export const dbtHint = (type: string): string => `dbt ${type}`;

/** Resource types that are part of the data flow (not tests or analyses), as they begin a unique id. */
export const FLOW_TYPES: ReadonlySet<string> = new Set(DBT.types.filter((t) => t.placing !== 'none').map((t) => t.type));

/** dbt's naming convention for model layers, as prefixes of the model name (`stg_orders` is staging). */
export const LAYER_PREFIXES: readonly { readonly prefix: string; readonly layer: string; readonly example: string }[] = DBT.prefixes;
