import { describe, expect, it } from 'vitest';
import { UrlSigner } from '../../src/security/signed-url.ts';

describe('signed links', () => {
  const signer = new UrlSigner(Buffer.alloc(32, 7));
  const now = new Date('2026-11-23T08:00:00Z');

  it('accepts its own link until it expires', () => {
    const url = signer.sign(
      '/files/referat.docx',
      { tenant: 't1', network: 'n1', minutes: 'M3' },
      new Date('2026-11-24T08:00:00Z'),
    );
    const q = Object.fromEntries(new URL(url, 'http://x').searchParams);
    expect(signer.verify('/files/referat.docx', q, now)).toEqual({
      ok: true,
      params: { tenant: 't1', network: 'n1', minutes: 'M3' },
    });
    expect(signer.verify('/files/referat.docx', q, new Date('2026-11-25T08:00:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a link with a changed parameter, another path or another key', () => {
    const url = signer.sign('/feed.ics', { network: 'n1' });
    const q = Object.fromEntries(new URL(url, 'http://x').searchParams);
    expect(signer.verify('/feed.ics', { ...q, network: 'n2' }, now)).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
    expect(signer.verify('/other', q, now)).toMatchObject({ ok: false });
    expect(new UrlSigner(Buffer.alloc(32, 8)).verify('/feed.ics', q, now)).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
    expect(signer.verify('/feed.ics', { network: 'n1' }, now)).toMatchObject({ ok: false, reason: 'missing' });
  });
});
