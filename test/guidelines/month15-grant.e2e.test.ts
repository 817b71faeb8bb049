import { describe, expect, it } from 'vitest';
import { appPerTest, sentSince, speaker } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';

// Month round 15 (a learning network): #4 a two-part grant question after its context, #10 the network's kind.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const eva = person('Eva Berg', 4);
const LEADERS_SECTION = '6. Forvaltning og rapportering – barnevernsledernettverk';
/** The answer card's text blocks, in order. */
const blocksOf = (reply: string): string[] =>
  [...reply.matchAll(/"type":"TextBlock","text":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
const start = appPerTest(kari, '2026-12-02T08:00:00Z');

describe('a two-part grant question with the context first (month s15 #4)', () => {
  it('answers the auditor half for the amount told as well as the overhead half', async () => {
    const { t, net } = await start();
    const reply = await speaker(t, net, '915001').say(
      ola,
      'vi er 6 kommuner og fikk 400 000 i år. Må regnskapet revisorattesteres, og hvor mye kan gå til overhead?',
    );
    expect(reply).toContain('400 000 kr er over grensen på 200 000 kr');
    expect(reply).toContain('20 000 kr til overhead');
  });
});

describe('the network kind in a personal chat (month s15 #10)', () => {
  it('a member of one learning network gets only the learning networks’ rule, as in the channel', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '915002');
    await s.say(kari, 'nettverkstype læringsnettverk');
    const q = 'hva skjer med penger vi ikke har brukt innen nyttår?';
    const inChannel = await s.say(ola, q);
    const before = t.connector.emulator.calls.length;
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, q));
    const inPersonal = JSON.stringify(sentSince(t, before).map((c) => c.body));
    for (const reply of [inChannel, inPersonal]) {
      expect(reply).toContain('Midler som et læringsnettverk ikke har brukt');
      expect(reply).not.toContain('Midler et barnevernsledernettverk ikke har brukt');
    }
  });

  it('so does a member who has never written in the channel, asking two things at once', async () => {
    const { t, net } = await start();
    await speaker(t, net, '915003').say(kari, 'nettverkstype læringsnettverk');
    // Per is in the team (Teams lists him) but has never written in the channel.
    const list = [kari, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    t.connector.emulator.setMembers(net.channelId, list);
    t.connector.emulator.setMembers(net.teamId, list);
    const before = t.connector.emulator.calls.length;
    await t.post(
      personalMessage(
        t.connector.url,
        net.tenantId,
        per,
        'Når må rapporten leveres, og hva skjer med penger vi ikke har brukt innen nyttår?',
      ),
    );
    const reply = JSON.stringify(sentSince(t, before).map((c) => c.body));
    expect(reply).toContain('Midler som et læringsnettverk ikke har brukt');
    expect(reply).not.toContain('Midler et barnevernsledernettverk ikke har brukt');
  });

  it('a rule shared by both kinds cites only the asker’s kind’s section, and each source once', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '915004');
    await s.say(kari, 'nettverkstype læringsnettverk');
    const amount = await s.say(ola, 'hvor mye kan vi søke om?');
    expect(amount).toContain('3. Forvaltning og rapportering – læringsnettverk');
    expect(amount).not.toContain(LEADERS_SECTION);
    const twoPart = blocksOf(
      await s.say(
        ola,
        'vi er 6 kommuner og fikk 400 000 i år. Må regnskapet revisorattesteres, og hvor mye kan gå til overhead?',
      ),
    );
    expect(twoPart.join('\n')).not.toContain(LEADERS_SECTION);
    // Each part names its source under it; no list of the same sources follows it again.
    const lines = twoPart.flatMap((b) => b.split('\n'));
    const kilde = lines.map((l, i) => (l.startsWith('Kilde:') ? i : -1)).filter((i) => i >= 0);
    expect(kilde.some((i, k) => kilde[k + 1] === i + 1)).toBe(false);
  });
});

describe('no kind known (month s15 #10)', () => {
  it('the chat gives the CLI’s answer', async () => {
    const { t, net } = await start();
    const q = 'Når må rapporten leveres, og hva skjer med penger vi ikke har brukt innen nyttår?';
    const before = t.connector.emulator.calls.length;
    // Eva is in no network: nothing tells her kind.
    await t.post(personalMessage(t.connector.url, net.tenantId, eva, q));
    const blocks = blocksOf(JSON.stringify(sentSince(t, before).map((c) => c.body)));
    expect(blocks).toContain(loadKnowledgeBaseSync().answer(q).answer);
  });
});
