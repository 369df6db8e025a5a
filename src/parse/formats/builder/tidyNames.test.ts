import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { productInCjkSentence, tidyName, withoutHalfBrackets } from './tidyNames';

const names = (text: string): string[] => {
  const r = importPipeline(text);
  return r.ok ? r.value.graph.components.map((c) => c.name) : [];
};

describe('names in Chinese, Japanese and Korean text', () => {
  it('drops a Korean particle written onto the end of a Latin name, and nothing else', () => {
    expect(tidyName('MySQL의')).toBe('MySQL');
    expect(tidyName('BGE-M3 임베딩')).toBe('BGE-M3 임베딩');
    expect(tidyName('종로5가')).toBe('종로5가');
    expect(tidyName('S3에 저장')).toBe('S3에 저장');
    expect(tidyName('数据源：MySQL')).toBe('数据源：MySQL');
  });

  it('takes the product a Chinese or Japanese sentence names in README prose, and keeps a short label whole', () => {
    expect(productInCjkSentence('最后只向 StarRocks')).toBe('StarRocks');
    expect(productInCjkSentence('到 Paimon DIM')).toBe('Paimon DIM');
    expect(productInCjkSentence('事件生成器持续写 Kafka')).toBe('Kafka');
    expect(productInCjkSentence('ads_advertiser_retention_di：广告主留存。')).toBe('ads_advertiser_retention_di');
    expect(productInCjkSentence('Fluentd でログを収集する')).toBe('Fluentd');
    for (const label of ['Flink 集群', 'AI 工作台', 'Kafka 集群 A', '数据 API 服务', 'Spark SQL作业', '事件生成器']) expect(productInCjkSentence(label)).toBe(label);
  });

  it('reads the products of a Chinese README list, not its sentences', () => {
    const found = names(
      [
        '## 数据链路',
        '',
        '1. MySQL 初始化广告主、计划、创意、订单表。',
        '2. 单个 Java Flink 作业从 Kafka `ods_log` 读取事件，最后只向 StarRocks `realtime_ad_metrics_10s` 写入一次。',
        '3. Superset 连接 StarRocks，自动注册业务 dataset。',
      ].join('\n'),
    );
    expect(found).toEqual(expect.arrayContaining(['MySQL', 'Kafka', 'StarRocks', 'Superset']));
    expect(found.filter((n) => /[\u4e00-\u9fff]/u.test(n) && /[A-Za-z]/.test(n))).toEqual([]);
  });

  it('keeps a Mermaid label as written, and tidies names in arrow text', () => {
    expect(names('graph LR\n  A[数据源：MySQL] --> B[Kafka：原始] --> C[Flink] --> D[Kafka：清洗]')).toEqual(['数据源：MySQL', 'Kafka：原始', 'Flink', 'Kafka：清洗']);
    expect(names('graph LR\n  A[MySQL의 (v2] --> B[PostgreSQL)]')).toEqual(['MySQL의 (v2', 'PostgreSQL)']);
    expect(names('MySQL의 -> Load (SQLAlchemy\nPostgreSQL) -> Metabase')).toEqual(['MySQL', 'Load', 'PostgreSQL', 'Metabase']);
  });
});

describe('names cut where a diagram wrapped its line', () => {
  it('drops an unclosed aside and a closing bracket nothing opened, and keeps whole brackets', () => {
    expect(withoutHalfBrackets('Load (SQLAlchemy')).toBe('Load');
    expect(withoutHalfBrackets('PostgreSQL)')).toBe('PostgreSQL');
    expect(withoutHalfBrackets('Transform (Pandas)')).toBe('Transform (Pandas)');
    expect(withoutHalfBrackets('(Postgres)')).toBe('(Postgres)');
  });
});

describe('what a name says about its code or its release', () => {
  it('drops the files a step is written in and the version a product runs, and keeps names that are files or numbered', () => {
    expect(tidyName('Data Cleaning - cleaner.py')).toBe('Data Cleaning');
    expect(tidyName('Data Integration / DB - loader.py, etl_additional_script.py')).toBe('Data Integration / DB');
    expect(tidyName('Loader (load.py, merge.py)')).toBe('Loader');
    expect(tidyName('Client CFBD cfbd_client.py')).toBe('Client CFBD');
    expect(tidyName('Apache Airflow 3.2.1')).toBe('Apache Airflow');
    expect(tidyName('PostgreSQL 18.6')).toBe('PostgreSQL');
    for (const kept of ['consumer.py', 'Layer 2', 'Kafka 3', 'S3 Bucket: /raw/', 'stg_*.sql models']) expect(tidyName(kept)).toBe(kept);
  });

  it('names a Mermaid box without its files, keeping them as a hint, but reads a label that states its stage exactly', () => {
    const r = importPipeline('flowchart TD\n  A[Base Data Fetch - fetcher.py] --> B[Data Cleaning - cleaner.py]\n  B --> C["Load - load.py [ingest]"]\n  D["Apache Airflow 3.2.1<br/>18 DAGs"] -.-> A');
    expect(r.ok && r.value.graph.components.map((c) => c.name)).toEqual(['Base Data Fetch', 'Data Cleaning', 'Load - load.py', 'Apache Airflow']);
  });
});
