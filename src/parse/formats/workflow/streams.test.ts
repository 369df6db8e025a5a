import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { edgePairs } from '../../../test/parseFormats';
import { workflowParser } from '../workflow';

const vector = [
  'data_dir: /var/lib/vector',
  'sources:',
  '  app_logs:',
  '    type: kafka',
  '    topics: [app]',
  'transforms:',
  '  by_level:',
  '    type: route',
  '    inputs: [app_logs]',
  '    route:',
  '      errors: \'.level == "error"\'',
  '  parsed:',
  '    type: remap',
  '    inputs: ["by_level.errors"]',
  'sinks:',
  '  archive:',
  '    type: aws_s3',
  '    inputs: [parsed]',
  '    bucket: log-archive',
  '  search:',
  '    type: elasticsearch',
  '    inputs: [parsed, missing_step]',
].join('\n');

const template = JSON.stringify({
  sources: [{ name: 'clicks', module: 'pubsub', parameters: { subscription: 'projects/p/subscriptions/clicks' } }],
  transforms: [{ name: 'sessions', module: 'window', inputs: ['clicks'] }],
  sinks: [{ name: 'sessionTable', module: 'bigquery', input: 'sessions' }],
});

describe('pipelines declared as sources, transforms and sinks', () => {
  it('reads a Vector config as a workflow: sources read data in, transforms work, sinks by where they write', () => {
    const r = importPipeline(vector);
    expect(r.ok && r.value.format).toBe('workflow');
    const placed = r.ok ? Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement])) : {};
    expect(placed).toMatchObject({ app_logs: 'ingest', by_level: 'process', parsed: 'process', archive: 'store' });
  });

  it('wires each component to what its inputs name, a route output to its route, and adds an input named nowhere', () => {
    const r = workflowParser.parse(vector);
    expect(edgePairs(r)).toEqual(expect.arrayContaining(['app_logs -> by_level', 'by_level -> parsed', 'parsed -> archive', 'parsed -> search', 'missing_step -> search']));
    expect(r.warnings.map((w) => w.message)).toEqual(['Component "search" names "missing_step", which is not a component in this file; added']);
  });

  it('reads a Dataflow template in JSON, its components listed by name and wired by input', () => {
    const r = importPipeline(template);
    expect(r.ok && r.value.format).toBe('workflow');
    expect(edgePairs(workflowParser.parse(template))).toEqual(['clicks -> sessions', 'sessions -> sessionTable']);
  });

  it('wires an input with a wildcard to every component it matches', () => {
    const text = ['sources:', '  app_web: { type: file }', '  app_api: { type: http_server }', 'sinks:', '  all: { type: console, inputs: ["app_*"] }'].join('\n');
    const r = workflowParser.parse(text);
    expect(edgePairs(r)).toEqual(['app_web -> all', 'app_api -> all']);
    expect(r.warnings).toEqual([]);
  });

  it("reads Numaflow's Pipeline resource: vertices by their role, joined by its edges", () => {
    const text = [
      'apiVersion: numaflow.numaproj.io/v1alpha1',
      'kind: Pipeline',
      'metadata: { name: clicks }',
      'spec:',
      '  vertices:',
      '    - name: in',
      '      source: { kafka: { topic: clicks } }',
      '    - name: sessionize',
      '      udf: { container: { image: example/sessionize:1.0 } }',
      '    - name: out',
      '      sink: { kafka: { topic: sessions } }',
      '  edges:',
      '    - { from: in, to: sessionize }',
      '    - { from: sessionize, to: out }',
    ].join('\n');
    const r = importPipeline(text);
    expect(r.ok && r.value.format).toBe('workflow');
    const placed = r.ok ? Object.fromEntries(r.value.graph.components.map((c) => [c.name, c.placement])) : {};
    expect(placed).toMatchObject({ in: 'ingest', sessionize: 'process' });
    expect(edgePairs(workflowParser.parse(text))).toEqual(['in -> sessionize', 'sessionize -> out']);
  });

  it('adds a vertex a Numaflow edge names but no vertex declares, and says which', () => {
    const text = ['apiVersion: numaflow.numaproj.io/v1alpha1', 'kind: Pipeline', 'spec:', '  vertices:', '    - name: in', '      source: { http: {} }', '  edges:', '    - { from: in, to: out }'].join('\n');
    const r = workflowParser.parse(text);
    expect(edgePairs(r)).toEqual(['in -> out']);
    expect(r.warnings.map((w) => w.message)).toEqual(['Component "in" names "out", which is not a component in this file; added']);
  });
});
