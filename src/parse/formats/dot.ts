/**
 * GraphViz DOT (`digraph { a -> b }`), parsed by @ts-graphviz/ast. Nodes are named by their `label`
 * (its first line; the rest is a hint), else their id; a cluster's label is a hint of the nodes first
 * seen inside it, as a Mermaid subgraph title is. Edge labels are verbs (`orchestrates`), not parts.
 * A point node (`shape=point`) only joins lines: what runs into it runs on to what leaves it. Invisible
 * edges (`style=invis`) only steer the layout.
 */
import { DotSyntaxError, parse, type ASTNode } from '@ts-graphviz/ast';
import type { FormatParser } from '../types';
import { DETECT_HEAD, safely } from './text';
import { readDotGraph } from './dot/graph';

/** The library's guard against runaway input, raised to what the 2 MB size limit lets in (its default, 100,000, stops at 0.2 MB). */
const MAX_AST_NODES = 2_000_000;

const HEADER = /^\s*(?:(?:\/\/|#)[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(?:strict\s+)?(?:di)?graph\b[^{]{0,200}\{/i;

export const dotParser: FormatParser = {
  id: 'dot',
  label: 'GraphViz DOT graph',
  example: 'digraph {\n  app -> kafka -> s3\n  s3 -> spark [label="nightly"]\n}',
  detect: (text) => (HEADER.test(text.slice(0, DETECT_HEAD)) ? 0.95 : 0),
  parse: (text) =>
    safely((b) => {
      let ast: ASTNode | undefined;
      try {
        ast = parse(text, { maxASTNodes: MAX_AST_NODES });
      } catch (e) {
        if (!(e instanceof DotSyntaxError)) throw e;
        const at = (e.cause as { location?: { start: { line: number; column: number } } } | undefined)?.location?.start;
        b.problem({ kind: 'dotSyntax', detail: e.message.replace(/\.$/, '') }, { line: at?.line ?? 1, column: at?.column ?? 1 });
        return;
      }
      readDotGraph(b, ast);
    }),
};
