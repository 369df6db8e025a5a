import { describe, expect, it } from 'vitest';
import type { PipelineGraph } from '../../domain/pipeline';
import { PRESETS, presetWorkspace } from '../../domain/presets';
import { mermaidParser } from '../../parse/formats/mermaid';
import { importPipeline } from '../../parse/importPipeline';
import { exportedName, idAllocator, mermaidLabel, nodeIdBase } from './escape';
import { mermaidFileName, toMermaid } from '.';
import { workspaceWith } from './testing';

const component = (id: string, name: string, placement: PipelineGraph['components'][number]['placement']) => ({
  id,
  name,
  placement,
  confidence: 1,
  uncertain: false,
  reason: 'set by you',
});

const ORDERS: PipelineGraph = {
  format: 'mermaid',
  components: [
    component('app', 'Orders "v2" app', 'generate'),
    component('kafka', 'Kafka', 'store'),
    component('spark', 'Spark job', 'process'),
    component('af', 'Airflow', 'orchestrate'),
    component('grafana', 'Grafana', 'none'),
  ],
  edges: [
    { from: 'app', to: 'kafka' },
    { from: 'kafka', to: 'spark' },
    { from: 'af', to: 'spark', control: true },
    { from: 'kafka', to: 'spark' },
  ],
};

// Verdict picks by seam: generate-ingest broken, ingest-store suspect, store-process holds, the rest unknown.
const ORDERS_WS = workspaceWith({ pipeline: ORDERS }, [3, 2, 1, 0, 0, 0]);

describe('toMermaid', () => {
  it('writes stages as subgraphs, names as labels ending in their stage, and verdicts as classes and link styles', () => {
    expect(toMermaid(ORDERS_WS)).toBe(
      [
        '---',
        'title: "Orders \\"nightly\\" pipeline"',
        '---',
        '%% Exported from Pipeline Seams. Subgraphs are stages; the [stage] ending each label states it, so the app imports the file back into the same places.',
        '%% Seam Generate → Ingest: broken',
        '%% Seam Ingest → Store: suspect',
        '%% Seam Store → Process: holds',
        '%% Seam Process → Model: unknown',
        '%% Seam Model → Serve: unknown',
        '%% Seam Orchestration ↔ All: unknown',
        'flowchart LR',
        '  subgraph generate["Generate"]',
        '    generate_orders_v2_app["Orders #quot;v2#quot; app [generate]"]',
        '  end',
        '  subgraph store["Store"]',
        '    store_kafka["Kafka [store]"]',
        '  end',
        '  subgraph process["Process"]',
        '    process_spark_job["Spark job [process]"]',
        '  end',
        '  subgraph orchestration["Orchestration"]',
        '    orchestration_airflow["Airflow [orchestrate]"]',
        '  end',
        '  subgraph other["Not a pipeline stage"]',
        '    other_grafana["Grafana [none]"]',
        '  end',
        '  generate_orders_v2_app -->|"Generate → Ingest: broken, Ingest → Store: suspect"| store_kafka',
        '  store_kafka --> process_spark_job',
        '  orchestration_airflow -.-> process_spark_job',
        '  classDef broken fill:#fff1f2,stroke:#f43f5e,stroke-width:2px,color:#be123c',
        '  classDef suspect fill:#fffbeb,stroke:#f59e0b,stroke-width:2px,color:#92400e',
        '  classDef holds fill:#ecfdf5,stroke:#10b981,stroke-width:1px,color:#047857',
        '  classDef unknown fill:#f8fafc,stroke:#94a3b8,stroke-width:1px,color:#475569,stroke-dasharray:4 3',
        '  class store suspect',
        '  class process holds',
        '  class orchestration unknown',
        '  linkStyle 0 stroke:#f43f5e,stroke-width:3px',
        '  linkStyle 1 stroke:#10b981,stroke-width:2px',
        '',
      ].join('\n'),
    );
  });

  it('keeps a component where the user put it, even where its name alone would place it elsewhere', () => {
    const r = importPipeline(toMermaid(ORDERS_WS));
    // Kafka reads as ingest on its own; the stated [store] wins over the name and the subgraph title.
    expect(r.ok && r.value.graph.components.find((c) => c.name === 'Kafka')).toMatchObject({ placement: 'store', confidence: 1 });
  });

  it('writes a workspace without an import as its six stages, chained through the first component of each', () => {
    const text = toMermaid(presetWorkspace(PRESETS[0] ?? (undefined as never), () => 'id', '2026-01-01T00:00:00.000Z'));
    expect(text.match(/^ {2}subgraph \w+\["\w+"\]$/gm)).toEqual(['Generate', 'Ingest', 'Store', 'Process', 'Model', 'Serve'].map((t) => `  subgraph ${t.toLowerCase()}["${t}"]`));
    expect(text.match(/^ {2}\w+ -->.*$/gm)).toEqual(['  generate_client_app -->|"Generate → Ingest: broken"| ingest_ingestor']);
  });

  it('writes a blank workspace as the six empty stages, with nothing to import back', () => {
    const text = toMermaid(workspaceWith({}));
    expect(text.match(/subgraph/g)).toHaveLength(6);
    expect(importPipeline(text)).toMatchObject({ ok: false, error: { kind: 'nothingFound' } });
  });

  it('is deterministic and leaves the workspace as it was', () => {
    const before = JSON.stringify(ORDERS_WS);
    expect(toMermaid(ORDERS_WS)).toBe(toMermaid(ORDERS_WS));
    expect(JSON.stringify(ORDERS_WS)).toBe(before);
  });
});

