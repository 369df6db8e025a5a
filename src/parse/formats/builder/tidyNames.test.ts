import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../importPipeline';
import { nameInCjkText, productInCjkSentence, withoutHalfBrackets } from './tidyNames';

describe('names in Chinese, Japanese and Korean text', () => {
  it('ends a name at a full-width colon or stop and drops a Korean particle written onto it', () => {
    expect(nameInCjkText('ads_advertiser_retention_di：广告主留存。')).toBe('ads_advertiser_retention_di');
    expect(nameInCjkText('MySQL의')).toBe('MySQL');
    expect(nameInCjkText('BGE-M3 임베딩')).toBe('BGE-M3 임베딩');
    expect(nameInCjkText('Flink 集群')).toBe('Flink 集群');
  });

  it('takes the first run of Latin words from a Chinese or Japanese sentence, and leaves other names alone', () => {
    expect(productInCjkSentence('最后只向 StarRocks')).toBe('StarRocks');
    expect(productInCjkSentence('到 Paimon DIM')).toBe('Paimon DIM');
    expect(productInCjkSentence('Flink batch SQL 计算 ADS')).toBe('Flink batch SQL');
    expect(productInCjkSentence('事件生成器持续写 Kafka')).toBe('Kafka');
    expect(productInCjkSentence('事件生成器')).toBe('事件生成器');
    expect(productInCjkSentence('Kafka Connect')).toBe('Kafka Connect');
  });

  it('reads the products of a Chinese README list, not its sentences', () => {
    const text = [
      '## 数据链路',
      '',
      '1. MySQL 初始化广告主、计划、创意、订单表。',
      '2. 单个 Java Flink 作业从 Kafka `ods_log` 读取事件，最后只向 StarRocks `realtime_ad_metrics_10s` 写入一次。',
      '3. Superset 连接 StarRocks，自动注册业务 dataset。',
    ].join('\n');
    const r = importPipeline(text);
    const names = r.ok ? r.value.graph.components.map((c) => c.name) : [];
    expect(names).toEqual(expect.arrayContaining(['MySQL', 'Kafka', 'StarRocks', 'Superset']));
    expect(names.filter((n) => /[\u4e00-\u9fff]/u.test(n) && /[A-Za-z]/.test(n))).toEqual([]);
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
