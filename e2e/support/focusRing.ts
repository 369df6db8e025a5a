import type { Locator } from '@playwright/test';

export interface FocusRing {
  /** Outline width in CSS pixels, 0 when none is drawn. */
  readonly width: number;
  /** Contrast ratio of the outline against the surface it is drawn on. */
  readonly contrast: number;
}

/**
 * The focus ring of an element that has the focus, measured as drawn: its outline's width and its
 * contrast (WCAG relative luminance) against the first opaque background behind it.
 */
export function focusRing(target: Locator): Promise<FocusRing> {
  return target.evaluate((el) => {
    // Colours compute to oklch(): a canvas turns any CSS colour into sRGB bytes with alpha.
    const paint = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const rgb = (c: string): number[] => {
      if (!paint) return [0, 0, 0, 0];
      paint.clearRect(0, 0, 1, 1);
      paint.fillStyle = c;
      paint.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = paint.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const style = getComputedStyle(el);
    const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    // An outline offset outward sits on the parent's surface, not the element's own fill.
    let under: Element | null = parseFloat(style.outlineOffset) >= 0 ? el.parentElement : el;
    let bg = 'rgb(255, 255, 255)';
    for (; under; under = under.parentElement) {
      const c = getComputedStyle(under).backgroundColor;
      if ((rgb(c)[3] ?? 0) >= 0.99) {
        bg = c;
        break;
      }
    }
    const [a, b] = [lum(rgb(style.outlineColor)), lum(rgb(bg))];
    return { width, contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
  });
}
