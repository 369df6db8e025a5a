import { describe, expect, it } from 'vitest';
import type { RawPipeline } from '../../types';
import { arrowsParser } from '../arrows';

const parse = (text: string): RawPipeline => arrowsParser.parse(text);
const names = (r: RawPipeline): string[] => r.components.map((c) => c.name);

describe('arrow chains of numbered steps', () => {
  it('names each step without its number, in any of the ways READMEs number them', () => {
    const r = parse(['1. Load Pre-trained Model', '    ↓', '2) Fetch BigQuery Data', '    ↓', 'Step 3: Fine-tune Model', '    ↓', 'Etapa 4: Upload Predictions'].join('\n'));
    expect(names(r)).toEqual(['Load Pre-trained Model', 'Fetch BigQuery Data', 'Fine-tune Model', 'Upload Predictions']);
  });

  it('keeps numbers that are part of a name: no stop after them, a quoted name, a number with no name after it', () => {
    const r = parse(['3 Topics -> "1. Raw" -> Stage 2 -> Spark 3'].join('\n'));
    expect(names(r)).toEqual(['3 Topics', '1. Raw', 'Stage 2', 'Spark 3']);
  });
});

describe('arrow chains of clauses', () => {
  it('names a step written as a clause by its subject, and keeps what it does as a hint', () => {
    const r = parse(['Wikimedia EventStreams', '-> source_client.py reads SSE events', '-> publisher.py publishes raw envelopes to Redpanda'].join('\n'));
    expect(names(r)).toEqual(['Wikimedia EventStreams', 'source_client.py', 'publisher.py']);
    expect(r.components.find((c) => c.name === 'publisher.py')?.hints).toContain('publishes raw envelopes to Redpanda');
    expect(r.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['wikimedia-eventstreams->source-client-py', 'source-client-py->publisher-py']);
  });

  it('does not split a product whose name ends in a verb, nor a name with nothing after the verb', () => {
    const r = parse('Orders topic -> Kafka Streams app -> Spark processes -> Amazon Kinesis Data Streams consumer');
    expect(names(r)).toEqual(['Orders topic', 'Kafka Streams app', 'Spark processes', 'Amazon Kinesis Data Streams consumer']);
  });
});
