import { useMemo, useState } from 'react';
import type { Connection, EdgeChange } from '@xyflow/react';
import { describeGraphEditError, type EdgeRef } from '../domain/graphEdits';
import { appStore } from '../store/appStore';
import { editableEdges, edgeRefOf } from './editableEdges';
import type { LinkEdge } from './flowTypes';
import { appEdits } from '../store/appEdits';

const componentOf = (nodeId: string | null | undefined) => (nodeId?.startsWith('c:') ? nodeId.slice(2) : null);

/**
 * Editing the graph on the canvas: drag from a component's dot to another to add an edge; select an
 * edge (click, or Enter on a focused one) and press Delete to remove it. Both go through the store,
 * so they are saved and undone like edits made in the panel.
 */
export function useEdgeEditing(links: readonly LinkEdge[], openComponent: string | null) {
  const [selected, setSelected] = useState<EdgeRef | null>(null);
  const edges = useMemo(() => editableEdges(links, selected, openComponent), [links, selected, openComponent]);
  const names = (id: string) => appStore.getState().workspaces[appStore.getState().activeId]?.pipeline?.components.find((c) => c.id === id)?.name ?? id;

  const onEdgesChange = (changes: EdgeChange[]) => {
    const byId = new Map(edges.map((e) => [e.id, e]));
    for (const change of changes) {
      const edge = change.type === 'select' || change.type === 'remove' ? byId.get(change.id) : undefined;
      const ref = edge ? edgeRefOf(edge) : null;
      if (!ref) continue;
      if (change.type === 'select') setSelected((now) => (change.selected ? ref : now && now.from === ref.from && now.to === ref.to ? null : now));
      if (change.type === 'remove') {
        const error = appEdits.deleteEdge(ref);
        if (error) appStore.getState().sayGraph(describeGraphEditError(error, names));
        setSelected(null);
        // The edge had the focus: it goes to the component the edge left.
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="component-${CSS.escape(ref.from)}"]`)?.focus());
      }
    }
  };

  const onConnect = (c: Connection) => {
    const from = componentOf(c.source);
    const to = componentOf(c.target);
    if (!from || !to) return;
    const error = appEdits.addEdge({ from, to });
    if (error) appStore.getState().sayGraph(describeGraphEditError(error, names));
  };

  return {
    edges,
    flowProps: {
      nodesConnectable: true,
      onEdgesChange,
      onConnect,
      onPaneClick: () => setSelected(null),
      deleteKeyCode: ['Delete', 'Backspace'],
      selectionKeyCode: null,
      multiSelectionKeyCode: null,
    },
  };
}
