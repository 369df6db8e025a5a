import { describe, expect, it } from 'vitest';
import { expectWellFormed, fixture } from '../../../test/parseFormats';
import { names, pairs, parse, placed, stages } from '../../../test/markdownReading';

describe('listParser on a stage-labelled list', () => {
  const r = parse(fixture('list-stages.md'));

  it('takes the tools of each "Stage: tools" item as components; the label is a hint, only [stage] states one', () => {
    expect(r.components.map((c) => [c.id, c.name, c.explicit, c.line])).toEqual([
      ['mobile-app', 'Mobile app', undefined, 5],
      ['web-app-react', 'Web app (React)', undefined, 6],
      ['kafka', 'Kafka', undefined, 8],
      ['kinesis', 'Kinesis', undefined, 8],
      ['s3', 'S3', undefined, 9],
      ['iceberg', 'Iceberg', undefined, 9],
      ['spark', 'Spark', undefined, 10],
      ['dbt', 'dbt', undefined, 11],
      ['looker', 'Looker', undefined, 12],
      ['tableau', 'Tableau', undefined, 12],
      ['airflow', 'Airflow', undefined, 13],
      ['snowflake', 'Snowflake', undefined, 14],
      ['orders-mart', 'orders_mart', 'model', 16],
      ['reverse-etl-activation', 'Reverse ETL [activation]', undefined, 17],
    ]);
    expect(r.components.find((c) => c.id === 'snowflake')?.hints).toEqual(['Warehouse', 'storage']);
    expect(r.components.find((c) => c.id === 'mobile-app')?.hints).toEqual(['Sources']);
    expect(placed(r)).toEqual({
      'mobile-app': 'generate',
      'web-app-react': 'generate',
      kafka: 'ingest',
      kinesis: 'ingest',
      s3: 'store',
      iceberg: 'store',
      spark: 'process',
      dbt: 'process',
      looker: 'serve',
      tableau: 'serve',
      airflow: 'orchestrate',
      snowflake: 'store',
      'orders-mart': 'model',
      'reverse-etl-activation': 'serve',
    });
  });

  it('ends a name listed after a stage label at a dash; what follows describes it', () => {
    const r = parse('- **Warehouse:** Snowflake — storage and compute for everything\n- **Fact Table:** `fct_order_items` — Modeled at the line item grain. This central table holds the measures.');
    expect(names(r)).toEqual(['Snowflake', 'fct_order_items']);
    expect(placed(r)).toEqual({ snowflake: 'store', 'fct-order-items': 'model' });
  });

  it('never lets a heading outvote the product it names: a broker under "Data generation" stays ingest', () => {
    const h = parse('## Data generation\n- Kafka\n- Postgres\n## Data processing\n- Iceberg\n- orders_clean');
    expect(h.components.every((c) => c.explicit === undefined)).toBe(true);
    expect(placed(h)).toEqual({ kafka: 'ingest', postgres: 'generate', iceberg: 'store', 'orders-clean': 'process' });
  });

  it('chains the steps; tools of one step are parallel; the orchestrator stays off the data path', () => {
    expect(pairs(r)).toEqual(
      [
        'mobile-app->kafka',
        'mobile-app->kinesis',
        'web-app-react->kafka',
        'web-app-react->kinesis',
        'kafka->s3',
        'kafka->iceberg',
        'kinesis->s3',
        'kinesis->iceberg',
        's3->spark',
        'iceberg->spark',
        'spark->dbt',
        'dbt->looker',
        'dbt->tableau',
        'looker->snowflake',
        'tableau->snowflake',
        'snowflake->orders-mart',
        'orders-mart->reverse-etl-activation',
      ].sort(),
    );
  });

  it('warns about an empty item and a bracket that is not a stage', () => {
    expect(r.warnings).toEqual([
      { line: 15, column: 1, message: 'Empty list item', found: '-' },
      {
        line: 17,
        column: 15,
        message: '"[activation]" is not a stage; kept as part of the name',
        found: '[activation]',
      },
    ]);
    expectWellFormed(r);
  });
});

