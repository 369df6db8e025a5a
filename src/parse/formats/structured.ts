/**
 * The structured readers' toolkit in one import (own YAML/JSON, docker-compose, dbt, OpenLineage,
 * Airflow): values, positions, JSON and YAML loading, and the builder. Each part lives in builder/.
 */
export { slugify } from './text';
export { clip, isRecord, looksLikeJson, str, topLevelYamlKeys, type JsonRecord } from './builder/values';
export { LineIndex, foundAt, type Position } from './builder/positions';
export { loadJson, readJsonLine, topLevelItemOffsets, withoutComments, type JsonLoad } from './builder/json';
export { MAX_YAML_DEPTH, loadYaml, loadYamlMap, type YamlLoad } from './builder/yaml';
export { yamlEntries, yamlField, yamlGet, yamlItems, yamlJs, yamlNames, yamlText } from './builder/yamlNodes';
export { PipelineBuilder, type ComponentInit } from './builder/pipelineBuilder';
export { errorText, readWhole, wellFormedProblems } from './builder/outcomes';
