/** Saves a file the browser's way: an object URL on a link with `download`, clicked once. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns; a minute is far more than any of them needs.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Asks for one file; resolves null when the user cancels (browsers that report it). */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

export interface ClipContent {
  readonly text: string;
  readonly html?: string;
}

/**
 * Copies content that is still being made. The clipboard write starts now, inside the click, with
 * promised blobs: Safari and Firefox refuse a write that starts after an await has spent the click.
 * `rich` says up front whether HTML will come with the text, since the item's types are fixed now.
 */
export function copyLater(content: Promise<ClipContent>, rich: boolean): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) return Promise.reject(new Error('this browser does not allow copying from this page (it needs https)'));
  if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    const blob = (pick: (c: ClipContent) => string, type: string) => content.then((c) => new Blob([pick(c)], { type }));
    const item: Record<string, Promise<Blob>> = { 'text/plain': blob((c) => c.text, 'text/plain') };
    if (rich) item['text/html'] = blob((c) => c.html ?? '', 'text/html');
    return clipboard.write([new ClipboardItem(item)]);
  }
  return content.then((c) => clipboard.writeText(c.text));
}

/** Writes text that is already made, e.g. a link. */
export function copyToClipboard(text: string): Promise<void> {
  return copyLater(Promise.resolve({ text }), false);
}
