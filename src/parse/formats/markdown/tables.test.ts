import { describe, expect, it } from 'vitest';
import { names, parse, placed } from '../../../test/markdownReading';

describe('a stack table whose header is not in English', () => {
  it.each([
    ['Vietnamese', '| STT | Công nghệ | Vai trò chính |'],
    ['Korean', '| 계층 | 기술 | 역할 |'],
    ['Indonesian', '| Kategori | Teknologi | Deskripsi & Peran |'],
    ['Chinese', '| 层 | 技术 | 用途 |'],
    ['Russian', '| № | Технология | Назначение |'],
  ])('reads one tool per row from a %s header', (_, header) => {
    const r = parse([header, '| --- | --- | --- |', '| 1 | **Streamlit** | dashboard |', '| 2 | **Deep Lake** | AI/ML |', '| 3 | Docker | containers |'].join('\n'));
    expect(names(r)).toEqual(['Streamlit', 'Deep Lake', 'Docker']);
    expect(placed(r)['streamlit']).toBe('serve');
  });
});

describe('a table of the sources data is taken from', () => {
  const page = [
    '| Source | Type | Cadence |',
    '| --- | --- | --- |',
    '| Core banking (Postgres) | Relational OLTP | Daily |',
    '| Card network settlement files | CSV in object storage | Daily |',
    '| Trendonify | REST API | Monthly |',
    '| Trendonify | REST API | Weekly |',
  ].join('\n');

  it('names each source once, known product or not, where data is born', () => {
    const r = parse(page);
    expect(names(r)).toEqual(expect.arrayContaining(['Card network settlement files', 'Trendonify']));
    expect(names(r).filter((n) => n === 'Trendonify')).toHaveLength(1);
    expect(placed(r)['trendonify']).toBe('generate');
    expect(placed(r)['card-network-settlement-files']).toBe('generate');
  });

  it('draws the sources side by side, not one feeding the next, and skips cells that name none', () => {
    const r = parse([page, '| N/A | Derived | Daily |', '| Multiple | Misc | Weekly |', '', '- Airbyte', '- Snowflake'].join('\n'));
    expect(names(r)).not.toEqual(expect.arrayContaining(['N/A']));
    expect(names(r)).not.toEqual(expect.arrayContaining(['Multiple']));
    const ids = new Map(r.components.map((c) => [c.id, c.name]));
    const pairs = r.edges.map((e) => `${ids.get(e.from)} -> ${ids.get(e.to)}`);
    expect(pairs).not.toContain('Card network settlement files -> Trendonify');
    expect(pairs).toContain('Trendonify -> Airbyte');
  });

  it('reads no source from a column that cites one, or from a mapping of sources to targets', () => {
    expect(names(parse(['| Metric | Value | Source |', '| --- | --- | --- |', '| Cost | 12 | Internal estimate |'].join('\n')))).toEqual([]);
    expect(names(parse(['| Source | Target |', '| --- | --- |', '| Trendonify | warehouse |'].join('\n')))).toEqual([]);
  });

  it('does not read a table with no tool, layer or source column', () => {
    expect(names(parse(['| Cadence | Rows |', '| --- | --- |', '| Daily | 120 |'].join('\n')))).toEqual([]);
  });
});

describe('a table turned on its side: layers as its columns, their properties as its rows', () => {
  const header = '| Property | Raw Layer | Bronze Layer | Silver Layer | Gold Layer |';
  const rows = ['| --- | --- | --- | --- | --- |', '| Storage Format | csv, json | delta | delta | delta |', '| Write Strategy | Overwrite | Overwrite by date | Insert only | Upsert |'];

  it('names each layer once, in the order data passes them, and nothing from the property rows', () => {
    const r = parse([header, ...rows].join('\n'));
    expect(names(r)).toEqual(['Raw Layer', 'Bronze Layer', 'Silver Layer', 'Gold Layer']);
    expect(placed(r)['gold-layer']).toBe('model');
    expect(r.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['raw-layer->bronze-layer', 'bronze-layer->silver-layer', 'silver-layer->gold-layer']);
  });

  it('is not read so when a column after the first names something other than a layer', () => {
    const r = parse(['| Property | Bronze Layer | Silver Layer | Notes |', ...rows.map((l) => l.split('|').slice(0, 5).join('|') + '|')].join('\n'));
    expect(names(r)).not.toContain('Bronze Layer');
  });
});

describe('a table of tables, with the layer each is in', () => {
  it('takes the tables for the components and their layer for the label that places them', () => {
    const r = parse(['| Layer | Table | Purpose |', '| --- | --- | --- |', '| Bronze | `bronze_events` | raw events as loaded |', '| Silver | `silver_events` | typed and deduplicated |', '| Gold | `gold_uptime` | daily uptime by machine |'].join('\n'));
    expect(names(r)).toEqual(['bronze_events', 'silver_events', 'gold_uptime']);
    expect(placed(r)['gold-uptime']).toBe('model');
    // With no column of parts, the layers are the components.
    expect(names(parse(['| Layer | Purpose |', '| --- | --- |', '| Bronze | raw |', '| Gold | marts |'].join('\n')))).toEqual(['Bronze', 'Gold']);
  });
});
