/**
 * "Redpanda Broker provides streaming … Redpanda offers a single binary": a page names a component in
 * full once and by its product alone after that. The product alone meets the one earlier name that
 * starts with it; when two do ("Kafka cluster A", "Kafka cluster B"), it stays its own.
 */
import { catalogName } from '../../classify/classify';
import { isProduct, scan, tokenize } from '../../classify/tokens';

/** The product a longer name starts with ("Apache Flink Stream ETL" → flink), by its catalog spelling. */
function leadingProduct(name: string): string | undefined {
  const tokens = tokenize(name);
  const first = scan(tokens)[0];
  if (!first || first.start !== 0 || first.end >= tokens.length || !isProduct(first)) return undefined;
  return catalogName(first.label);
}

/** Wraps a key function so a product named alone meets the one longer name that started with it. */
export function withShortNames(keyOf: (name: string) => string, has: (key: string) => boolean): (name: string) => string {
  const longer = new Map<string, string | null>();
  return (name) => {
    const key = keyOf(name);
    const lead = leadingProduct(name);
    if (lead !== undefined && lead !== key) {
      const was = longer.get(lead);
      longer.set(lead, was === undefined || was === key ? key : null);
      return key;
    }
    const full = longer.get(key);
    return full && !has(key) ? full : key;
  };
}
