import type { EdgeRef } from '../domain/graphEdits';
import type { LinkEdge } from './flowTypes';

const COMPONENT = 'c:';

/** The pipeline edge a drawn edge is, when it is exactly one edge between two drawn components. */
export function edgeRefOf(e: Pick<LinkEdge, 'source' | 'target' | 'data'>): EdgeRef | null {
  if (e.data?.count !== 1 || !e.source.startsWith(COMPONENT) || !e.target.startsWith(COMPONENT)) return null;
  return { from: e.source.slice(COMPONENT.length), to: e.target.slice(COMPONENT.length) };
}

const same = (a: EdgeRef, b: EdgeRef | null) => b !== null && a.from === b.from && a.to === b.to;

/**
 * Single edges between components can be selected (a click, or Enter once focused) and deleted.
 * Only the edges of the component open in the panel take a Tab stop: a big pipeline's thousands of
 * edges would otherwise bury everything after them.
 */
export function editableEdges(links: readonly LinkEdge[], selected: EdgeRef | null, openComponent: string | null): LinkEdge[] {
  return links.map((e) => {
    const ref = edgeRefOf(e);
    if (!ref) return e;
    const isSelected = same(ref, selected);
    const near = openComponent !== null && (ref.from === openComponent || ref.to === openComponent);
    return {
      ...e,
      selectable: true,
      deletable: true,
      focusable: near || isSelected,
      selected: isSelected,
      className: 'group/edge focus-visible:outline-none',
      ariaLabel: `${e.data?.title ?? ''}. Enter selects it; Delete removes it.`,
    };
  });
}
