#!/usr/bin/env node
// `npm run odcs:validator`: compiles the ODCS JSON Schema into a plain ES module with ajv's standalone
// code generation, so the app validates contracts without `new Function` under a strict CSP.
// A unit test fails when the generated file no longer matches the schema.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { odcsValidatorSource } from './odcs-validator-source.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'share', 'odcs', 'generated', 'validateOdcs.js');
writeFileSync(out, odcsValidatorSource());
console.log(`[odcs] wrote ${out}`);
