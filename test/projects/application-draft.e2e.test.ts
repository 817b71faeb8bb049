import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { storedPlan } from '../support/projects.ts';

const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2026-11-30T08:05:00Z');

/** The missing fields the card lists, in order. */
function missingOn(out: string): string[] {
  const card = JSON.parse(out)[0].attachments[0].content;
  const block = card.body.find((b: { text?: string }) => b.text?.startsWith('- ') && !b.text.includes('☐'));
  return block ? String(block.text).split('\n') : [];
}
const checklistOf = (out: string): string => {
  const card = JSON.parse(out)[0].attachments[0].content;
  return card.body.map((b: { text?: string }) => b.text ?? '').find((x: string) => x.includes('☐')) ?? '';
};
async function docOf(t: TestApp, out: string): Promise<string> {
  const url = /"url":"([^"]+\.docx[^"]*)"/.exec(out)![1]!.replace(/\\u0026/g, '&');
  const res = await fetch(url.replace(/^https?:\/\/[^/]+/, t.app.url));
  return (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
}

async function withPlan(t: TestApp, net: NetworkFixture) {
  await storedPlan(t, net, kari);
}

describe('søknadsutkast stays the same when nothing it uses has changed', () => {
  it('a second, empty project does not take the first plan’s municipalities, applicant and contact out of the draft', async () => {
    const { t, net } = await app();
    await withPlan(t, net);
    const before = await say(t, net, kari, 'søknadsutkast');
    expect(missingOn(before)).not.toContain('- Navn på kommuner i nettverket');
    expect(checklistOf(before)).toContain('(3 kommuner)');

    // Another project, begun on the cards: nothing in it speaks to the application.
    await say(t, net, kari, 'nytt prosjekt Fosterhjem i nærmiljøet');
    const after = await say(t, net, kari, 'søknadsutkast');
    expect(missingOn(after)).toEqual(missingOn(before));
    expect(checklistOf(after)).toContain('(3 kommuner)');
    const doc = await docOf(t, after);
    expect(doc).toContain('Navn på kommuner i nettverket: Nes, Eidsvoll, Hurdal');
    expect(doc).toContain('Ansvarlig søknadskommune: Nes kommune');
    expect(doc).toContain('E-post: kari@nes.kommune.no');
  });

  it('two plans that disagree: the field is missing, and the card says why and how to give it', async () => {
    const { t, net } = await app();
    await withPlan(t, net);
    await say(t, net, kari, 'nytt prosjekt Fosterhjem i nærmiljøet');
    const res = await t.post(
      cardAction(net, kari, 'project.save', {
        networkId: net.teamId,
        projectId: 'U2',
        form: 'basics',
        applicant: 'Eidsvoll kommune',
        municipalities: 'Eidsvoll, Nannestad',
      }),
    );
    expect(res.status).toBe(200);
    const out = await say(t, net, kari, 'søknadsutkast');
    expect(missingOn(out)).toContain('- Ansvarlig søknadskommune');
    expect(out).toContain('Prosjektplanene har ulik søkerkommune (U1: Nes kommune; U2: Eidsvoll kommune)');
    expect(out).toContain('søknadsutkast søknadskommune Nes kommune');
    // The municipalities of both plans take part in the network.
    expect(checklistOf(out)).toContain('(4 kommuner)');
  });
});
