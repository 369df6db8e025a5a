import type { FormatId } from '../parse/types';

export type ParsedArgs = { ok: true; file: string; format: FormatId | undefined } | { ok: false; problem: string };

/**
 * `parse <FILE | -> [--format <id>]`, with the flag before or after the file (`--format=<id>` too).
 * Anything else is a usage mistake, reported as such rather than ignored.
 */
export function parseArgs(argv: readonly string[], formats: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command !== 'parse') return { ok: false, problem: command ? `Unknown command "${command}".` : 'No command given.' };
  let file: string | undefined;
  let format: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      if (format !== undefined) return { ok: false, problem: '--format is given twice.' };
      format = arg.startsWith('--format=') ? arg.slice('--format='.length) : rest[++i];
      if (!format || format.startsWith('-')) return { ok: false, problem: '--format needs a value.' };
      if (!formats.includes(format)) return { ok: false, problem: `Unknown format "${format}".` };
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, problem: `Unknown option "${arg}".` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { ok: false, problem: `Only one input can be read at a time; also got "${arg}".` };
    }
  }
  if (file === undefined) return { ok: false, problem: 'No input given: name a file, or - for standard input.' };
  return { ok: true, file, format: format as FormatId | undefined };
}

/** Decodes UTF-8; bytes that are not UTF-8 become U+FFFD and the caller is told where the first one was. */
export function decodeUtf8(bytes: Uint8Array): { text: string; firstInvalidByte: number | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), firstInvalidByte: null };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, firstInvalidByte: firstInvalid(bytes) };
  }
}

function firstInvalid(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  // Bisect on prefixes: a prefix that decodes cleanly (allowing a cut-off final character) has no bad byte.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      strict.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
