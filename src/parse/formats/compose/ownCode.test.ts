import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { meetsSink } from './roles';

const read = (yaml: string) => {
  const r = importPipeline(yaml, 'compose');
  if (!r.ok) throw new Error(r.error.kind);
  const { components, edges } = r.value.graph;
  const name = (id: string) => components.find((c) => c.id === id)?.name;
  return {
    stage: Object.fromEntries(components.map((c) => [c.name, c.placement])),
    flows: edges.filter((e) => !e.control).map((e) => `${name(e.from)} → ${name(e.to)}`),
  };
};

// A broker and no CDC service: the stack's databases are where it writes, not sources.
const stack = (more: string) => `services:
  kafka:
    image: bitnami/kafka:3.7
  postgres:
    image: postgres:16
${more}`;

describe("compose: the project's own services beside a database the stack writes to", () => {
  it('work of its own fills the database, so the database is a store', () => {
    const s = read(stack(`  processing:
    build: ./processing
    depends_on: [kafka, postgres]
`));
    expect(s.flows).toContain('processing → postgres');
    expect(s.stage['postgres']).toBe('store');
  });

  it('an API or a dashboard of its own reads the database', () => {
    const s = read(stack(`  traffic-api:
    build: ./api
    depends_on: [postgres]
`));
    expect(s.flows).toContain('postgres → traffic-api');
    expect(s.stage['traffic-api']).toBe('serve');
  });

  it('by what its name says it does', () => {
    expect(meetsSink('stream-processor')).toBe('fills');
    expect(meetsSink('dashboard')).toBe('reads');
    expect(meetsSink('airflow-webserver')).toBeUndefined();
    // An app, a scheduler or a name that says nothing may own the database or only start after it.
    expect(meetsSink('backend')).toBeUndefined();
    expect(meetsSink('scheduler')).toBeUndefined();
  });
});
