/**
 * html-to-image copies computed styles onto HTML elements but deep-clones an `<svg>` as it is,
 * so edges coloured by CSS classes would come out unpainted. For the duration of a capture, write
 * the properties that paint SVG onto each shape's style; the returned function puts them back.
 */
const PAINT = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'fill', 'fill-opacity', 'opacity', 'font-size', 'font-family', 'font-weight'] as const;

export function inlineSvgStyles(root: Element): () => void {
  const previous: [Element, string | null][] = [];
  for (const el of root.querySelectorAll('svg *')) {
    if (!(el instanceof SVGElement)) continue;
    const computed = getComputedStyle(el);
    previous.push([el, el.getAttribute('style')]);
    for (const p of PAINT) el.style.setProperty(p, computed.getPropertyValue(p));
  }
  return () => {
    for (const [el, style] of previous) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
  };
}
