import { describe, expect, it } from 'vitest';
import { DESCRIPTION_HINT, declaredRule } from './declared';

describe('rule 1: a role the format declares (dbt)', () => {
  it('places dbt sources, seeds and exposures by their resource type', () => {
    expect(declaredRule('stripe.payments', ['dbt source'])?.placement).toBe('store');
    expect(declaredRule('weekly_revenue', ['dbt exposure', 'dashboard'])?.placement).toBe('serve');
    expect(declaredRule('assert_positive', ['dbt test'])?.placement).toBe('none');
  });

  it('takes a bare type word from another format for what it says, not a dbt resource', () => {
    // `MySQL (source)` in arrow text, a Mermaid node of class `source`, `Spark (model)`.
    expect(declaredRule('MySQL', ['source'])).toBeUndefined();
    expect(declaredRule('airports_data', ['source', 'Source: Postgres Bookings'])).toBeUndefined();
    expect(declaredRule('Spark', ['model'])).toBeUndefined();
  });

  it('places a dbt model by its layer: raw and bronze are store, staging is process, marts are model', () => {
    expect(declaredRule('bronze_flights', ['dbt model'])).toMatchObject({ placement: 'store', rule: 'layer' });
    expect(declaredRule('flights', ['dbt model', 'raw'])?.placement).toBe('store');
    expect(declaredRule('stg_orders', ['dbt model'])).toMatchObject({ placement: 'process', rule: 'layer' });
    expect(declaredRule('orders', ['dbt model', 'staging'])?.placement).toBe('process');
    expect(declaredRule('customers', ['dbt model', 'marts'])?.placement).toBe('model');
    expect(declaredRule('orders', ['dbt model'])).toMatchObject({ placement: 'model', rule: 'declared' });
    // How dbt materializes a model ('view', 'table') is not its layer.
    expect(declaredRule('customers', ['dbt model', 'view', 'staging'])?.placement).toBe('process');
  });

  it('takes the layer a model\'s description opens with over its folder, but not one it only mentions', () => {
    const about = (d: string): string => `${DESCRIPTION_HINT}${d}`;
    expect(declaredRule('visits', ['dbt model', 'staging', about('Fact table of site visits, one row a session')])?.placement).toBe('model');
    expect(declaredRule('regions', ['dbt model', 'staging', about('dimension table of sales regions')])?.placement).toBe('model');
    expect(declaredRule('orders', ['dbt model', 'marts', about('Joins the staging orders with payments')])?.placement).toBe('model');
    expect(declaredRule('payments', ['dbt model', about('Staging model for the payments source')])?.placement).toBe('process');
  });

  it('places a source as landed unless its name or schema is a later layer; a staging schema is still landed', () => {
    expect(declaredRule('ecom_intermediate.orders', ['dbt source', 'ECOM_DB.ecom_intermediate'])).toMatchObject({ placement: 'process', reason: 'dbt source in the "intermediate" layer' });
    expect(declaredRule('shop.orders', ['dbt source', 'fivetran', 'analytics.marts'])?.placement).toBe('model');
    expect(declaredRule('staging.green_tripdata', ['dbt source', 'etl.ny_taxi'])?.placement).toBe('store');
    expect(declaredRule('raw.orders', ['dbt source'])?.placement).toBe('store');
    // The layer that moved it decides, not a staging word elsewhere in its name.
    expect(declaredRule('staging.orders', ['dbt source', 'analytics.marts'])?.placement).toBe('model');
  });

  it("places a source by its own name and schema, not a table's: raw exports of a star schema are landed", () => {
    expect(declaredRule('source.fact_sales', ['dbt source', 'source'])?.placement).toBe('store');
    expect(declaredRule('erp.dim_customer', ['dbt source'])?.placement).toBe('store');
    expect(declaredRule('marts.dim_customer', ['dbt source'])?.placement).toBe('model');
    // A source named for a kind of table groups landed tables; only a zone (marts, intermediate) moves it.
    expect(declaredRule('DIMENSIONS.clientes', ['dbt source', 'BD_STORE.public'])?.placement).toBe('store');
    expect(declaredRule('FACTS.vendas', ['dbt source'])?.placement).toBe('store');
    // A table named without its source carries the source in a hint; the source itself is placed by its own name.
    expect(declaredRule('fact_sales', ['dbt source', 'source raw'])?.placement).toBe('store');
    expect(declaredRule('customers_current', ['dbt source', 'source silver'])?.placement).toBe('process');
    expect(declaredRule('silver', ['dbt source', 'source silver'])?.placement).toBe('process');
  });

  it('declares nothing without a dbt resource type', () => {
    expect(declaredRule('Sources', ['Sources'])).toBeUndefined();
  });
});