describe('mermaidLabel', () => {
  it.each([
    ['Kafka', 'Kafka'],
    ['Web app (SPA) [beta] {x} | y; z', 'Web app (SPA) [beta] {x} | y; z'],
    ['say "hi"', 'say #quot;hi#quot;'],
    ['<b>bold</b>', '#lt;b#gt;bold#lt;/b#gt;'],
    ['`code`', '#96;code#96;'],
    ['C# and R&D', 'C# and R#38;D'],
    ['#quot; &amp;', '#35;quot; #38;amp;'],
    ['100%% sure $$x$$', '100#37;% sure #36;$x#36;$'],
    ['fa:fa-car', 'fa#58;fa-car'],
    ['a\n  b\t', 'a b'],
    ['zero\u200bwidth', 'zero#8203;width'],
    ['Données 日本語 😀', 'Données 日本語 😀'],
    ['lifestyle:#a;', 'life#115;tyle:#35;a;'],
  ])('%j → %j', (name, label) => {
    expect(mermaidLabel(name)).toBe(label);
  });

  it('reads back through the importer as the exported name', () => {
    for (const name of ['fa:fa-car', '#lt;b#gt;', '##35;', '&#quot;', 'x [store]', 'a  b']) {
      const r = mermaidParser.parse(`flowchart LR\n  a["${mermaidLabel(name)} [model]"]`);
      expect(r.components[0]).toMatchObject({ name: exportedName(name), explicit: 'model' });
    }
  });
});

describe('node ids', () => {
  it('are the group and ASCII words of the name, unique, never "style"', () => {
    const next = idAllocator();
    expect(next(nodeIdBase('ingest', 'Kafka Connect'))).toBe('ingest_kafka_connect');
    expect(next(nodeIdBase('ingest', 'Kafka  connect!'))).toBe('ingest_kafka_connect_2');
    expect(next(nodeIdBase('store', 'Données brutes'))).toBe('store_donnees_brutes');
    expect(next(nodeIdBase('serve', '日本語'))).toBe('serve_node');
    expect(next(nodeIdBase('serve', '"'))).toBe('serve_node_2');
    expect(next(nodeIdBase('model', 'Lifestyle metrics'))).toBe('model_lifestyl_metrics');
    // Shortening must not make a new "style" (the oracle property found "stylelifestyle").
    expect(nodeIdBase('generate', 'stylelifestyle:#a;')).not.toContain('style');
  });
});

describe('mermaidFileName', () => {
  it('is the workspace name as a slug, with the .mmd extension', () => {
    expect(mermaidFileName('Orders pipeline: Ack before commit')).toBe('orders-pipeline-ack-before-commit.mmd');
    expect(mermaidFileName('Données / 2026')).toBe('donnees-2026.mmd');
    expect(mermaidFileName('   ')).toBe('pipeline.mmd');
  });
});
