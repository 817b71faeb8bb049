import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say as chatSay, startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

const PASSED = 'Passerte frister – ikke markert som levert';

/** N19: «frister» shows a heading only over something: no «Passerte frister» with nothing under it. */
describe('«frister» shows no empty heading', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = (who: typeof kari, text: string) => chatSay(t, net, who, text);

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-30T09:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('with nothing registered: the title and how to add one, no passed heading', async () => {
    const out = await say(ola, 'frister');
    expect(out).toContain('Ingen åpne frister');
    expect(out).not.toContain(PASSED);
  });

  it('with only coming deadlines: they are listed, and no passed heading stands over nothing', async () => {
    await say(kari, 'frist 15.12 Søknad om overføring av midler');
    const out = await say(ola, 'frister');
    expect(out).toContain('Kommende frister');
    expect(out).toContain('Søknad om overføring av midler');
    expect(out).not.toContain(PASSED);
  });

  it('with a passed one as well: both headings, each over its own deadlines', async () => {
    await say(kari, 'frist 1.12 Rapport til Statsforvalteren');
    t.clock.set('2026-12-03T09:00:00Z');
    const out = await say(ola, 'frister');
    expect(out).toContain('Kommende frister');
    expect(out).toContain(PASSED);
    expect(out.indexOf(PASSED)).toBeLessThan(out.indexOf('Rapport til Statsforvalteren'));
    expect(out.indexOf('Søknad om overføring av midler')).toBeLessThan(out.indexOf(PASSED));
  });

  it('with only passed ones: they are the whole card, under the passed title once', async () => {
    t.clock.set('2026-12-20T09:00:00Z');
    const out = await say(ola, 'frister');
    expect(out.split(PASSED).length - 1).toBe(1);
    expect(out).not.toContain('Kommende frister');
  });
});
