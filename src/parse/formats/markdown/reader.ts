/** The flow of a page: how sections, items and prose join, and which way data moves between mentions. */
import type { Placement } from '../../types';
import { besideTheFlow, catalogStrength, placementOfName } from '../../classify/classify';
import { ARRIVES_TAIL, CARRIES_TAIL, CONDUIT_GAP, DESTINATION_GAP, INSTRUMENT_GAP, LOADED_INTO, PASSIVE_READ, TAKES_FROM_TAIL, FLOW_WORD_RE, isKnownProduct } from './lexicon';
import { framed, itemBlock } from './items';
import { mentions } from './mentions';
import { listGap, readsAsSentence } from './phrases';
import type { Block, Context, Mention, Node, Reader, Seg } from './types';
import { productInCjkSentence, tidyName } from '../builder/tidyNames';

/** Connects every exit of `a` to every entry of `b`, unless the page states its flow with arrows. */
export function connect(r: Reader, a: Block, z: Block): void {
  if (r.flowGiven) return;
  r.b.fanOut(a.exits, z.entries, { line: z.line });
}

/**
 * Joins the blocks of a container. Chained, each step feeds the next, except that a paragraph is a
 * statement of its own: it is not wired to the paragraph, list or section next to it.
 */
export function children(r: Reader, nodes: readonly Node[], ctx: Context, chained: boolean): Block | null {
  const blocks = nodes.flatMap((node) => {
    const blk = blockOf(r, node, ctx);
    return blk ? [{ blk, node }] : [];
  });
  const first = blocks[0];
  if (!first) return null;
  if (chained) {
    // An orchestrator (or anything marked [none]) sits beside the data path, not on it.
    const onPath = blocks.filter((b) => !offPath(r, b.blk));
    const head = onPath[0];
    const tail = onPath[onPath.length - 1];
    if (!head || !tail) return null;
    for (const [i, z] of onPath.entries()) {
      const a = onPath[i - 1];
      if (a && related(a.node, z.node)) connect(r, a.blk, z.blk);
    }
    return { entries: head.blk.entries, exits: tail.blk.exits, line: head.blk.line };
  }
  const all = (side: 'entries' | 'exits'): string[] => [...new Set(blocks.flatMap((b) => b.blk[side]))];
  return { entries: all('entries'), exits: all('exits'), line: first.blk.line };
}

/** Two neighbouring blocks continue one flow: the same paragraph or list, or two steps (items, sections). */
function related(a: Node, z: Node): boolean {
  if (a.group !== undefined && a.group === z.group) return true;
  return a.kind !== 'prose' && z.kind !== 'prose';
}

/** Marked [orchestrate] or [none], or a well-known scheduler, coordinator or monitor not marked otherwise. */
export function offPathId(r: Reader, id: string): boolean {
  const e = r.b.explicitOf(id);
  if (e) return e === 'orchestrate' || e === 'none';
  return besideTheFlow(r.b.nameById(id) ?? '');
}

export function offPath(r: Reader, blk: Block): boolean {
  return [...blk.entries, ...blk.exits].every((id) => offPathId(r, id));
}

export function childrenChained(node: Node): boolean {
  const first = node.children[0];
  return node.kind === 'root' || first?.kind === 'prose' || first?.ordered === true;
}

export function blockOf(r: Reader, node: Node, ctx: Context): Block | null {
  switch (node.kind) {
    case 'root':
      return children(r, node.children, ctx, true);
    case 'section': {
      const inner = node.stage ? framed(ctx, node.segs[0]?.text ?? '', node.stage) : ctx;
      const blk = children(r, node.children, inner, childrenChained(node));
      const seg = node.segs[0];
      // The layer the section is about holds what the work under it writes: it comes after that work.
      const layer = node.layer ? itemBlock(r, { kind: 'item', indent: 0, ordered: false, segs: [node.layer], children: [], line: node.line }, ctx) : null;
      if (blk && layer) {
        connect(r, blk, layer);
        return { entries: blk.entries, exits: layer.exits, line: blk.line };
      }
      if (!blk && !layer && seg) r.b.warnAt(seg.line, seg.col, 'Stage heading with no components under it', seg.text.trim());
      return blk ?? layer;
    }
    case 'prose': {
      const seg = node.segs[0];
      return seg ? chain(r, mentionsIn(r, seg, node.sentence ?? true), ctx) : null;
    }
    case 'item':
      return itemBlock(r, node, ctx);
  }
}