describe('listParser on a numbered outline', () => {
  const r = parse(fixture('list-outline.md'));

  it('reads step labels, components under them, and a parent feeding its child', () => {
    expect(names(r)).toEqual([
      'Checkout service',
      'Payments webhook',
      'Kafka',
      'raw_payments topic',
      'Fivetran',
      'BigQuery',
      'dbt',
      'Looker Studio',
    ]);
    expect(pairs(r)).toEqual(
      [
        'checkout-service->kafka',
        'payments-webhook->kafka',
        'kafka->raw-payments-topic',
        'kafka->fivetran',
        'fivetran->bigquery',
        'bigquery->dbt',
        'dbt->looker-studio',
      ].sort(),
    );
  });

  it('turns step labels, stage labels and continuation lines into hints; only [stage] is explicit', () => {
    const find = (id: string) => r.components.find((c) => c.id === id);
    expect(find('checkout-service')?.hints).toEqual(['Collect events']);
    expect(find('fivetran')?.hints).toEqual(['Load']);
    expect(find('bigquery')?.explicit).toBe('store');
    expect(find('dbt')?.hints).toEqual(['Builds fct_revenue and the finance marts every night.']);
    expect(find('looker-studio')?.explicit).toBeUndefined();
    expect(find('looker-studio')?.hints).toEqual(['Serving']);
    expect(placed(r)['looker-studio']).toBe('serve');
  });

  it('warns about a stage label with nothing under it', () => {
    expect(r.warnings).toEqual([{ line: 16, column: 4, message: 'Step with no components under it', found: 'Ingest' }]);
  });
});

describe('listParser on prose', () => {
  it('reads the mentions of a sentence in order', () => {
    const r = parse(
      'events go to Kafka, land in S3 and are transformed with Spark, then modelled in dbt and shown in Looker',
    );
    expect(names(r)).toEqual(['Kafka', 'S3', 'Spark', 'dbt', 'Looker']);
    expect(r.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['kafka->s3', 's3->spark', 'spark->dbt', 'dbt->looker']);
  });

  it('reads a realistic paragraph: code spans, snake_case, multi-word names', () => {
    const r = parse(fixture('list-prose.txt'));
    // The lexicon knows clickstream as a source, even as a sentence's first word.
    expect(r.components.map((c) => [c.id, c.name, c.line])).toEqual([
      ['clickstream', 'Clickstream', 2],
      ['kafka', 'Kafka', 2],
      ['s3', 'S3', 2],
      ['spark', 'Spark', 2],
      ['dbt', 'dbt', 3],
      ['looker', 'Looker', 3],
      ['orders-db', 'orders_db', 5],
      ['debezium', 'Debezium', 5],
      ['daily-revenue', 'daily_revenue', 6],
      ['google-sheets', 'Google Sheets', 6],
    ]);
    expect(pairs(r)).toEqual(
      // Two paragraphs are two statements: Looker does not feed the orders replica.
      [
        'clickstream->kafka',
        'kafka->s3',
        's3->spark',
        'spark->dbt',
        'dbt->looker',
        'orders-db->debezium',
        'debezium->daily-revenue',
        'daily-revenue->google-sheets',
      ].sort(),
    );
    expect(r.warnings).toEqual([]);
  });

  it('takes words after prepositions, [stage] overrides, and leaves schedulers off the chain', () => {
    const r = parse('Airflow runs it: events from the mobile app are sent to clickhouse, then orders [model] go into Metabase.');
    // "mobile app" is a lexicon name: the lowercase word after "mobile" belongs to it.
    expect(names(r)).toEqual(['Airflow', 'mobile app', 'clickhouse', 'orders', 'Metabase']);
    expect(stages(r).orders).toBe('model');
    expect(pairs(r)).toEqual(['clickhouse->orders', 'mobile-app->clickhouse', 'orders->metabase']);
  });

  it('drops filler and sentence-initial capitals', () => {
    const r = parse('Then the data is loaded. Every night we copy it into BigQuery via Fivetran.');
    expect(names(r)).toEqual(['BigQuery', 'Fivetran']);
  });
});

