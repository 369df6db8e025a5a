/**
 * Both canvases show a pipeline, they do not edit one: nothing drags, connects or takes React
 * Flow's own selection; seams and components are buttons of their own.
 */
export const READ_ONLY_FLOW = {
  fitView: true,
  maxZoom: 2,
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
  proOptions: { hideAttribution: true },
} as const;
