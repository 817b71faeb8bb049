import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, personalMessage } from '../support/teams.ts';

// Month round 9, N5: a co-leader added a minute before removed the network's leader with one line: no
// confirmation, no notice, and she could not take the role back. Removing another leader now asks on a
// single-use card, the removed leader is told (an @mention in the channel and her personal chat), and
// the last leader is never removed. «leder + @x» and removing oneself stay one line.
const kari = person('Kari Nordmann', 1); // the installer, the first leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-09-17T08:00:00Z');

const leaderNames = async (t: Awaited<ReturnType<typeof start>>['t'], net: { tenantId: string; teamId: string }) =>
  (await t.app.services.store.people.listRole(net.tenantId, net.teamId, 'leader')).map((p) => p.name).sort();

function removeData(answer: string, verb: string) {
  const m = new RegExp(`"verb":"${verb.replace('.', '\\.')}","data":(\\{[^}]+\\})`).exec(answer);
  return m ? JSON.parse(m[1]!) : null;
}

describe('removing another leader', () => {
  it('asks first on a card, then removes and tells the removed leader in the channel and in her personal chat', async () => {
    const { t, net } = await start();
    await t.post(personalMessage(t.connector.url, net.tenantId, kari, 'hjelp'));
    expect(await say(t, net, kari, 'leder + @Ola Hansen', { mentions: [ola] })).toContain('Ola Hansen er nå leder');

    const asked = await say(t, net, ola, 'leder - @Kari Nordmann', { mentions: [kari] });
    expect(asked).toContain('Fjerne Kari Nordmann som leder?');
    expect(await leaderNames(t, net)).toEqual(['Kari Nordmann', 'Ola Hansen']);
    const data = removeData(asked, 'leader.remove');
    expect(data).not.toBeNull();

    const before = t.connector.emulator.calls.length;
    const click = await t.post(cardAction(net, ola, 'leader.remove', data, { thread: '990001' }));
    expect(click.status).toBe(200);
    expect(JSON.stringify(click.body)).toContain('Kari Nordmann er ikke lenger leder');
    expect(JSON.stringify(click.body)).not.toContain('leader.remove');
    expect(await leaderNames(t, net)).toEqual(['Ola Hansen']);
    const sent = t.connector.emulator.calls.slice(before).filter((c) => c.status < 300);
    // An @mention of Kari in the channel, so Teams notifies her.
    const inChannel = sent.filter((c) => !c.conversationId?.includes('personal'));
    expect(inChannel.some((c) => JSON.stringify(c.body).includes('"mentioned":{"id":"' + kari.id))).toBe(true);
    // And a line in her personal chat, saying who did it.
    const toKari = sent.filter((c) => c.conversationId?.includes(`personal-${kari.id}`));
    expect(toKari.length).toBe(1);
    expect(JSON.stringify(toKari[0]!.body)).toContain('Ola Hansen');

    // The card is single-use: a second click removes nothing more and says so.
    const again = await t.post(cardAction(net, ola, 'leader.remove', data, { thread: '990001' }));
    expect(JSON.stringify(again.body)).toContain('allerede brukt');
  });

  it('«Behold» keeps the leader, a member cannot confirm, and the last leader is never removed', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'leder + @Ola Hansen', { mentions: [ola] });
    const asked = await say(t, net, ola, 'leder - @Kari Nordmann', { mentions: [kari] });
    const data = removeData(asked, 'leader.remove.keep');
    expect(data).not.toBeNull();
    const lise = person('Lise Berg', 3);
    const byMember = await t.post(cardAction(net, lise, 'leader.remove', data, { thread: '990002' }));
    expect(JSON.stringify(byMember.body)).toContain('Bare nettverkets ledere');
    expect(await leaderNames(t, net)).toEqual(['Kari Nordmann', 'Ola Hansen']);
    // Month s16 #7: Kari, the one the question is about, cannot answer it; the card stays for the asker.
    const own = await t.post(cardAction(net, kari, 'leader.remove.keep', data, { thread: '990002' }));
    expect(JSON.stringify(own.body)).toContain('Du kan ikke avgjøre om du selv skal fjernes som leder');
    expect(JSON.stringify(own.body)).toContain('Ola Hansen');
    const kept = await t.post(cardAction(net, ola, 'leader.remove.keep', data, { thread: '990002' }));
    expect(JSON.stringify(kept.body)).toContain('Kari Nordmann er fortsatt leder (valgt av Ola Hansen)');
    expect(await leaderNames(t, net)).toEqual(['Kari Nordmann', 'Ola Hansen']);

    // Removing oneself stays one line; the last leader cannot go.
    expect(await say(t, net, ola, 'leder - @Ola Hansen', { mentions: [ola] })).toContain(
      'Ola Hansen er ikke lenger leder',
    );
    expect(await say(t, net, kari, 'leder - @Kari Nordmann', { mentions: [kari] })).toContain('siste lederen');
    expect(await leaderNames(t, net)).toEqual(['Kari Nordmann']);
  });

  it('a card confirmed after the others left cannot remove the last leader', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'leder + @Ola Hansen', { mentions: [ola] });
    const asked = await say(t, net, kari, 'leder - @Ola Hansen', { mentions: [ola] });
    const data = removeData(asked, 'leader.remove');
    // Meanwhile Kari stepped down herself: Ola is the only leader left.
    await say(t, net, kari, 'leder - @Kari Nordmann', { mentions: [kari] });
    const click = await t.post(cardAction(net, ola, 'leader.remove', data, { thread: '990003' }));
    expect(JSON.stringify(click.body)).toContain('siste lederen');
    expect(await leaderNames(t, net)).toEqual(['Ola Hansen']);
  });
});

describe('appointing another leader (month s16 #7)', () => {
  it('tells the new leader in the personal chat, or by an @mention in the channel when that chat cannot be reached', async () => {
    const { t, net } = await start();
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    let before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'leder + @Ola Hansen', { mentions: [ola] });
    const toOla = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.status < 300 && c.conversationId?.includes(`personal-${ola.id}`));
    expect(toOla).toHaveLength(1);
    expect(JSON.stringify(toOla[0]!.body)).toContain('Kari Nordmann har gjort deg til leder');

    const lise = person('Lise Berg', 3);
    before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'leder + @Lise Berg', { mentions: [lise] });
    const told = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.status < 300 && JSON.stringify(c.body).includes('har gjort deg til leder'));
    expect(told).toHaveLength(1);

    // Taking the role oneself needs no word.
    before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'leder + @Kari Nordmann', { mentions: [kari] });
    expect(JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body))).not.toContain('gjort deg til');
  });
});
