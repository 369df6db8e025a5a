import { readFile } from 'node:fs/promises';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

/** The standard's own JSON Schema, checked with ajv, independently of the app's validator. */
export async function odcsSchemaErrors(doc: unknown): Promise<string[]> {
  const schema = JSON.parse(await readFile(new URL('../../src/share/odcs/standard/odcs-json-schema-v3.1.0.json', import.meta.url), 'utf8')) as object;
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
