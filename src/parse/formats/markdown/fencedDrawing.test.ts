import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';

const DRAWING = ['## Pipeline Architecture', '', '```', 'Scrape (Naukri + LinkedIn)', '        ↓', '  PostgreSQL (jobs_raw)', '        ↓', '  Deduplicate → Clean', '        ↓', '  Looker Studio Dashboard', '```', ''];

describe('a drawing fenced in a page', () => {
  it('is read with the page when a sentence around it names a product, so the sentence is not dropped', () => {
    const imported = importPipeline([...DRAWING, 'Orchestrated by **Apache Airflow** on a daily schedule.'].join('\n'));
    expect(imported.ok && imported.value.format).toBe('list');
    const names = imported.ok ? imported.value.graph.components.map((c) => c.name) : [];
    expect(names).toEqual(expect.arrayContaining(['PostgreSQL', 'Deduplicate', 'Looker Studio Dashboard', 'Apache Airflow']));
  });

  it('is read with the page whatever labels stand around it (a line "Usage:" is no code)', () => {
    const imported = importPipeline([...DRAWING, 'Usage:', '', 'Orchestrated by **Apache Airflow** on a daily schedule.'].join('\n'));
    expect(imported.ok && imported.value.format).toBe('list');
  });

  it('is still a drawing when the words around it are only its title', () => {
    const imported = importPipeline(DRAWING.join('\n'));
    expect(imported.ok && imported.value.format).toBe('arrows');
  });

  it('leaves a DAG file that draws its flow in a docstring to the DAG reader', () => {
    const dag = ['"""', 'Loads the jobs every day with Airflow into PostgreSQL.', '', ...DRAWING.slice(2, 11), '"""', 'from airflow import DAG', 'from airflow.operators.empty import EmptyOperator', 'with DAG("jobs") as dag:', '    EmptyOperator(task_id="scrape") >> EmptyOperator(task_id="load")', ''].join('\n');
    const imported = importPipeline(dag);
    expect(imported.ok && imported.value.format).toBe('airflow');
    // TaskFlow, wired by calls rather than >>, is recognised with less confidence: the code still keeps the page reader out.
    const taskflow = dag.replace(/from airflow import DAG[\s\S]*$/, ['from airflow.decorators import dag, task', '@dag(schedule="@hourly")', 'def jobs():', '    @task', '    def scrape():', '        return []', '    @task', '    def load(rows):', '        pass', '    load(scrape())', 'jobs()', ''].join('\n'));
    const read = importPipeline(taskflow);
    expect(read.ok && read.value.format).toBe('airflow');
  });
});
