/**
 * `npm run seams -- parse FILE` (or `-` for stdin): the app's own importer, printing JSON.
 * Exit 0 on success (warnings included), 1 for input it cannot read, 2 for a usage mistake.
 */
import { readFileSync } from 'node:fs';
import { describeImportError, importPipeline, SUPPORTED, toCliJson } from '../parse/importPipeline';
import type { FormatId } from '../parse/types';

const USAGE = 'Usage: npm run seams -- parse <FILE | -> [--format <id>]\nFormats: ' + SUPPORTED.map((f) => f.id).join(', ');

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  const [command, file, ...rest] = argv;
  if (command !== 'parse' || !file) fail(USAGE, 2);
  const flag = rest.indexOf('--format');
  const format = flag >= 0 ? rest[flag + 1] : undefined;
  if (format !== undefined && !SUPPORTED.some((f) => f.id === format)) fail(`Unknown format "${format}".\n${USAGE}`, 2);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`Cannot read ${file === '-' ? 'standard input' : file}: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
  const result = importPipeline(text, format as FormatId | undefined);
  if (!result.ok) {
    const list = result.error.kind === 'unrecognised' ? `\nSupported formats:\n${SUPPORTED.map((f) => `  ${f.id}: ${f.label}`).join('\n')}` : '';
    fail(`${file}: ${describeImportError(result.error)}${list}`, 1);
  }
  process.stdout.write(`${JSON.stringify(toCliJson(result.value), null, 2)}\n`);
}

main(process.argv.slice(2));
