import { describe, expect, it } from 'vitest';
import { names, parse } from '../../../test/markdownReading';

describe('README prose in Korean', () => {
  it('reads the products written in Latin, without the particles and words of the sentence around them', () => {
    const r = parse('**Kafka**의 Pub/Sub 시스템을 중심으로 S3의 Bronze bucket에 저장하고 **Spark**로 변환합니다.\n\n- Kafka Connect로 S3, DB등 외부 시스템 연동');
    expect(names(r)).toEqual(expect.arrayContaining(['Kafka', 'S3', 'Spark', 'Kafka Connect']));
    expect(names(r).some((n) => /[\uac00-\ud7af]/u.test(n))).toBe(false);
  });
});
