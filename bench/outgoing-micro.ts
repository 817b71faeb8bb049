// The outgoing path of one reply in one process, steadier than the round trip on a shared machine:
// toActivity, then the adapter's send hook (outgoingPrivacy), over every card sample, as a turn sends
// it. `node_modules/.bin/node bench/outgoing-micro.ts [rounds]` prints the CPU per reply (µs).
import { TestAdapter } from 'botbuilder';
import { outgoingPrivacy, toActivity } from '../bot/outgoing.ts';
import { cardSamples } from '../test/support/card-samples/samples.ts';

const cards = Object.values(cardSamples).flatMap((f) => f());
const rounds = Number(process.argv[2] ?? 20);
const adapter = new TestAdapter(async (context) => {
  const all = async (n: number) => {
    for (let r = 0; r < n; r++)
      for (const card of cards) await context.sendActivity(toActivity({ card, summary: 'Hei' }));
  };
  await all(3);
  const c0 = process.cpuUsage();
  await all(rounds);
  const c = process.cpuUsage(c0);
  const us = (c.user + c.system) / (rounds * cards.length);
  console.log(
    JSON.stringify({ scenario: 'outgoing-micro', cards: cards.length, cpu_us_per_reply: Math.round(us * 10) / 10 }),
  );
});
adapter.use(outgoingPrivacy);
await adapter.send('hei');
