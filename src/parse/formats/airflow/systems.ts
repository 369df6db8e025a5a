/**
 * The systems holding data that a task names in its id (`load_to_redshift`), a connection or else its
 * operator class: a DAG draws only tasks, yet these are where its data rests. Read after "from" or
 * before "to", written after "to", else written by a loading task (docs/classification.md).
 */
import { scan, tokenize } from '../../classify/tokens';

type System = { name: string; writes: boolean };

export function taskSystems(taskId: string, hints: readonly (string | undefined)[]): System[] {
  const own = tokenize(taskId);
  const loads = scan(own).some((h) => h.word === 'verb' && h.placement === 'ingest');
  const named = (texts: readonly (string | undefined)[]): Map<string, System> => {
    const out = new Map<string, System>();
    for (const words of texts.map((t) => tokenize(t ?? ''))) {
      for (const h of scan(words)) {
        if ((h.kind !== 'tool' && h.kind !== 'multi') || h.word === 'file-format' || (h.placement !== 'store' && h.entry?.whenFed !== 'store')) continue;
        // One system per lexicon entry (bq is BigQuery); a task named after the system alone is its own component.
        const key = (h.entry?.names[0] ?? h.label).replace(/\s+/g, '');
        const writes = words[h.start - 1] === 'to' || (words[h.start - 1] !== 'from' && words[h.end] !== 'to' && loads);
        if (!out.has(key) && own.join('') !== key) out.set(key, { name: spelled(key, [taskId, ...hints]), writes });
      }
    }
    return out;
  };
  const isClass = (h: string | undefined): boolean => /(?:Operator|Sensor|Hook)$/.test(h ?? '');
  const stated = named(hints.filter((h) => !isClass(h)));
  return [...new Map([...named([taskId]), ...(stated.size > 0 ? stated : named(hints.filter(isClass)))]).values()];
}

/** As written in mixed case (`BigQuery` in `GCSToBigQueryOperator`), or an acronym's capitals (`GCS`); a constant's `BIGQUERY` is not a name. */
function spelled(word: string, texts: readonly (string | undefined)[]): string {
  const found = texts.map((t) => (t ?? '').replace(/[\s_-]/g, '')).map((f) => f.slice(f.toLowerCase().indexOf(word)).slice(0, word.length));
  const ok = (w: string): boolean => w.toLowerCase() === word && /[A-Z]/.test(w) && (/[a-z]/.test(w) || w.length <= 4);
  return found.find(ok) ?? (word.length <= 3 ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1));
}
