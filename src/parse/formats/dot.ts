/**
 * GraphViz DOT (`digraph { a -> b }`), parsed by @ts-graphviz/ast. Nodes are named by their `label`
 * (its first line; the rest is a hint), else their id; a cluster's label is a hint of the nodes drawn
 * in it, as a Mermaid subgraph title is. Edge labels are verbs (`orchestrates`), not parts. A point
 * node (`shape=point`) only joins lines: what runs into it runs on to what leaves it. Invisible edges
 * (`style=invis`) only steer the layout; `dir=back` draws the line the other way. The walk is in dot/.
 */
import { DotSyntaxError, parse, type ASTNode } from '@ts-graphviz/ast';
import type { FormatParser } from '../types';
import { DETECT_HEAD, safely } from './text';
import { readDotGraph } from './dot/graph';

/**
 * The parser's guards against runaway input: the 2 MB size limit bounds its work instead (its default
 * of 100,000 syntax nodes stops at 0.2 MB). A chain deeper than 100,000 links is refused as too large.
 */
const LIMITS = { maxASTNodes: 0, maxEdgeChainDepth: 100_000 };

/** `digraph G {`, `strict graph {`, after comments: a header no other format we read starts with. */
const HEADER = /^\s*(?:(?:\/\/|#)[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(?:strict\s+)?(?:di)?graph\s*(?:"[^"\n]*"|[\w.]+)?\s*\{/i;

/** The parser's own message, without its advice on options the user cannot set. */
const detailOf = (e: Error): string => e.message.replace(/\s*Consider [^.]*\.?$/, '').replace(/\.$/, '');

export const dotParser: FormatParser = {
  id: 'dot',
  label: 'GraphViz DOT graph',
  example: 'digraph {\n  app -> kafka -> s3\n  s3 -> spark [label="nightly"]\n}',
  // Sure: Mermaid's `graph` header and an arrow line both look like the start of a one-line DOT graph.
  detect: (text) => (HEADER.test(text.slice(0, DETECT_HEAD)) ? 0.99 : 0),
  parse: (text) =>
    safely((b) => {
      let ast: ASTNode;
      try {
        ast = parse(text, LIMITS);
      } catch (e) {
        const at = e instanceof DotSyntaxError ? (e.cause as { location?: { start: { line: number; column: number } } } | undefined)?.location?.start : undefined;
        const where = { line: at?.line ?? 1, column: at?.column ?? 1 };
        // Its limits, and a stack overflow on a very long chain, are about size, not syntax.
        if (e instanceof DotSyntaxError && at !== undefined) b.problem({ kind: 'dotSyntax', detail: detailOf(e) }, where);
        else b.problem({ kind: 'dotTooLarge', detail: e instanceof Error ? detailOf(e) : String(e) }, where);
        return;
      }
      readDotGraph(b, ast);
    }),
};
