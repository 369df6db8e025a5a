/**
 * Rule 2: a known product or role noun names what the component is. For work, only products that do
 * work count (a task named after the bucket it fills is not the bucket); for data at rest, only
 * products that are not where it rests (a dataset in Kafka is a topic; one in S3 is placed by its layer).
 */
import { isStage } from '../../../domain/stages';
import { type Decision, decide } from '../decide';
import type { Evidence, Verdict } from '../verdict';
import type { Facts } from './facts';
import { layerRule } from './layer';
import { verbRule } from './verb';

/** Products a task can be: stages of work, the orchestrator, or none (a quality check). Destinations are not. */
const doesWork = (e: Evidence): boolean =>
  (e.kind === 'tool' || e.kind === 'multi') && e.placement !== 'generate' && e.placement !== 'store' && e.entry?.whenFed === undefined;

/** An undotted OpenLineage job in an orchestrator's namespace that names no work is its DAG (tasks are `dag.task`). */
function isDagName(f: Facts): boolean {
  return (
    f.marker === 'job' &&
    !f.name.includes('.') &&
    f.named.some((e) => e.from === 'hint' && e.placement === 'orchestrate') &&
    !f.named.some((e) => e.from === 'name' && e.word === 'verb')
  );
}

/** The rule that decided, from the kind of word that did: a verb or layer weighed among the name's words is still that rule. */
const ruleOf = (d: Decision): Verdict['rule'] => (d.by.word === 'verb' ? 'verb' : d.by.word === 'layer' ? 'layer' : 'named');

/** A decision as a verdict of this rule; the evidence that decided stays internal. */
const verdict = ({ by: _by, ...d }: Decision, rule: Verdict['rule']): Verdict => ({ ...d, rule, fixed: false });

export function namedRule(f: Facts): Verdict | undefined {
  if (f.nature === 'work') {
    const dag: Verdict = { placement: 'orchestrate', confidence: 0.85, uncertain: false, reason: 'an OpenLineage job that is a DAG: the orchestrator', rule: 'named', fixed: false };
    if (f.isDag) return dag;
    // What runs a task (the 'airflow-prod' namespace) is not what the task is.
    const ev = f.named.filter((e) => doesWork(e) && !(e.from === 'hint' && e.placement === 'orchestrate' && f.marker === 'job'));
    const d = decide(ev);
    // A product with several roles (SQL run in a database) does what the task's verb or layer says:
    // load_raw → ingest, orders_mart → model.
    const verb = d?.by.kind === 'multi' ? verbRule(f) : undefined;
    const refined = verb && !verb.uncertain ? verb : d?.by.kind === 'multi' ? layerRule(f) : undefined;
    if (d && refined) return { ...refined, confidence: Math.max(refined.confidence, 0.8), uncertain: false, reason: `${refined.reason}, in "${d.by.label}"` };
    if (d) return verdict(d, 'named');
    return isDagName(f) ? dag : undefined;
  }
  if (f.nature === 'data') {
    const ev = f.named.filter((e) => e.kind === 'tool' && isStage(e.placement) && e.placement !== 'store');
    const d = decide(ev, true);
    return d ? verdict(d, 'named') : undefined;
  }
  // A thing in a diagram or a list: its words weighed together (product > role or layer word >
  // multi-role product > verb or noun), so "Snowflake marts" is model and "Kafka raw topic" ingest.
  const d = decide(f.named.filter((e) => e.word !== 'generic'));
  return d ? verdict(d, ruleOf(d)) : undefined;
}

/** After the section: words that only hint ("events", "source", "consumer") place what nothing else did. */
export function genericRule(f: Facts): Verdict | undefined {
  if (f.nature !== 'thing') return undefined;
  const d = decide(f.named);
  return d ? verdict(d, 'named') : undefined;
}
