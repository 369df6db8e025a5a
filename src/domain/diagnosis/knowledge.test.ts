import { describe, it, expect } from 'vitest';
import { KNOWLEDGE_BASE as KB } from './load';
import { rank } from './rank';
import type { Session } from './session';
import { CLAUSE_CATALOG, templateById } from '../catalog';
import { PRESETS } from '../presets';
import { SEAM_IDS } from '../seams';
import { CAUSES, causeById } from './causes';
import { QUESTIONS, questionById } from './questions';
import { SYMPTOMS, symptomById } from './symptoms';
import { parseExpectation } from './likelihood';
import { SYMPTOM_GROUPS, type Cause } from './types';

const REQUIRED_SYMPTOMS = [
  'totals-doubled',
  'rows-missing',
  'data-stale',
  'timestamps-shifted',
  'cost-jumped',
  'unexpected-nulls',
  'wrong-unit-currency',
  'duplicates-after-retry',
  'success-but-empty',
  'reports-disagree',
  'schema-type-errors',
  'late-events-dropped',
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const symptomIds = new Set(SYMPTOMS.map((s) => s.id));
const questionIds = new Set(QUESTIONS.map((q) => q.id));

/** What the triager says when they report exactly what `cause` predicts. */
function sessionFor(cause: Cause): Session {
  return {
    symptoms: cause.symptoms,
    notes: '',
    steps: Object.entries(cause.answers).map(([questionId, e]) => ({ questionId, answer: parseExpectation(e).fact })),
  };
}

function signature(c: Cause): string {
  const answers = Object.entries(c.answers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([q, a]) => `${q}=${a}`);
  return `${[...c.symptoms].sort().join(',')}|${answers.join(',')}`;
}

function expectText(value: string, label: string): void {
  expect(value.trim(), label).toBe(value);
  expect(value.length, label).toBeGreaterThan(0);
}

describe('symptoms', () => {
  it('has at least 30 symptoms, the twelve first ones among them, with unique kebab-case ids', () => {
    expect(SYMPTOMS.length).toBeGreaterThanOrEqual(30);
    for (const id of REQUIRED_SYMPTOMS) expect(symptomIds.has(id), id).toBe(true);
    expect(symptomIds.size).toBe(SYMPTOMS.length);
    for (const s of SYMPTOMS) expect(s.id).toMatch(KEBAB);
  });

  it('groups every symptom, and gives each words to search and suggest by', () => {
    for (const g of SYMPTOM_GROUPS) expect(SYMPTOMS.some((s) => s.group === g), g).toBe(true);
    for (const s of SYMPTOMS) {
      expect(s.synonyms.length, s.id).toBeGreaterThanOrEqual(3);
      for (const w of s.synonyms) expectText(w, `${s.id} synonym`);
    }
  });

  it('has a label and an incident-channel example for each', () => {
    for (const s of SYMPTOMS) {
      expectText(s.label, `${s.id}.label`);
      expectText(s.example, `${s.id}.example`);
      expect(s.example.length, `${s.id}.example`).toBeGreaterThan(s.label.length);
    }
  });

  it('is produced by at least one cause each', () => {
    for (const s of SYMPTOMS) {
      expect(CAUSES.some((c) => c.symptoms.includes(s.id) || c.sometimes?.includes(s.id)), s.id).toBe(true);
    }
  });

  it('symptomById finds each and nothing else', () => {
    for (const s of SYMPTOMS) expect(symptomById(s.id)).toBe(s);
    expect(symptomById('no-such-symptom')).toBeUndefined();
  });
});

describe('questions', () => {
  it('has observations and checks with unique kebab-case ids', () => {
    expect(QUESTIONS.filter((q) => q.kind === 'observation').length).toBeGreaterThanOrEqual(20);
    expect(QUESTIONS.filter((q) => q.kind === 'check').length).toBeGreaterThanOrEqual(15);
    expect(questionIds.size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) expect(q.id).toMatch(KEBAB);
  });

  it('asks yes/no questions with a reason and a place to look', () => {
    for (const q of QUESTIONS) {
      expectText(q.text, `${q.id}.text`);
      expect(q.text.endsWith('?'), `${q.id}.text`).toBe(true);
      expectText(q.why, `${q.id}.why`);
      expectText(q.howToFind, `${q.id}.howToFind`);
      if (q.check !== undefined) expectText(q.check, `${q.id}.check`);
      expectText(q.facts.yes, `${q.id}.facts.yes`);
      expectText(q.facts.no, `${q.id}.facts.no`);
      expect(q.facts.yes, q.id).not.toBe(q.facts.no);
    }
  });

  it('keeps observations to one line and gives most checks a concrete query or command', () => {
    for (const q of QUESTIONS.filter((x) => x.kind === 'observation')) expect(q.text.length, q.id).toBeLessThanOrEqual(120);
    const checks = QUESTIONS.filter((q) => q.kind === 'check');
    expect(checks.filter((q) => q.check !== undefined).length / checks.length).toBeGreaterThanOrEqual(0.7);
  });

  it('has premises that name known questions and symptoms', () => {
    for (const q of QUESTIONS) {
      if (q.requires?.question) expect(questionIds.has(q.requires.question.id), q.id).toBe(true);
      for (const s of [...(q.requires?.symptoms ?? []), ...(q.impliedBy ?? [])]) expect(symptomIds.has(s), `${q.id}: ${s}`).toBe(true);
    }
  });

  it('uses every question in some cause, and both answers occur for most', () => {
    let split = 0;
    for (const q of QUESTIONS) {
      const expectations = CAUSES.map((c) => c.answers[q.id]).filter((e) => e !== undefined);
      expect(expectations.length, `${q.id} is answered by no cause`).toBeGreaterThanOrEqual(1);
      const facts = new Set(expectations.map((e) => parseExpectation(e).fact));
      if (facts.size === 2) split++;
    }
    expect(split / QUESTIONS.length).toBeGreaterThanOrEqual(0.75);
  });

  it('splits seams: the seam-level questions are answered by causes at three or more seams', () => {
    for (const id of ['raw-already-wrong', 'source-correct', 'task-or-load-failed', 'rerun-fixes', 'started-after-change', 'intermittent']) {
      const seams = new Set(CAUSES.filter((c) => c.answers[id] !== undefined).map((c) => c.seam));
      expect(seams.size, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('questionById finds each and nothing else', () => {
    for (const q of QUESTIONS) expect(questionById(q.id)).toBe(q);
    expect(questionById('no-such-question')).toBeUndefined();
  });
});

describe('causes', () => {
  it('has unique ids: the template id, or the template id plus --suffix', () => {
    const ids = CAUSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CAUSES) {
      expect(c.id === c.templateId || c.id.startsWith(`${c.templateId}--`), c.id).toBe(true);
      expect(c.id.replace('--', '-')).toMatch(KEBAB);
    }
  });

  it('breaks a real catalog template at that template’s seam', () => {
    for (const c of CAUSES) {
      const t = templateById(c.templateId);
      expect(t, `${c.id} → ${c.templateId}`).toBeDefined();
      expect(c.seam, c.id).toBe(t?.seam);
    }
  });

  it('covers every template in the catalog', () => {
    const used = new Set(CAUSES.map((c) => c.templateId));
    for (const t of CLAUSE_CATALOG) expect(used.has(t.id), `${t.id} has no cause`).toBe(true);
  });

  it('has causes at every seam, listed in seam order', () => {
    for (const seam of SEAM_IDS) {
      expect(CAUSES.filter((c) => c.seam === seam).length, seam).toBeGreaterThanOrEqual(6);
    }
    const order = CAUSES.map((c) => SEAM_IDS.indexOf(c.seam));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('refers only to known symptoms and questions, without repeats', () => {
    for (const c of CAUSES) {
      expect(c.symptoms.length, c.id).toBeGreaterThan(0);
      const all = [...c.symptoms, ...(c.sometimes ?? [])];
      expect(new Set(all).size, c.id).toBe(all.length);
      for (const s of all) expect(symptomIds.has(s), `${c.id}: symptom ${s}`).toBe(true);
      for (const [q, a] of Object.entries(c.answers)) {
        expect(questionIds.has(q), `${c.id}: question ${q}`).toBe(true);
        expect(['yes', 'no', 'yes?', 'no?'], `${c.id}: ${q}`).toContain(a);
      }
    }
  });

  it('states enough expectations to be told apart', () => {
    for (const c of CAUSES) {
      const n = Object.keys(c.answers).length;
      expect(n, c.id).toBeGreaterThanOrEqual(6);
      // Observations are what a report states: each cause says how it looks in at least four.
      expect(Object.keys(c.answers).filter((q) => questionById(q)?.kind === 'observation').length, c.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('has a prevalence between 1 and 5, and the everyday failures are common', () => {
    for (const c of CAUSES) expect([1, 2, 3, 4, 5], c.id).toContain(c.prevalence);
    for (const id of ['is-rebalance-redelivery', 'is-dedup-key', 'gi-clock-source', 'or-schedule-vs-upstream', 'or-undeclared-dependency', 'gi-schema-evolution', 'ms-freshness-sla']) {
      expect(causeById(id)?.prevalence, id).toBeGreaterThanOrEqual(4);
    }
  });

  it('has non-empty, trimmed text in every field', () => {
    for (const c of CAUSES) {
      for (const [field, value] of Object.entries({
        title: c.title,
        assumed: c.assumed,
        mechanism: c.mechanism,
        confirm: c.confirm,
        fixNow: c.fixNow,
        contractClause: c.contractClause,
      })) {
        expectText(value, `${c.id}.${field}`);
      }
      expect(c.title.length, `${c.id}.title`).toBeLessThanOrEqual(60);
      expect(c.contractClause.endsWith('.'), `${c.id}.contractClause`).toBe(true);
    }
  });

  it('lets a silent cause that loses rows show as a green run with partial output', () => {
    for (const c of CAUSES) {
      const silent = c.answers['task-or-load-failed'] === 'no' || c.answers['task-or-load-failed'] === 'no?';
      if (silent && c.symptoms.includes('rows-missing')) {
        expect([...c.symptoms, ...(c.sometimes ?? [])], c.id).toContain('success-but-empty');
      }
    }
  });

  it('keeps titles unique so the ranking can tell causes apart', () => {
    const titles = CAUSES.map((c) => c.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('causeById finds each and nothing else', () => {
    for (const c of CAUSES) expect(causeById(c.id)).toBe(c);
    expect(causeById('no-such-cause')).toBeUndefined();
  });
});

describe('telling causes apart', () => {
  it('gives no two causes the same symptoms and answers', () => {
    const seen = new Map<string, string>();
    for (const c of CAUSES) {
      const sig = signature(c);
      expect(seen.get(sig), `${c.id} has the same signature as ${seen.get(sig)}`).toBeUndefined();
      seen.set(sig, c.id);
    }
  });

  it('ranks each cause first when the triager reports exactly what it predicts', () => {
    for (const c of CAUSES) {
      const [first, second] = rank(KB, sessionFor(c)).causes;
      expect(first?.cause.id, c.id).toBe(c.id);
      expect(first!.probability, c.id).toBeGreaterThan(second!.probability);
    }
  });

  it("ranks each cause's seam first in that case too", () => {
    for (const c of CAUSES) expect(rank(KB, sessionFor(c)).seams[0]?.seam, c.id).toBe(c.seam);
  });
});

describe('the seed presets', () => {
  it('have a cause for every clause they name at their broken seam', () => {
    for (const p of PRESETS) {
      for (const clause of p.clauses[p.brokenSeam] ?? []) {
        const causes = CAUSES.filter((c) => c.templateId === clause.templateId && c.seam === p.brokenSeam);
        expect(causes.length, `${p.id}: ${clause.templateId}`).toBeGreaterThan(0);
      }
    }
  });

  it('start from symptoms that a cause at the broken seam produces', () => {
    for (const p of PRESETS) {
      for (const s of p.scenario.symptoms) {
        expect(symptomIds.has(s), `${p.id}: ${s}`).toBe(true);
        expect(
          CAUSES.some((c) => c.seam === p.brokenSeam && c.symptoms.includes(s)),
          `${p.id}: no cause at ${p.brokenSeam} produces ${s}`,
        ).toBe(true);
      }
    }
  });
});
