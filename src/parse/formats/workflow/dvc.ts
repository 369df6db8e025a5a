/**
 * DVC pipelines (`dvc.yaml`): each stage runs its `cmd` on the files it `deps` on and writes its `outs`
 * (a `foreach` stage's `do` holds them). The stages are work, placed by their words (`train` builds a
 * model); the data files are data at rest, joined by what reads and writes them: a file no stage writes
 * is the pipeline's input, one a stage writes is where its output lands. The stage's own code
 * (`src/train.py`) is how it runs, not data: a hint. DVC runs the stages in the order the files say, so
 * there is no orchestrator of its own to draw.
 */
import { isMap } from 'yaml';
import { roleHint } from '../../classify/rules/workflowRoles';
import { CODE_EXTENSIONS } from '../builder/tidyNames';
import { yamlEntries, yamlItems, yamlText } from '../structured';
import { at, child, field, valueHint, type Reading } from './common';

/** A file of code or a notebook a stage runs: how it works, not what it reads (a query file too, here). */
const CODE = new RegExp(`\\.(?:${[...CODE_EXTENSIONS, 'sql', 'jl'].join('|')})$`, 'i');

/** A dep or out: a path, or a map with the path as its only key (`- data/features: {cache: false}`). */
const pathOf = (item: unknown): string | undefined => (isMap(item) ? yamlText(yamlEntries(item)[0]?.[1].key) : yamlText(item))?.trim();

export function readDvc(r: Reading, root: unknown): void {
  const files = new Map<string, { written: boolean; line: number }>();
  const links: { stage: string; file: string; out: boolean; line: number }[] = [];
  for (const [name, pair] of yamlEntries(child(root, 'stages'))) {
    const spec = child(pair.value, 'do') ?? pair.value;
    const line = at(r, pair.key).line;
    const cmd = field(spec, 'cmd') ?? yamlItems(child(spec, 'cmd')).map(yamlText).join(' ');
    const code = yamlItems(child(spec, 'deps')).map(pathOf).filter((p): p is string => p !== undefined && CODE.test(p));
    const id = r.b.component(`s:${name}`, { name, line, hints: [roleHint('dvc', 'stage'), valueHint(cmd), ...code] });
    for (const [key, out] of [['deps', false], ['outs', true], ['metrics', true], ['plots', true]] as const) {
      for (const item of yamlItems(child(spec, key))) {
        const path = pathOf(item);
        if (path === undefined || path === '' || CODE.test(path) || path.includes('${')) continue;
        const seen = files.get(path);
        files.set(path, { written: (seen?.written ?? false) || out, line: seen?.line ?? at(r, item).line });
        links.push({ stage: id, file: path, out, line: at(r, item).line });
      }
    }
  }
  if (r.b.size === 0) {
    r.b.problem({ kind: 'workflowNoSteps', tool: 'dvc' }, at(r, child(root, 'stages') ?? root));
    return;
  }
  for (const [path, f] of files) r.b.component(`f:${path}`, { name: path, line: f.line, hints: [roleHint('dvc', f.written ? 'out' : 'dep')] });
  for (const l of links) {
    const file = r.b.idOf(`f:${l.file}`);
    if (l.out) r.b.edge(l.stage, file, { line: l.line });
    else r.b.edge(file, l.stage, { line: l.line });
  }
}
