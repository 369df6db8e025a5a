import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The app's security policy. Scripts only from our origin, plus the one inline script in index.html
 * (the theme set before first paint) by its hash; no eval anywhere (the ODCS validator is compiled
 * ahead of time). Images may be data: and blob: URLs: the exported graph and the print report are.
 * The service worker's own scripts (sw.js and the workbox runtime it imports) are same-origin files.
 */
export function contentSecurityPolicy(indexHtml: string, { framing }: { framing: boolean }): string {
  const hashes = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // frame-ancestors only works as a header; a <meta> policy must leave it out.
    ...(framing ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** Headers for every response: the policy, no framing, no referrer, no content sniffing. */
export function securityHeaders(indexHtml: string, withPolicy: boolean): Record<string, string> {
  return {
    ...(withPolicy ? { 'Content-Security-Policy': contentSecurityPolicy(indexHtml, { framing: true }) } : { 'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'" }),
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

/**
 * Puts the policy into the built index.html as a <meta> as well, so a static host that sets no
 * headers still enforces it (all but frame-ancestors, which the page's own guard covers).
 */
export function securityPolicyMeta(): Plugin {
  return {
    name: 'pipeline-seams:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      const policy = contentSecurityPolicy(html, { framing: false });
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}

export const INDEX_HTML = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
