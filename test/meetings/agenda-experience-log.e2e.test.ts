import { describe, expect, it } from 'vitest';
import { startAt } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';
import { storedPlan } from '../support/projects.ts';

// N18: the fixed agenda's item «Erfaringslogg: gjort – lært – lurt» asked every network for its
// experience log, also a network with no project, which has no log to keep (`erfaring …` needs a
// project). There the item says what to do instead; with a project it stays the log's item.
const kari = person('Kari Nordmann', 1);

async function agendaOf(withProject: boolean) {
  // Monday 16 November 2026: the next meeting is the last Friday, 27 November.
  const { t, net } = await startAt('2026-11-16T08:00:00Z', kari);
  if (withProject) await storedPlan(t, net, kari);
  const out = await speaker(t, net, '819001').say(kari, 'agenda');
  await t.close();
  return out;
}

describe('N18: the experience-log item of the fixed agenda', () => {
  it('a network without a project is told what to do at the item instead of being asked for a log', async () => {
    const out = await agendaOf(false);
    expect(out).toContain('Erfaringslogg');
    expect(out).toMatch(/ingen prosjekt/i);
    expect(out).toContain('gjort:');
    expect(out).not.toContain('Gjort – lært – lurt');
  });

  it('a network with a project keeps the item as the project’s log', async () => {
    const out = await agendaOf(true);
    expect(out).toContain('Erfaringslogg');
    expect(out).toContain('Gjort – lært – lurt');
    expect(out).not.toMatch(/ingen prosjekt/i);
  });
});
