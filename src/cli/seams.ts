/**
 * `npm run seams -- parse FILE` (or `-` for stdin): the app's own importer, printing JSON.
 * Exit 0 on success (warnings included), 1 for input it cannot read or output it cannot write,
 * 2 for a usage mistake. A reader that stops early (`| head`) ends the program quietly.
 */
import { readFileSync, writeSync } from 'node:fs';
import { describeImportError, importPipeline, SUPPORTED } from '../parse/importPipeline';
import { toCliJson } from './cliJson';
import { decodeUtf8, parseArgs } from './args';

const USAGE = 'Usage: npm run seams -- parse <FILE | -> [--format <id>]\nFormats: ' + SUPPORTED.map((f) => f.id).join(', ');

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Writes all of stdout synchronously, so a closed pipe or a full disk is seen here, not as a crash. */
function writeOut(text: string): void {
  const bytes = Buffer.from(text);
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(1, bytes, at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A non-blocking pipe that is momentarily full: try the rest again.
      if (code === 'EAGAIN') continue;
      // The reader stopped early (`| head`): what it wanted has been written.
      if (code === 'EPIPE') process.exit(0);
      fail(code === 'ENOSPC' ? 'Cannot write the output: no space left on the device.' : `Cannot write the output: ${(e as Error).message}`, 1);
    }
  }
}

function main(argv: string[]): void {
  const args = parseArgs(argv, SUPPORTED.map((f) => f.id));
  if (!args.ok) fail(`${args.problem}\n${USAGE}`, 2);
  const { file, format } = args;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    fail(`Cannot read ${file === '-' ? 'standard input' : file}: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
  const { text, firstInvalidByte } = decodeUtf8(bytes);
  if (firstInvalidByte !== null) {
    process.stderr.write(`Warning: ${file === '-' ? 'standard input' : file} is not valid UTF-8 (first bad byte at offset ${firstInvalidByte}); those bytes were read as U+FFFD.\n`);
  }
  const result = importPipeline(text, format);
  if (!result.ok) {
    const list = result.error.kind === 'unrecognised' ? `\nSupported formats:\n${SUPPORTED.map((f) => `  ${f.id}: ${f.label}`).join('\n')}` : '';
    fail(`${file}: ${describeImportError(result.error)}${list}`, 1);
  }
  writeOut(`${JSON.stringify(toCliJson(result.value), null, 2)}\n`);
}

main(process.argv.slice(2));
