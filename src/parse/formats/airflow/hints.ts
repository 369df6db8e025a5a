/**
 * Hints for classification taken from operator arguments: which keyword arguments name a place
 * (a connection, bucket, table, topic…) or a program (a command, an application file, an image),
 * and how much of the value to keep.
 */
import { clip } from '../structured';
import { stringContent, type Node } from './tree';

interface KwargRule {
  /** Keyword argument names this rule reads. */
  readonly key: RegExp;
  /** What of the value becomes the hint. */
  readonly keep: (value: string) => string | undefined;
  readonly example: string;
}

const lastPathPart = (v: string): string | undefined => v.split('/').pop();

function imageRepository(image: string): string | undefined {
  const parts = (image.split('@')[0] ?? '').split('/');
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '')) parts.shift();
  const repo = parts.join('/').replace(/:[^/]*$/, '');
  return repo === '' ? undefined : clip(repo, 60);
}

/** Shell words that set up a command rather than run the work: changing folder, sourcing a venv, exporting. */
const SHELL_SETUP = new Set(['cd', 'source', '.', 'export', 'set', 'echo', 'sleep', 'mkdir', 'true']);
/** Words that hand the rest of the line to another program: `sudo`, `bash -c '…'`, `docker exec CONTAINER …`. */
const RUNS_THE_REST = new Set(['sudo', 'time', 'env', 'exec', 'bash', 'sh', '-c']);

/**
 * The program a shell command runs (`cd /dbt && dbt run` → dbt; `docker exec dbt bash -c 'dbt run'` → dbt;
 * `python /jobs/extract.py` → extract.py): the first command that is not setup, past the words that only
 * hand it on. Falls back to the first word when the whole command is setup.
 */
function commandProgram(command: string): string | undefined {
  const first = lastPathPart(command.trim().split(/\s+/)[0] ?? '');
  for (const part of command.replace(/['"]/g, ' ').split(/&&|\|\||[;\n|]/)) {
    const words = part.trim().split(/\s+/).filter((w) => w !== '' && !/^\w+=/.test(w));
    if (words[0] === 'docker' && words[1] === 'exec') words.splice(0, words.findIndex((w, i) => i > 1 && !w.startsWith('-')) + 1);
    while (words.length > 1 && RUNS_THE_REST.has(words[0] ?? '')) words.shift();
    if (/^python[\d.]*$/.test(words[0] ?? '')) words.splice(0, words[1] === '-m' ? 2 : 1);
    const program = words[0];
    if (program !== undefined && !SHELL_SETUP.has(program) && !program.startsWith('-')) return lastPathPart(program);
  }
  return first;
}

/** The rules, in order: the first whose key matches reads the value. */
const KWARG_RULES: readonly KwargRule[] = [
  {
    key: /^sql$/,
    // A file name, or the first table the statement names.
    keep: (v) => (/\.sql$/i.test(v) ? lastPathPart(v) : /\b(?:from|into|table|update|join)\s+(?:if\s+(?:not\s+)?exists\s+)?([\w.]+)/i.exec(v)?.[1]),
    example: 'sql="INSERT INTO raw.orders …" → raw.orders',
  },
  { key: /^(?:bash_command|command)$/, keep: commandProgram, example: 'bash_command="cd /dbt && dbt run" → dbt' },
  { key: /^application$/, keep: lastPathPart, example: 'application="/jobs/clean.py" → clean.py' },
  // An image names its program by its repository; the registry host and the tag say where it is kept and which build.
  { key: /^image$/, keep: imageRepository, example: 'image="123.dkr.ecr.eu-west-2.amazonaws.com/dbt-runner:1.7" → dbt-runner' },
  {
    key: /(?:^|_)conn_id$|^(?:s3_|gcs_|source_|dest_|destination_)?bucket(?:_name)?$|bucket_key|^(?:s3_|dest_|source_)?key$|^prefix$|table|^schema$|^database$|^dataset(?:_id)?$|^topics?$|^cluster_name$|^job_name$|^index$|^collection$/,
    keep: (v) => clip(v, 60),
    example: 'aws_conn_id="aws_default" → aws_default',
  },
];

/** The hint a keyword argument's string value gives, if any; templated values (`{{ ds }}`) give none. */
export function hintFromKwarg(key: string, value: string): string | undefined {
  const v = value.trim();
  if (v === '' || v.includes('{{')) return undefined;
  return KWARG_RULES.find((r) => r.key.test(key))?.keep(v);
}

const CLASS_HINT = /^[A-Z]\w*(?:Hook|Operator|Sensor)$/;

/**
 * Hints from a stretch of code (a decorator's arguments, a TaskFlow function's body): the hooks,
 * operators and sensors it names, and `name="…"` keyword arguments or assignments the rules read.
 */
export function codeHints(node: Node, text: string): string[] {
  const out: string[] = [];
  const c = node.cursor();
  const end = node.to;
  do {
    if (c.from >= end) break;
    if (c.name !== 'VariableName' && c.name !== 'PropertyName') continue;
    const name = text.slice(c.from, c.to);
    if (CLASS_HINT.test(name)) out.push(name);
    const eq = c.node.nextSibling;
    const value = eq?.name === 'AssignOp' ? eq.nextSibling : null;
    const h = value?.name === 'String' ? hintFromKwarg(name, stringContent(text.slice(value.from, value.to))) : undefined;
    if (h !== undefined) out.push(h);
  } while (c.next());
  // Code that opens one system's hook and then another's moves data from the first to the second
  // (MsSqlHook then S3Hook: "MsSql to S3"), as a transfer operator's class says.
  const hooks = [...new Set(out.filter((h) => /Hook$/.test(h)).map((h) => h.replace(/Hook$/, '')))];
  if (hooks.length === 2) out.push(`${hooks[0]} to ${hooks[1]}`);
  return out;
}
