import type { Services } from '../app/services.ts';
import type { Person } from '../networks/network.ts';
import type { Network } from '../networks/network.ts';

const norm = (x: string) => x.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/gu, ' ').trim();

/** The most words a typed owner's name is read from: «Anne Marie Berg Hansen». */
const MAX_NAME_WORDS = 4;

/**
 * The people the network knows (a leader or member, an owner of an open task, or in the team's roster
 * when Teams can be asked) whose full name is what was typed, or starts with it as whole words.
 */
async function knownPeople(s: Services, network: Network, typed: string): Promise<Person[]> {
  const want = norm(typed);
  if (!want) return [];
  const people = new Map<string, Person>();
  const add = (p: Person) => {
    if (p.name && !people.has(p.id)) people.set(p.id, p);
  };
  for (const role of ['leader', 'member'] as const)
    for (const p of await s.store.people.listRole(network.tenantId, network.networkId, role)) add(p);
  for (const task of await s.store.tasks.listOpen(network.tenantId, network.networkId))
    for (const o of task.owners) if (o.kind === 'person') add({ id: o.id, aadObjectId: o.aadObjectId, name: o.name });
  if (s.roster)
    try {
      for (const p of await s.roster.members(network)) add(p);
    } catch {
      // Teams cannot be asked now: the names the store knows are enough.
    }
  return [...people.values()].filter((p) => norm(p.name) === want || norm(p.name).startsWith(`${want} `));
}

/** The full name of a person the network knows whose name starts with what was typed as a task's owner, else null. */
export async function knownPerson(s: Services, network: Network, typed: string): Promise<string | null> {
  return (await knownPeople(s, network, typed))[0]?.name ?? null;
}

/**
 * The owner typed as a name at the start of a line that cannot carry a Teams mention (a card's text field,
 * month s12 #2): «@Per Olsen sende …» or «Per sende …». The longest run of leading words that names exactly
 * one person the network knows, with the words as typed; null when none or several fit.
 */
export async function ownerTypedAsName(
  s: Services,
  network: Network,
  line: string,
): Promise<{ person: Person; typed: string } | null> {
  const words = line.trim().split(/\s+/u);
  const at = words[0]?.startsWith('@') ? 1 : 0;
  for (let n = Math.min(MAX_NAME_WORDS, words.length - 1); n >= 1; n--) {
    const typed = words.slice(0, n).join(' ');
    const name = typed.slice(at).replace(/[:,]$/u, '');
    if (name.length < 2) continue;
    const people = await knownPeople(s, network, name);
    if (people.length === 1) return { person: people[0]!, typed: typed.replace(/[:,]$/u, '') };
    if (people.length > 1) return null;
  }
  return null;
}
