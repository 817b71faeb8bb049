import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Month round 8, N2: `info: Hurdal: saken om Emma Larsen (8 år) tar mye tid i tjenesten.` went into
// the minutes, which go to every municipality, with a plain «✓ Notat». A line naming a child is now
// refused wherever text is stored (meeting lines, tasks, deadlines, project forms); the refusal says
// why in general words and never repeats the name; the meeting line edited without the name goes in.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const THREAD = '870001';
const REFUSAL = 'ser ut til å handle om et enkelt barn';
const LINE = 'info: Hurdal: saken om Emma Larsen (8 år) tar mye tid i tjenesten.';
const NAME = ['Emma', 'Larsen'];

const setup = appPerTest(kari, '2026-11-27T08:00:00Z');

const say = (
  t: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  text: string,
  thread: string | undefined = THREAD,
  mentions: TestPerson[] = [],
) => chatSay(t, net, who, text, { thread, mentions, status: (s) => expect(s).toBe(200) });

let seq = 0;
/** A line with an id of its own, so it can be edited; what the bot sent because of it. */
async function line(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const id = `child-${++seq}`;
  const before = t.connector.emulator.calls.length;
  const res = await t.post(channelMessage(net, who, text, { thread: THREAD, id }));
  expect(res.status).toBe(200);
  return { id, out: JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body)) };
}

/** Teams' edit of message `id` («editMessage»): same id, new text. */
async function edit(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, text: string) {
  const msg = channelMessage(net, who, text, { thread: THREAD, id });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: 'messageUpdate',
    channelData: { ...msg.channelData, eventType: 'editMessage' },
  });
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

/** Every file SQLite keeps for the test database, as text. */
function dbText(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.startsWith('test.db'))
    .map((f) => readFileSync(join(dir, f)).toString('latin1') + readFileSync(join(dir, f)).toString('utf8'))
    .join('\n');
}

const noName = (out: string) => {
  for (const w of NAME) expect(out, out).not.toContain(w);
};

describe('a meeting line naming a child', () => {
  it('is refused without repeating the name, kept out of the minutes, and goes in once the message is edited without the name', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    const refused = await line(t, net, ola, LINE);
    expect(refused.out).toContain(REFUSAL);
    expect(refused.out).toContain('navn og alder');
    expect(refused.out).toContain('Rediger');
    noName(refused.out);
    expect(refused.out).not.toContain('✓');

    // The other forms people write, each refused the same way.
    for (const typed of [
      'vedtak: gutten Emil får tilbud om fosterhjem i Nes',
      'info: familien til Amina har flyttet til Eidsvoll',
      'info: vi drøftet 14-åringen Jonas',
      'gjort: samtale med Nora i 3. klasse',
    ]) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).toContain(REFUSAL);
      for (const w of ['Emil', 'Amina', 'Jonas', 'Nora']) expect(out, typed).not.toContain(w);
    }

    // Adults in the network and services pass as before.
    for (const typed of [
      'info: Kari Nordmann presenterte status',
      'info: Ola tar oppgaven med budsjettet',
      'info: Kari (45 år) er ny leder i Hurdal',
    ]) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).not.toContain(REFUSAL);
      expect(out, typed).toContain('✓');
    }

    const m = (await t.app.services.store.meetings.running(net.tenantId, net.teamId))!;
    const entries = () => t.app.services.store.meetings.entries(net.tenantId, net.teamId, m.id);
    noName(JSON.stringify(await entries()));

    // Edited in Teams without the name: the line goes into the minutes under its message.
    const edited = await edit(
      t,
      net,
      ola,
      refused.id,
      'info: Hurdal: en sak om et barn i barneskolealder tar mye tid i tjenesten.',
    );
    expect(edited).not.toContain(REFUSAL);
    expect(JSON.stringify(await entries())).toContain('en sak om et barn i barneskolealder');
    // Edited once more, it follows as any meeting line does: one line in the minutes, with the last text.
    await edit(t, net, ola, refused.id, 'info: Hurdal: én sak tar mye tid i tjenesten.');

    // An edit that keeps the name is refused as the line was.
    const other = await line(t, net, ola, 'info: gutten Emil trenger tiltak');
    const still = await edit(t, net, ola, other.id, 'info: gutten Emil (9 år) trenger tiltak');
    expect(still).toContain(REFUSAL);
    expect(still).not.toContain('Emil');

    const minutes = await say(t, net, kari, 'avslutt møte');
    expect(minutes).toContain('én sak tar mye tid i tjenesten');
    expect(minutes).not.toContain('barneskolealder');
    expect(minutes).toContain('Kari Nordmann presenterte status');
    for (const w of [...NAME, 'Emil', 'Amina', 'Jonas', 'Nora']) {
      expect(minutes).not.toContain(w);
      expect(dbText(t.dir)).not.toContain(`${w} `);
    }
  });
});

describe('the same rule for tasks, deadlines and project forms', () => {
  it('a task text naming a child is refused and no task is made; the same task without the name is', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    const out = await say(t, net, kari, 'oppgave @Ola Hansen ringe mor til Jonas innen 15.12', THREAD, [ola]);
    expect(out).toContain(REFUSAL);
    expect(out).not.toContain('Jonas');
    expect(await t.app.services.store.tasks.listAll(net.tenantId, net.teamId)).toEqual([]);
    const ok = await say(t, net, kari, 'oppgave @Ola Hansen ringe fosterhjemstjenesten innen 15.12', THREAD, [ola]);
    expect(ok).not.toContain(REFUSAL);
    expect((await t.app.services.store.tasks.listAll(net.tenantId, net.teamId)).map((x) => x.text)).toEqual([
      'ringe fosterhjemstjenesten',
    ]);
  });

  it('a deadline title naming a child is refused and not stored', async () => {
    const { t, net } = await setup();
    const out = await say(t, net, kari, 'frist 30.12 Søknad om tiltak for gutten Emil', undefined);
    expect(out).toContain(REFUSAL);
    expect(out).not.toContain('Emil');
    expect(dbText(t.dir)).not.toContain('gutten Emil');
  });

  it('a project form field naming a child is refused and nothing is stored', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger', undefined);
    const save = async (background: string) => {
      const res = await t.post(
        cardAction(net, kari, 'project.save', {
          networkId: net.teamId,
          projectId: 'U1',
          form: 'background',
          competence: 'RBUP Øst og Sør: veiledning i samarbeidsmøter.',
          background,
        }),
      );
      expect(res.status).toBe(200);
      return JSON.stringify(res.body);
    };
    const refused = await save('Overgangen for jenta Sofie (11 år) viste at rutinen mangler.');
    expect(refused).toContain(REFUSAL);
    const plan = async () => (await t.app.services.store.projects.get(net.tenantId, net.teamId, 'U1'))!.plan;
    expect((await plan()).background).toBe('');
    expect(dbText(t.dir)).not.toContain('Sofie');
    await save('Tilstandsvurderingen i 2025 viste at overganger mangler rutine.');
    expect((await plan()).background).toBe('Tilstandsvurderingen i 2025 viste at overganger mangler rutine.');
  });
});

describe('what the bot shows back', () => {
  it('an unknown command and a line it cannot place are shown back without the child’s name', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    for (const [typed, thread] of [
      ['møteplann saken om Emma Larsen (8 år)', undefined],
      ['punkt 99 saken om Emma Larsen (8 år)', THREAD],
    ] as const) {
      const out = await say(t, net, kari, typed, thread);
      expect(out.length, typed).toBeGreaterThan(2);
      noName(out);
    }
  });
});
