import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month s13 #5: a line refused twice gave two open «Send på nytt» cards; fixing and sending both made
// T7 and T8, identical, with double nudges to come. The second send now names T7 and makes nothing.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-29T08:00:00Z');
const THREAD = '913501';

/** The first object anywhere in what the bot sent that `is` picks. */
function find(x: unknown, is: (o: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const o = x as Record<string, unknown>;
  if (!Array.isArray(x) && is(o)) return o;
  for (const v of Object.values(o)) {
    const hit = find(v, is);
    if (hit) return hit;
  }
  return undefined;
}

/** What «Send på nytt» sends: the button's data and the line in the card's field. */
function resendData(x: unknown): Record<string, unknown> {
  const data = find(x, (o) => o.verb === 'task.resend')?.data as Record<string, unknown>;
  return { ...data, line: find(x, (o) => o.id === 'line')?.value };
}

describe('s13 #5: «Send på nytt» on two drafts of one line', () => {
  it('the second send names the task already made and makes no duplicate', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const first = await s.bodies(kari, 'oppgave @Ola Hansen fylle ut rapporteringsmalen innen 31.02', {
      mentions: [ola],
    });
    // The draft card's own button data: its line (fixed as a person would in the field) and mentions.
    const data = resendData(first);
    expect(data.line).toContain('31.02');
    const resend = async () =>
      JSON.stringify(
        (
          await t.post(
            cardAction(
              net,
              kari,
              'task.resend',
              { ...data, line: String(data.line).replace('31.02', '15.02') },
              { thread: THREAD },
            ),
          )
        ).body,
      );
    expect(await resend()).toContain('T1');
    const second = await resend();
    expect(second).toContain('T1 med samme tekst, ansvarlig og frist finnes allerede');
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2')).toBeNull();
    // The typed line is still free to make a second one on purpose.
    expect(
      await s.say(kari, 'oppgave @Ola Hansen fylle ut rapporteringsmalen innen 15.02', { mentions: [ola] }),
    ).toContain('allerede T1');
  });

  it('two sends at once make one task; the other click is told it is being saved or already made', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const first = await s.bodies(kari, 'oppgave @Ola Hansen fylle ut rapporteringsmalen innen 31.02', {
      mentions: [ola],
    });
    const data = { ...resendData(first), line: String(resendData(first).line).replace('31.02', '15.02') };
    const post = () =>
      t.post(cardAction(net, kari, 'task.resend', data, { thread: THREAD })).then((r) => JSON.stringify(r.body));
    // Hold the first send just before its task is written, so the others read the open tasks meanwhile
    // (as a second instance would on one database).
    const tasks = t.app.services.store.tasks;
    const create = tasks.create.bind(tasks);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atCreate = new Promise<void>((r) => (reached = r));
    let calls = 0;
    tasks.create = async (...args: Parameters<typeof create>) => {
      if (++calls === 1) {
        reached();
        await gate;
      }
      return create(...args);
    };
    const held = post();
    await atCreate;
    const others = await Promise.all([post(), post()]);
    release();
    const answers = [await held, ...others];
    tasks.create = create;
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).not.toBeNull();
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2')).toBeNull();
    const told = answers.filter(
      (a) => a.includes('lagres allerede fra et annet klikk') || a.includes('finnes allerede'),
    );
    expect(told).toHaveLength(2);
  });
});
