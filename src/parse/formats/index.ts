import type { FormatId, FormatParser } from '../types';
import { airflowParser } from './airflow';
import { arrowsParser } from './arrows';
import { composeParser } from './compose';
import { dbtManifestParser, dbtSchemaParser } from './dbt';
import { dotParser } from './dot';
import { markdownParser } from './markdown';
import { mermaidParser } from './mermaid';
import { openLineageParser } from './openlineage';
import { ownYamlParser } from './ownYaml';
import { workflowParser } from './workflow';

/** Every format, most specific first: on equal confidence the earlier one wins. */
export const FORMATS: readonly FormatParser[] = [
  dbtManifestParser,
  openLineageParser,
  mermaidParser,
  dotParser,
  airflowParser,
  workflowParser,
  composeParser,
  dbtSchemaParser,
  ownYamlParser,
  arrowsParser,
  markdownParser,
];

export function formatById(id: FormatId): FormatParser | undefined {
  return FORMATS.find((f) => f.id === id);
}
