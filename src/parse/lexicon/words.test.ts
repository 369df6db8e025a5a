import { describe, expect, it } from 'vitest';
import { namesLayer, sectionLabel, stageName } from './words';

describe('look-ups for the format readers', () => {
  it('reads the stage a section heading or label names', () => {
    expect(sectionLabel('Stream Processing')).toBe('process');
    expect(sectionLabel('Object Storage')).toBe('store');
    expect(sectionLabel('Bronze layer')).toBe('store');
    expect(sectionLabel('Data ingestion')).toBe('ingest');
    expect(sectionLabel('Analytics & ML')).toBe('serve');
    expect(sectionLabel('Monitoring')).toBe('none');
    expect(sectionLabel('Warehouse')).toBe('store');
    expect(sectionLabel('Data warehouse')).toBe('store');
    expect(sectionLabel('Kafka and friends')).toBeUndefined();
  });

  it('reads a warehouse schema or dataset named for its layer as that layer', () => {
    expect(['Bronze schema', 'gold dataset', 'Star Schema', 'Kafka schema'].map(namesLayer)).toEqual([true, true, false, false]);
    // The lexicon's own schema names keep their entry: a schema named analytics holds the models.
    expect(sectionLabel('Analytics schema')).toBe('model');
    // The word for layer first, as Portuguese, Spanish and Indonesian put it; silver and gold in their words.
    expect(['Camada Bronze', 'Capa Plata', 'Lapisan Gold', 'camada ouro'].map((t) => sectionLabel(t))).toEqual(['store', 'process', 'model', 'model']);
  });

  it('reads the stage labels of READMEs written in French, Portuguese, Spanish and German', () => {
    expect(sectionLabel('Fonte de dados')).toBe('generate');
    expect(sectionLabel('Collecte de données')).toBe('ingest');
    expect(sectionLabel('Almacenamiento')).toBe('store');
    expect(sectionLabel('Traitement des données')).toBe('process');
    expect(sectionLabel('Visualização')).toBe('serve');
    expect(sectionLabel('Datenverarbeitung')).toBe('process');
  });

  it('reads stage names for overrides', () => {
    expect(stageName('Storage')).toBe('store');
    expect(stageName('stage: serving')).toBe('serve');
    expect(stageName('Sources')).toBe('generate');
    expect(stageName('daily')).toBeUndefined();
  });
});
