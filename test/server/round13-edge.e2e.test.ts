// Attack round 13 on the HTTP edge, the trust rules and what the bot says back, through the real server
// (as round12-edge.e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader

const app = appPerTest(kari, MONDAY);

/** The direction controls in what the bot sent, in order. */
const bidiIn = (s: string) => s.match(/[\u202a-\u202e\u2066-\u2069]/gu) ?? [];

describe("A1: a direction override typed in a title turns only the title, never the bot's own words", () => {
  it('an open U+202E in a deadline title is dropped from the reply, the list and the card; a closed pair is kept', async () => {
    const { t, net } = await app();
    const open = await say(t, net, kari, 'frist 10.12.2026 søknad \u202eevil');
    expect(open).toContain('er lagt inn');
    expect(open).toContain('søknad evil');
    expect(bidiIn(open)).toEqual([]);
    // Kept as typed: the reader of reversed identity numbers needs it, and the tab shows what was saved.
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.title).toContain('\u202e');

    const closed = await say(t, net, kari, 'frist 11.12.2026 rapport \u202eabc\u202c slutt');
    expect(closed).toContain('er lagt inn');
    // The closed pair stays as typed (in the reply and on its card), so it turns «abc» alone.
    expect(bidiIn(closed).length).toBeGreaterThan(0);
    expect(bidiIn(closed).join('')).toBe('\u202e\u202c'.repeat(bidiIn(closed).length / 2));

    const listed = await say(t, net, kari, 'frister');
    expect(listed).toContain('søknad evil');
    expect(bidiIn(listed).join('')).toBe('\u202e\u202c'.repeat(bidiIn(listed).length / 2));
  }, 60_000);
});