/** "serves as the", "acts as an", "is used as": what follows is the role of what came before. */
const AS_ROLE = /\b(?:serves?|acts?|functions?|works?|is used|are used|used)\s+as\s+(?:(?:the|an?|its|our|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

export function mentionsIn(r: Reader, seg: Seg, sentence: boolean): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions(r.b, seg, sentence)) {
    const prev = out[out.length - 1];
    // "PostgreSQL serves as the operational source database": one component, with its role.
    // "Cloud Storage as Datalake": a kind of thing of the same stage after a bare "as" names the role too.
    const kind = prev && /^\s*as\s+(?:an?\s+|the\s+)?$/i.test(m.gap) ? placementOfName(m.name) : undefined;
    const sameKind = prev !== undefined && kind !== undefined && kind !== 'none' && placementOfName(prev.name) === kind;
    if (prev && (sameKind || (AS_ROLE.test(m.gap) && !/[.!?;]\s/.test(m.gap) && catalogStrength(m.name) !== 'product'))) {
      prev.roles = [...(prev.roles ?? []), m.name];
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Which way data moves between two mentions, from the words between them. */
export function direction(gap: string): 'forward' | 'back' {
  // Across a sentence break, or in the passive ("X is read by Y": it turns a reading verb around), data goes forward.
  return !/[.!?;]\s/.test(gap) && !PASSIVE_READ.test(gap) && TAKES_FROM_TAIL.test(gap) ? 'back' : 'forward';
}

/** How a group joins the one holding the data: it feeds it, is fed by it, or is the way into it. */
type Join = 'forward' | 'back' | 'conduit';

/**
 * "Airbyte syncs Stripe to BigQuery": the object of a carrying verb, with a destination after it, is
 * where the data comes from. "lands in S3 via Firehose", "loaded into Snowflake with Airbyte": what
 * comes after "via", or the tool a load into a place is done with, is the way in.
 */
function join(heldGap: string, gap: string, nextGap: string | undefined): Join {
  if (CONDUIT_GAP.test(gap) && ARRIVES_TAIL.test(heldGap)) return 'conduit';
  // "loads the dataset into Snowflake with Airbyte": the tool loading into a place is its way in.
  if (INSTRUMENT_GAP.test(gap) && LOADED_INTO.test(heldGap) && !/[.!?;]\s/.test(heldGap.slice(heldGap.search(LOADED_INTO)))) return 'conduit';
  if (!/[.!?;]\s/.test(gap) && CARRIES_TAIL.test(gap) && nextGap !== undefined && DESTINATION_GAP.test(nextGap)) return 'back';
  return direction(gap);
}

/**
 * Mentions (prose) as a block. Names listed together ("using Debezium, Kafka, PostgreSQL, and
 * ClickHouse") are a set of tools, side by side; between sets, the verb says which way data moves
 * ("Spark reads from Kafka": Kafka → Spark), and reading order only when no verb says otherwise.
 */
export function chain(r: Reader, given: readonly Mention[], ctx: Context, extraHints: readonly string[] = []): Block | null {
  const groups: { ids: string[]; line: number; gap: string }[] = [];
  for (const m of given) {
    const id = add(r, m.name, m.line, m.col, m.explicit, [...ctx.hints, ...extraHints, ...(ctx.frameHints ?? []), ...(m.roles ?? [])]);
    if (given.length > 1 && offPathId(r, id)) continue;
    const last = groups[groups.length - 1];
    if (last && listGap(m.gap)) {
      if (!last.ids.includes(id)) last.ids.push(id);
    } else if (!(last?.ids.length === 1 && last.ids[0] === id)) {
      groups.push({ ids: [id], line: m.line, gap: m.gap });
    }
  }
  const head = groups[0];
  const tail = groups[groups.length - 1];
  if (!head || !tail) return null;
  // The group holding the data: "Spark reads from Kafka and writes to S3" goes Kafka → Spark → S3.
  const links: [number, number][] = [];
  let at = 0;
  for (let i = 1; i < groups.length; i++) {
    const how = join(groups[at]?.gap ?? '', groups[i]?.gap ?? '', groups[i + 1]?.gap);
    if (how === 'forward') {
      links.push([at, i]);
      at = i;
    } else if (how === 'back') {
      links.push([i, at]);
    } else {
      // The way in sits between the destination and whatever fed it.
      const feeder = links.findIndex(([, to]) => to === at);
      if (feeder >= 0) links.splice(feeder, 1, [links[feeder]?.[0] ?? 0, i]);
      links.push([i, at]);
    }
  }
  const blockAt = (k: number): Block => ({ entries: groups[k]?.ids ?? [], exits: groups[k]?.ids ?? [], line: groups[k]?.line ?? 0 });
  for (const [a, z] of links) connect(r, blockAt(a), blockAt(z));
  const fed = new Set(links.map(([, z]) => z));
  const feeding = new Set(links.map(([a]) => a));
  const entries = groups.filter((_, i) => !fed.has(i)).flatMap((g) => g.ids);
  const exits = groups.filter((_, i) => !feeding.has(i)).flatMap((g) => g.ids);
  return { entries: entries.length > 0 ? entries : head.ids, exits: exits.length > 0 ? exits : tail.ids, line: head.line };
}

export function add(r: Reader, name: string, line: number, col: number, explicit: Placement | undefined, hints: readonly string[]): string {
  return r.b.mention(tidyName(productInCjkSentence(name)), { line, explicit, hints, at: { line, column: col } });
}

/**
 * "OLTP Data: extracted from the OLTP database and loaded into Snowflake using Airbyte": a sentence
 * after a label that moves data names the products on its way; they are components as well as the
 * label. One that moves nothing ("picked over BigQuery", "replaced Cron") only compares them.
 */
export function withTools(r: Reader, own: Block | null, rest: Seg, ctx: Context): Block | null {
  if (!own || !readsAsSentence(rest.text) || !FLOW_WORD_RE.test(rest.text)) return own;
  const named = mentionsIn(r, rest, true).filter((m) => isKnownProduct(m.name));
  if (named.length > 0) chain(r, named, ctx);
  return own;
}
