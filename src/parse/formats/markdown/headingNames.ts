/** What a heading or a line of its own names: a product past its step number, or a stage label with its tool in brackets. */
import { placementOfName, spelledAsCatalog } from '../../classify/classify';
import { squash } from '../text';
import { namesLayer, sectionLabel } from '../../lexicon/words';
import { ABOUT_HEADING, isKnownProduct, itemLabel } from './lexicon';
import { plainLine } from './lines';
import { STEP_NUMBER, TRAILING_BRACKETS } from './phrases';
import { knownNoun, namesProduct } from './names';
import type { Node, Seg } from './types';
import type { Placement } from '../../types';

/**
 * The component a heading names: one product as the catalog spells it ("### 1. Postgres"), or a
 * product with a role noun after it ("### Hudi Lakehouse").
 */
export function headingProduct(plain: string): string | undefined {
  // "### 1.3 Spark Structured Streaming (Consumer)": what the brackets add describes the product.
  const name = plain.replace(STEP_NUMBER, '').replace(/:$/, '').replace(TRAILING_BRACKETS, '');
  if (isKnownProduct(name) && spelledAsCatalog(name)) return name;
  const [head, noun, ...more] = name.split(' ');
  if (!head || !noun || more.length > 0 || !isKnownProduct(head) || !spelledAsCatalog(head) || !knownNoun(noun)) return undefined;
  // The noun names the product's own role (Hudi, a table format, as the lakehouse), not a second product.
  return placementOfName(head) === placementOfName(noun) ? name : undefined;
}

/**
 * "Ingestion (Airbyte)", "## Warehouse (Snowflake, BigQuery)": a stage label with its tools in
 * brackets, on a line of its own, reads as the bold label `**Ingestion (Airbyte)**` does.
 */
export function labelledTools(s: Seg): Node | undefined {
  const text = squash(plainLine(s.text).replace(/[*_`]/g, ' '));
  const m = /^([^()]{1,40}?)\s*\(([^()]+)\)\s*:?$/.exec(text);
  if (!m?.[1] || !m[2] || !itemLabel(m[1]) || !namesProduct(m[2])) return undefined;
  const label = text.replace(/:$/, '');
  return { kind: 'item', indent: 0, ordered: false, segs: [{ ...s, text: label }], children: [], line: s.line, bold: { label, rest: '', restAt: label.length, separated: true } };
}

/** A label that names a stage only as a data layer (`Bronze Layer`, `Raw`, `Marts`), not a stage of work. */
export function layerLabel(text: string): boolean {
  return layerStage(text) !== undefined;
}

/** The stage of the layer a label names, if it names one. */
export function layerStage(text: string): Placement | undefined {
  // "Raw (Bronze)", "Mart Layer (fct_orders.sql)": the layer is named outside the brackets or in them.
  const t = text.trim();
  const bracketed = TRAILING_BRACKETS.exec(t);
  if (bracketed?.[1] && bracketed.index > 0) return layerStage(t.slice(0, bracketed.index)) ?? layerStage(bracketed[1]);
  // "Features" heads what the project offers, not the feature tables.
  if (ABOUT_HEADING.test(squash(text.replace(/[^\p{L}\p{N}\s'-]/gu, ' ')))) return undefined;
  return namesLayer(text) ? sectionLabel(text, true) : undefined;
}
