import { describe, expect, it } from 'vitest';
import { airflowParser } from '../airflow';
import { edgePairs } from '../../../test/parseFormats';

const names = (text: string): string[] => airflowParser.parse(text).components.map((c) => c.name);

describe('the tables a task\'s own Python runs SQL on', () => {
  it('draws what a TaskFlow task inserts into and the qualified tables it selects from', () => {
    const text = [
      'from airflow.decorators import dag, task',
      '@dag(schedule=None)',
      'def weather():',
      '    @task',
      '    def load_weather():',
      '        """Insert the day\'s readings."""',
      '        cur.execute("INSERT INTO weather_readings (city, temp) VALUES (%s, %s)", row)',
      '        cur.execute("""INSERT INTO marts.daily_temp SELECT city, avg(temp) FROM staging.readings GROUP BY city""")',
      '    load_weather()',
      'weather()',
    ].join('\n');
    const r = airflowParser.parse(text);
    expect(r.components.map((c) => c.name)).toEqual(expect.arrayContaining(['weather_readings', 'marts.daily_temp', 'staging.readings']));
    expect(edgePairs(r)).toEqual(expect.arrayContaining(['load_weather -> weather_readings', 'staging.readings -> load_weather']));
  });

  it('reads the function a PythonOperator calls', () => {
    const text = [
      'from airflow import DAG',
      'from airflow.operators.python import PythonOperator',
      'def copy_counties():',
      '    hook.run("COPY counties FROM \'s3://raw/results.csv\' CSV")',
      'with DAG("covid") as dag:',
      '    PythonOperator(task_id="load_counties", python_callable=copy_counties)',
    ].join('\n');
    expect(names(text)).toEqual(expect.arrayContaining(['load_counties', 'counties']));
  });

  it('takes no table from a docstring or a log line that only reads like SQL', () => {
    const text = [
      'from airflow.decorators import dag, task',
      '@dag(schedule=None)',
      'def sync():',
      '    @task',
      '    def copy_data():',
      '        """Copy data from the external database to ours."""',
      '        log.info("select rows from source.orders")',
      '        log.info("Update products set by the vendor")',
      '    copy_data()',
      'sync()',
    ].join('\n');
    expect(names(text)).not.toContain('data');
    expect(names(text).filter((n) => /orders|products/.test(n))).toEqual([]);
  });

  it('takes no table from a sentence, a SQL comment, the catalog or a name cut at a placeholder', () => {
    const text = [
      'from airflow.decorators import dag, task',
      '@dag(schedule=None)',
      'def marts():',
      '    @task',
      '    def build(table):',
      '        """Create the daily summary from raw.events and insert into mart.daily."""',
      '        log.info("Insert into mart.orders done: %d rows")',
      '        cur.execute("""INSERT INTO mart.sales -- copy over the latest rows',
      '            SELECT * FROM staging.sales""")',
      '        cur.execute("INSERT INTO audit.loads SELECT count(*) FROM information_schema.tables")',
      '        cur.execute(f"INSERT INTO raw.{table} SELECT * FROM landing.{table}")',
      '    build("orders")',
      'marts()',
    ].join('\n');
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(['mart.sales', 'staging.sales', 'audit.loads']));
    for (const junk of ['raw.', 'landing.', 'mart.daily', 'mart.orders', 'raw.events', 'over', 'information_schema.tables']) expect(found).not.toContain(junk);
  });
});

describe('the files and tables a task\'s DataFrames read and write', () => {
  it('draws the file a task reads into a frame as its input and the table it writes the frame to as its output', () => {
    const text = [
      'from airflow.decorators import dag, task',
      '@dag(schedule=None)',
      'def sales():',
      '    @task',
      '    def load_sales():',
      '        df = pd.read_csv(os.path.expandvars("${AIRFLOW_HOME}/data/sales.csv"), sep=";")',
      '        df.to_sql("sales_raw", engine, if_exists="append")',
      '        df.to_parquet(f"/tmp/{run_id}.parquet")',
      '    load_sales()',
      'sales()',
    ].join('\n');
    const r = airflowParser.parse(text);
    expect(edgePairs(r)).toEqual(expect.arrayContaining(['sales.csv -> load_sales', 'load_sales -> sales_raw']));
    // A path still to be filled in names no one file.
    expect(r.components.map((c) => c.name).filter((n) => n.includes('parquet'))).toEqual([]);
  });
});
