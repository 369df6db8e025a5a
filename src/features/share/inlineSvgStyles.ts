/**
 * html-to-image copies computed styles onto HTML elements but deep-clones an `<svg>` as it is,
 * so edges coloured by CSS classes would come out unpainted. For the duration of a capture, write
 * the properties that paint SVG onto each shape's style; the returned function puts them back.
 */
const PAINT = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'fill', 'fill-opacity', 'opacity', 'font-size', 'font-family', 'font-weight'] as const;

export function inlineSvgStyles(root: Element): () => void {
  // Only properties the element did not set inline are written, and only those are removed again,
  // so whatever React sets on an edge meanwhile survives the restore.
  const added: [SVGElement, string][] = [];
  for (const el of root.querySelectorAll('svg *')) {
    if (!(el instanceof SVGElement)) continue;
    const computed = getComputedStyle(el);
    for (const p of PAINT) {
      if (el.style.getPropertyValue(p)) continue;
      el.style.setProperty(p, computed.getPropertyValue(p));
      added.push([el, p]);
    }
  }
  return () => {
    for (const [el, p] of added) el.style.removeProperty(p);
  };
}