describe('listParser details', () => {
  it('chains a numbered list', () => {
    const r = parse('1. Postgres\n2) Debezium\n3. Kafka\n4. ClickHouse');
    expect(r.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['postgres->debezium', 'debezium->kafka', 'kafka->clickhouse']);
  });

  it('lets a component parent feed its children, the main line continuing from the parent', () => {
    const r = parse('- Kafka\n  - S3\n  - Elasticsearch\n- Spark');
    expect(pairs(r)).toEqual(['kafka->elasticsearch', 'kafka->s3', 'kafka->spark']);
  });

  it('reads stage sections, label lines and their separators', () => {
    const r = parse(
      'Ingestion:\n  - Fivetran\n  - Segment\nStorage layer: Snowflake\nProcessing - Spark\n## Serving\n* Looker\n* Hex',
    );
    // "Storage layer: Snowflake" at the margin after "- Segment" is a line of its own, not the item's continuation.
    expect(placed(r)).toEqual({
      fivetran: 'ingest',
      segment: 'ingest',
      snowflake: 'store',
      spark: 'process',
      looker: 'serve',
      hex: 'serve',
    });
    expect(r.components.find((c) => c.id === 'snowflake')?.hints).toEqual(['Storage layer']);
    expect(pairs(r)).toEqual([
      'fivetran->snowflake',
      'segment->snowflake',
      'snowflake->spark',
      'spark->hex',
      'spark->looker',
    ]);
  });

  it('accepts stage synonyms: in a label they hint, in brackets they state', () => {
    const r = parse(
      [
        '- Source: Shopify',
        '- Generation: Web app',
        '- Transform: Spark',
        '- Modelling: dbt',
        '- Semantic layer: Cube',
        '- Scheduler: Dagster',
        '- Other: DataHub',
        '- x [ignore]',
        '- y [bi]',
        '- z [storage]',
      ].join('\n'),
    );
    expect(Object.entries(stages(r)).filter(([, e]) => e !== undefined)).toEqual([['x', 'none'], ['y', 'serve'], ['z', 'store']]);
    expect(placed(r)).toEqual({
      shopify: 'generate',
      'web-app': 'generate',
      spark: 'process',
      dbt: 'process',
      cube: 'model',
      dagster: 'orchestrate',
      datahub: 'none',
      x: 'none',
      y: 'serve',
      z: 'store',
    });
  });

  it('ignores markdown decoration and comments, and warns about an unclosed comment and backtick', () => {
    const r = parse('<!-- note -->\n- **Kafka**\n- [S3](https://aws.amazon.com/s3/)\n- [x] Spark\nData is read by `dbt\n<!-- open');
    expect(names(r)).toEqual(['Kafka', 'S3', 'Spark', 'dbt']);
    expect(r.warnings).toEqual([
      { line: 5, column: 17, message: 'Backtick is never closed', found: '`dbt' },
      { line: 6, column: 1, message: 'Comment is never closed', found: '<!--' },
    ]);
  });

  it('takes a product before a role phrase as the component, the phrase as what it is', () => {
    const r = parse('- Dagster - Orchestrator - https://dagster.io\n- MINIO - S3 data lake\n- Apache Superset - Data Visualization\n- Kafka - ZooKeeper');
    expect(names(r)).toEqual(['Dagster', 'MINIO', 'Apache Superset', 'ZooKeeper']);
    expect(r.components.find((c) => c.name === 'MINIO')?.hints).toContain('S3 data lake');
    expect(placed(r)).toMatchObject({ dagster: 'orchestrate', minio: 'store', 'apache-superset': 'serve' });
  });

  it('takes a table named in a bold label as the component its next line describes', () => {
    const r = parse('- **`gold_dim_date`**:\n  Calendar dimension built from silver.\n- **`gold_fact_sales`**: Sales fact table.');
    expect(names(r)).toEqual(['gold_dim_date', 'gold_fact_sales']);
    expect(r.components[0]?.hints).toContain('Calendar dimension built from silver.');
    // A version or a numbered heading over its items is no table.
    expect(names(parse('- **Python 3.11**:\n  - Kafka\n- **2.1 Ingestion**:\n  - Airbyte'))).toEqual(['Kafka', 'Airbyte']);
  });

  it('takes products named together in a bold label as one component each', () => {
    const r = parse('* **Apache Spark**: processing\n* **HDFS & Hive**: For storing data in Parquet format.\n* **Metabase/Tableau**: For final visual analysis.\n* **Data Lake/Warehouse**: one thing');
    expect(names(r)).toEqual(['Apache Spark', 'HDFS', 'Hive', 'Metabase', 'Tableau', 'Data Lake/Warehouse']);
    expect(placed(r)).toMatchObject({ hdfs: 'store', metabase: 'serve', tableau: 'serve' });
  });

  it('takes the tools a feature bullet is provided by, not its bold title', () => {
    const r = parse('- **Workflow orchestration** with EventBridge Scheduler and Step Functions\n- **Fault tolerance** using an SQS queue for failed runs\n- **Reliability tooling** with regression tests');
    expect(names(r)).toEqual(['EventBridge Scheduler', 'Step Functions', 'SQS', 'Reliability tooling']);
    expect(r.components.find((c) => c.name === 'SQS')?.hints).toContain('Fault tolerance');
    // A bold that names a thing is one, whatever it is used with.
    const things = parse('- **Spark** using Delta Lake\n- **Orders API** using FastAPI\n- **Ingestion service** with Kafka consumers');
    expect(names(things)).toEqual(['Spark', 'Delta Lake', 'Orders API', 'FastAPI', 'Ingestion service', 'Kafka consumers']);
  });
});
