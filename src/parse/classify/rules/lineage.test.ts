import { describe, expect, it } from 'vitest';
import type { RawComponent, RawEdge } from '../../types';
import { classifyPipeline } from '../pipeline';

/** A lineage as OpenLineage hands it over: jobs and datasets marked, with their namespaces. */
const job = (name: string, namespace = 'scheduler'): RawComponent => ({ id: name, name, hints: ['job', namespace] });
const dataset = (name: string, namespace: string): RawComponent => ({ id: name, name, hints: ['dataset', namespace] });
const run = (components: RawComponent[], links: [string, string][]) =>
  classifyPipeline(components, links.map(([from, to]): RawEdge => ({ from, to })));
const stages = (r: ReturnType<typeof run>) => Object.fromEntries([...r].map(([id, c]) => [id, c.placement]));

describe('rule 6 for lineage: jobs and datasets placed by what reads and writes what', () => {
  it('ETL that reads nothing the lineage shows brings data in; what it writes is stored', () => {
    const r = run([job('etl_invoices'), dataset('billing.invoices', 'billing'), job('etl_invoice_totals'), dataset('billing.invoice_totals', 'billing')], [
      ['etl_invoices', 'billing.invoices'],
      ['billing.invoices', 'etl_invoice_totals'],
      ['etl_invoice_totals', 'billing.invoice_totals'],
    ]);
    expect(stages(r)).toEqual({ etl_invoices: 'ingest', 'billing.invoices': 'store', etl_invoice_totals: 'process', 'billing.invoice_totals': 'process' });
  });

  it('a job no word places builds on what it reads: processed inputs make it a model, and its output too', () => {
    const r = run([job('etl_trips'), dataset('trips_clean', 'fleet'), job('weekly_driver_ranking'), dataset('driver_ranking', 'fleet')], [
      ['trips_clean', 'etl_trips'],
      ['etl_trips', 'trips_clean'],
      ['trips_clean', 'weekly_driver_ranking'],
      ['weekly_driver_ranking', 'driver_ranking'],
    ]);
    expect(r.get('weekly_driver_ranking')?.placement).toBe('model');
    expect(r.get('driver_ranking')?.placement).toBe('model');
  });

  it('a table only read, in an operational database, is the source; the job reading it ingests', () => {
    const r = run([dataset('shop.public.raw_carts', 'postgres://shop-db:5432'), job('copy_carts'), dataset('lake/carts', 's3://lake')], [
      ['shop.public.raw_carts', 'copy_carts'],
      ['copy_carts', 'lake/carts'],
    ]);
    expect(r.get('shop.public.raw_carts')?.placement).toBe('generate');
    expect(r.get('copy_carts')?.placement).toBe('ingest');
    expect(r.get('lake/carts')?.placement).toBe('store');
  });

  it('a table only read in a database the pipeline also writes into is stored there, not a source', () => {
    const r = run([dataset('crm.public.leads', 'postgres://crm:5432'), job('score_leads'), dataset('crm.public.lead_scores', 'postgres://crm:5432')], [
      ['crm.public.leads', 'score_leads'],
      ['score_leads', 'crm.public.lead_scores'],
    ]);
    expect(r.get('crm.public.leads')?.placement).toBe('store');
  });

  it('a table only read in the warehouse is already stored, not a source', () => {
    const r = run([dataset('dw.ref.currencies', 'bigquery'), job('convert_prices'), dataset('dw.prices_eur', 'bigquery')], [
      ['dw.ref.currencies', 'convert_prices'],
      ['convert_prices', 'dw.prices_eur'],
    ]);
    expect(r.get('dw.ref.currencies')?.placement).toBe('store');
    expect(r.get('dw.prices_eur')?.placement).toBe('process');
  });

  it('"staging" filled only by a load is the landing table; filled by a transform it is the cleaning layer', () => {
    const r = run([dataset('exports/sessions', 's3://drop'), job('load_sessions'), dataset('dw.staging.sessions', 'snowflake'), job('clean_sessions'), dataset('dw.staging.sessions_clean', 'snowflake')], [
      ['exports/sessions', 'load_sessions'],
      ['load_sessions', 'dw.staging.sessions'],
      ['dw.staging.sessions', 'clean_sessions'],
      ['clean_sessions', 'dw.staging.sessions_clean'],
    ]);
    expect(r.get('dw.staging.sessions')?.placement).toBe('store');
    expect(r.get('dw.staging.sessions_clean')?.placement).toBe('process');
  });

  it('a layer word still decides over the writer, and a named job keeps what its name says', () => {
    const r = run([job('transform_events'), dataset('gold/events_daily', 's3://lake')], [['transform_events', 'gold/events_daily']]);
    expect(r.get('gold/events_daily')?.placement).toBe('model');
    expect(r.get('transform_events')?.placement).toBe('process');
  });

  it('ETL drawn alone in free text is not taken for ingestion', () => {
    const r = classifyPipeline([{ id: 'e', name: 'ETL job' }], []);
    expect(r.get('e')?.placement).toBe('process');
  });
});
