import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS, presetWorkspace } from '../../domain/presets';
import { anyWorkspace } from '../testing/arbitraryWorkspace';
import { bytesToBase64Url } from './base64url';
import { CHAT_LINK_LIMIT, describeShareLinkError, readShareFragment, toShareFragment, toShareUrl } from './shareLink';

const T0 = '2026-01-01T00:00:00.000Z';
const fragmentOf = (doc: unknown) => `ws=1.${bytesToBase64Url(deflateSync(strToU8(JSON.stringify(doc))))}`;

function expectError(hash: string, kind: string) {
  const r = readShareFragment(hash);
  expect(r?.ok).toBe(false);
  if (r && !r.ok) {
    expect(r.error.kind).toBe(kind);
    expect(describeShareLinkError(r.error)).toMatch(/Nothing in your workspaces was changed\.$/);
  }
}

describe('share links', () => {
  it('carry every preset whole, and stay under what chat tools accept', () => {
    let n = 0;
    for (const p of PRESETS) {
      const ws = presetWorkspace(p, () => `id-${++n}`, T0);
      const fragment = toShareFragment(ws);
      expect(fragment.length).toBeLessThan(CHAT_LINK_LIMIT);
      expect(readShareFragment(`#${fragment}`)).toEqual({ ok: true, value: { workspace: ws, fingerprint: expect.any(String) as string } });
    }
  });

  it('round-trip any workspace, whatever its users typed', () => {
    fc.assert(
      fc.property(anyWorkspace, (ws) => {
        const r = readShareFragment(toShareFragment(ws));
        expect(r).toEqual({ ok: true, value: { workspace: ws, fingerprint: expect.any(String) as string } });
      }),
      { numRuns: 150 },
    );
  });

  it('give the same link the same fingerprint and different links different ones', () => {
    const [a, b] = PRESETS.map((p) => toShareFragment(presetWorkspace(p, () => 'x', T0)));
    const fp = (f: string) => {
      const r = readShareFragment(f);
      return r?.ok ? r.value.fingerprint : null;
    };
    expect(fp(a!)).toBe(fp(a!));
    expect(fp(a!)).not.toBe(fp(b!));
  });

  it('put the workspace in the fragment, after the page address', () => {
    const ws = presetWorkspace(PRESETS[0]!, () => 'x', T0);
    expect(toShareUrl('https://example.test/app/#old', ws)).toMatch(/^https:\/\/example\.test\/app\/#ws=1\./);
  });

  it('ignore fragments that carry no workspace', () => {
    expect(readShareFragment('')).toBeNull();
    expect(readShareFragment('#section-2')).toBeNull();
  });

  it('still open a link made by the first release, after any later migration', () => {
    const link = readFileSync(new URL('./fixtures/link-v1-document-v2.txt', import.meta.url), 'utf8').trim();
    const r = readShareFragment(link);
    expect(r?.ok).toBe(true);
    if (r?.ok) {
      expect(r.value.workspace.name).toBe('Ack before commit: a duplicate row');
      expect(r.value.workspace.seams['ingest-store'].clauses[0]?.assumed).toMatch(/ack/i);
    }
  });

  it('upgrade a link whose document is an older version', () => {
    const v1 = {
      type: 'pipeline-seams/workspace',
      version: 1,
      workspace: { id: 'o', name: 'Old', createdAt: T0, updatedAt: T0, components: { generate: 'App, API' }, seams: {} },
    };
    const r = readShareFragment(fragmentOf({ ...v1, workspace: { ...v1.workspace, components: { generate: 'App, API', ingest: '', store: '', process: '', model: '', serve: '' }, seams: Object.fromEntries(['generate-ingest', 'ingest-store', 'store-process', 'process-model', 'model-serve', 'orchestration'].map((id) => [id, { clauses: [] }])) } }));
    expect(r?.ok && r.value.workspace.components.generate).toEqual(['App', 'API']);
  });

  it('refuse a link from a newer version of the app, or with a newer document', () => {
    expectError('#ws=2.abc', 'futureLink');
    const ws = presetWorkspace(PRESETS[1]!, () => 'x', T0);
    const r = readShareFragment(fragmentOf({ type: 'pipeline-seams/workspace', version: 99, workspace: ws }));
    expect(r?.ok === false && r.error).toEqual({ kind: 'document', error: { kind: 'tooNew', version: 99 } });
  });

  it('refuse a cut-off, mangled or foreign link with a reason', () => {
    const full = toShareFragment(presetWorkspace(PRESETS[2]!, () => 'x', T0));
    expectError(full.slice(0, Math.floor(full.length / 2)), 'damaged');
    expectError('#ws=1.%%%not base64!', 'damaged');
    expectError('#ws=abc', 'damaged');
    expectError('#ws=1.', 'damaged');
    expectError(fragmentOf({ hello: 'world' }), 'document');
  });

  it('refuse a link that inflates beyond any real workspace', () => {
    const bomb = `ws=1.${bytesToBase64Url(deflateSync(new Uint8Array(70 * 1024 * 1024)))}`;
    expectError(bomb, 'tooLarge');
  });
});
