// Reserved device names on Windows, where a download called "con.md" cannot be saved.
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name people can read in a downloads folder and a ticket attachment: the workspace's
 * name in lowercase words joined by hyphens, never empty, never a path.
 */
export function slugFileName(name: string, extension: string, fallback = 'pipeline'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const base = !slug ? fallback : RESERVED.test(slug) ? `${slug}-${fallback}` : slug;
  return `${base}.${extension.replace(/^\./, '')}`;
}
