import { describe, expect, it } from 'vitest';
import { names, parse, placed } from '../../../test/markdownReading';

describe('steps written in languages other than English', () => {
  it('name the product after "con", "en", "com", "avec" as the component, as "with" and "in" do', () => {
    const r = parse(['## Flujo de datos', '', '1. **Almacenamiento en S3 (Zona raw)**', '2. **Transformação com AWS Glue**', '3. **Orquestacion DAG con Airflow**', '4. **Visualisation avec Metabase**'].join('\n'));
    expect(names(r)).toEqual(expect.arrayContaining(['S3', 'AWS Glue', 'Airflow', 'Metabase']));
    expect(names(r).some((n) => /\b(?:en|com|con|avec)\b/.test(n))).toBe(false);
    expect(placed(r)['airflow']).toBe('orchestrate');
  });

  it('end a name at Vietnamese "với", "trên" and Indonesian "dengan", "ke"', () => {
    const r = parse(['- Kafka với 3 partitions', '- MongoDB với 9 collections', '- Data dikirim ke Data Lake dengan Airbyte'].join('\n'));
    expect(names(r)).toEqual(expect.arrayContaining(['Kafka', 'MongoDB', 'Data Lake', 'Airbyte']));
    expect(names(r).some((n) => /\b(?:với|dengan|ke)\b/u.test(n))).toBe(false);
  });

  it('never reads a word in another script as part of a product name (в, через, với)', () => {
    const r = parse(['- Оркестрация в Apache Airflow', '- Загрузка через Kafka в PostgreSQL'].join('\n'));
    expect(names(r)).toEqual(['Apache Airflow', 'Kafka', 'PostgreSQL']);
  });

  it('reads one of those words capitalised as the start of a name (Met Office, Con Edison)', () => {
    const r = parse('Weather comes from the Met Office DataPoint API and the Con Edison API into Kafka.');
    expect(names(r)).toEqual(['Met Office DataPoint API', 'Con Edison API', 'Kafka']);
    // In title case the word before a product is still the preposition.
    expect(names(parse('- Ingestão Com Airbyte'))).toEqual(['Airbyte']);
  });

  it('still reads a product before a curly apostrophe', () => {
    const read = names(parse('Airflow’s scheduler starts the dbt run.'));
    expect(read.map((n) => n.startsWith('Airflow'))).toEqual([true, false]);
    expect(read[1]).toBe('dbt');
  });

  it('keeps "de" inside a name: it joins the words of one name more often than it starts a phrase', () => {
    const r = parse('- **Banco de Dados Central** recebe os pedidos');
    expect(names(r)).toEqual(['Banco de Dados Central']);
  });
});
