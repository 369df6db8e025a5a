/**
 * JSON as people paste it from docs and editors: trailing commas, comments, a missing comma. Each
 * JSON reader reads all of it and says what was not strict, where.
 */
import { describe, expect, it } from 'vitest';
import { edgePairs } from '../../test/parseFormats';
import { dbtManifestParser } from './dbt';
import { openLineageParser } from './openlineage';
import { ownYamlParser } from './ownYaml';

/** An event as the OpenLineage docs print it: a trailing comma after the last field of each object. */
const docsEvent = [
  '{',
  '  "eventType": "START",',
  '  "eventTime": "2020-12-09T23:37:31.081Z",',
  '  "run": {',
  '    "runId": "3b452093-782c-4ef2-9c0c-aafe2aa6f34d",',
  '  },',
  '  "job": {',
  '    "namespace": "my-scheduler-namespace",',
  '    "name": "myjob.mytask",',
  '  },',
  '  "inputs": [{ "namespace": "postgres://db:5432", "name": "shop.public.orders", }],',
  '  "outputs": [{ "namespace": "s3://lake", "name": "orders_daily", }],',
  '}',
].join('\n');

describe('hand-edited JSON', () => {
  it('OpenLineage: an event with trailing commas is read whole, with one warning at the first comma', () => {
    const r = openLineageParser.parse(docsEvent);
    expect(edgePairs(r)).toEqual(['shop.public.orders -> myjob.mytask', 'myjob.mytask -> orders_daily']);
    expect(r.warnings.map((w) => [w.line, w.column, w.problem])).toEqual([[5, 52, { kind: 'jsonTolerated', what: 'trailingComma', count: 5 }]]);
  });

  it('OpenLineage: a commented array keeps each event at its own line', () => {
    const text = `[\n  // the nightly run\n  ${docsEvent.replace(/\n/g, ' ')},\n  /* and its twin */ ${docsEvent.replace(/\n/g, ' ').replace('myjob.mytask', 'other')}\n]`;
    const r = openLineageParser.parse(text);
    expect(r.components.filter((c) => c.hints?.includes('job')).map((c) => [c.name, c.line])).toEqual([
      ['myjob.mytask', 3],
      ['other', 4],
    ]);
    expect(r.warnings.map((w) => w.problem?.kind)).toEqual(['jsonTolerated', 'jsonTolerated']);
  });

  it('OpenLineage: a missing comma is located, and the event after it is still read', () => {
    const r = openLineageParser.parse(docsEvent.replace('"eventType": "START",', '"eventType": "START"'));
    expect(r.warnings[0]).toMatchObject({ line: 3, column: 3, message: 'Invalid JSON: expected a comma' });
    expect(edgePairs(r)).toEqual(['shop.public.orders -> myjob.mytask', 'myjob.mytask -> orders_daily']);
  });

  it('own JSON: comments and trailing commas are read, with positions for what comes after them', () => {
    const text = ['{', '  // our stack', '  "components": ["Kafka", {"name": "S3 raw", "stage": "warehouse"},],', '  "edges": ["Kafka -> S3 raw",],', '}'].join('\n');
    expect(ownYamlParser.detect(text)).toBe(0.9);
    const r = ownYamlParser.parse(text);
    expect(edgePairs(r)).toEqual(['Kafka -> S3 raw']);
    expect(r.warnings.map((w) => [w.line, w.column, w.found, w.problem?.kind])).toEqual([
      [2, 3, '// our stack', 'jsonTolerated'],
      [3, 55, 'warehouse', 'unknownStage'],
      [3, 67, ',', 'jsonTolerated'],
    ]);
  });

  it('dbt: a trailing comma in pasted lineage maps is read with a warning', () => {
    const text = '{\n  "parent_map": {\n    "model.p.stg_a": ["source.p.raw.a"],\n  }\n}';
    const r = dbtManifestParser.parse(text);
    expect(edgePairs(r)).toEqual(['raw.a -> stg_a']);
    expect(r.warnings.map((w) => w.problem?.kind)).toEqual(['lineageOnly', 'jsonTolerated']);
  });
});
