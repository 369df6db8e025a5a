import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, used here to check its output is current.
import { odcsValidatorSource } from '../../../scripts/odcs-validator-source.mjs';

describe('the precompiled ODCS validator', () => {
  it('matches the schema it was generated from (run npm run odcs:validator)', () => {
    const committed = readFileSync(new URL('./generated/validateOdcs.js', import.meta.url), 'utf8');
    expect(committed === (odcsValidatorSource as () => string)()).toBe(true);
  });
});
