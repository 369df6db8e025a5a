/**
 * One corpus entry's expectation (`NNN-slug.expect.yaml`): where the pasted text comes from, the
 * format a user would expect it read as, and every component a data engineer would draw with the
 * stage they would give it.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PLACEMENTS } from '../../src/domain/pipeline';
import type { FormatId } from '../../src/parse/types';
import { normalizeName } from './match';

/** The importer's format ids; a typed record so a new id fails the type check until it is listed. */
const FORMAT_IDS: Record<FormatId, true> = {
  arrows: true,
  list: true,
  mermaid: true,
  yaml: true,
  airflow: true,
  compose: true,
  'dbt-manifest': true,
  workflow: true,
  'dbt-schema': true,
  openlineage: true,
  dot: true,
};
const formatIds = Object.keys(FORMAT_IDS) as [FormatId, ...FormatId[]];

const name = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, 'must not be empty'));

const Component = z.strictObject({
  name,
  stage: z.enum(PLACEMENTS),
  /** Other stages a careful engineer could defend; counted as right too. */
  alt: z.array(z.enum(PLACEMENTS)).optional(),
  /** Other spellings of the same component that the text uses. */
  aliases: z.array(name).optional(),
});

const Expectation = z.strictObject({
  source: z.string().trim().regex(/^https?:\/\/\S+$/, 'must be the http(s) address the text was found at'),
  format: z.enum(formatIds),
  kind: z.string().trim().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase label like readme-prose'),
  components: z.array(Component).min(1, 'must list at least one component'),
  not_components: z.array(name).optional(),
  note: z.string().optional(),
});

export type ExpectedComponent = z.infer<typeof Component>;
export type Expectation = z.infer<typeof Expectation>;

/** What is wrong with an expectation file: the field (a dotted path) and why. */
export interface ExpectationProblem {
  readonly field: string;
  readonly message: string;
}

const fieldOf = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? '(top level)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');

/** Names that would make matching ambiguous: the same normalized name twice, or a component also listed as a non-component. */
function clashes(e: Expectation): ExpectationProblem[] {
  const problems: ExpectationProblem[] = [];
  const owner = new Map<string, number>();
  e.components.forEach((c, i) => {
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      const key = normalizeName(n);
      if (!key) problems.push({ field: `components[${i}]`, message: `"${n}" has no letters or digits to match by` });
      const first = owner.get(key);
      if (first !== undefined && first !== i) problems.push({ field: `components[${i}]`, message: `"${n}" is also components[${first}]` });
      owner.set(key, i);
    }
  });
  (e.not_components ?? []).forEach((n, i) => {
    const first = owner.get(normalizeName(n));
    if (first !== undefined) problems.push({ field: `not_components[${i}]`, message: `"${n}" is also components[${first}]` });
  });
  return problems;
}

/** Reads an expectation file's text; every problem names its field. */
export function readExpectation(text: string): { ok: true; value: Expectation } | { ok: false; problems: ExpectationProblem[] } {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return { ok: false, problems: [{ field: '(file)', message: `not valid YAML: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const parsed = Expectation.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ field: fieldOf(i.path), message: i.message })) };
  }
  const problems = clashes(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}
