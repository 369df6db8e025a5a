/** dbt: the compiled manifest (or its lineage maps) and schema.yml property files. */
export { dbtManifestParser } from './dbt/manifest';
export { dbtSchemaParser } from './dbt/schema';
