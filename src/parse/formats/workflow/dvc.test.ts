import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { edgePairs } from '../../../test/parseFormats';
import { workflowParser } from '../workflow';

const text = [
  'stages:',
  '  clean:',
  '    cmd: python src/clean.py data/raw/churn.csv data/clean',
  '    deps:',
  '      - data/raw/churn.csv',
  '      - src/clean.py',
  '    outs:',
  '      - data/clean',
  '  train:',
  '    cmd: python src/train.py data/clean models/churn.pkl',
  '    deps: [data/clean, src/train.py]',
  '    params: [train.depth]',
  '    outs:',
  '      - models/churn.pkl:',
  '          cache: false',
  '    metrics:',
  '      - reports/scores.json',
].join('\n');

describe('DVC pipelines', () => {
  it('is read as a workflow: stages as work placed by their words, files by what reads and writes them', () => {
    const r = importPipeline(text);
    expect(r.ok && r.value.format).toBe('workflow');
    const placed = r.ok ? Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement])) : {};
    expect(placed).toMatchObject({ clean: 'process', train: 'model', 'data/raw/churn.csv': 'generate', 'models/churn.pkl': 'model' });
  });

  it('joins each file to the stages that read and write it, and keeps the code a stage runs as its hint, not as data', () => {
    const r = workflowParser.parse(text);
    expect(edgePairs(r)).toEqual(['data/raw/churn.csv -> clean', 'clean -> data/clean', 'data/clean -> train', 'train -> models/churn.pkl', 'train -> reports/scores.json']);
    expect(r.components.map((c) => c.name)).not.toContain('src/train.py');
    expect(r.components.find((c) => c.name === 'train')?.hints).toContain('src/train.py');
  });
});
