// Which project a command is about: the one named (U2), or the network's only one.
import type { Services } from '../app/services.ts';
import type { Network } from '../networks/network.ts';
import type { Project } from './project.ts';

export type ProjectChoice =
  | { ok: true; project: Project }
  | { ok: false; problem: 'none' }
  | { ok: false; problem: 'which'; ids: string[] }
  | { ok: false; problem: 'unknown'; id: string; ids: string[] };

export async function chooseProject(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  id: string | null,
): Promise<ProjectChoice> {
  const projects = await s.store.projects.list(network.tenantId, network.networkId);
  const ids = projects.map((p) => p.id);
  if (id) {
    const found = projects.find((p) => p.id.toUpperCase() === id.toUpperCase());
    return found ? { ok: true, project: found } : { ok: false, problem: 'unknown', id: id.toUpperCase(), ids };
  }
  if (!projects.length) return { ok: false, problem: 'none' };
  if (projects.length > 1) return { ok: false, problem: 'which', ids };
  return { ok: true, project: projects[0]! };
}

/** What a command says when no one project could be chosen: none yet, which of several, or an id not known. */
export interface ChoiceWords {
  none: string;
  which: (ids: string) => string;
  unknown: (id: string, ids: string) => string;
}

/** The one line that says why no project was chosen, in the command's own words. */
export function choiceProblem(chosen: Exclude<ProjectChoice, { ok: true }>, words: ChoiceWords): string {
  if (chosen.problem === 'none') return words.none;
  if (chosen.problem === 'which') return words.which(chosen.ids.join(', '));
  return words.unknown(chosen.id, chosen.ids.join(', '));
}

/** The project a listing command names (`… U2`), or the network's only one; else the line that says why not. */
export async function projectToList(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  args: string,
  words: ChoiceWords,
): Promise<{ project: Project } | { problem: string }> {
  const chosen = await chooseProject(s, network, takeProjectId(args).id);
  return chosen.ok ? { project: chosen.project } : { problem: choiceProblem(chosen, words) };
}

/** Takes a project id (`U2`) off the front or the end of the text. */
export function takeProjectId(args: string): { id: string | null; rest: string } {
  const front = /^\s*(u\d+)(?![\p{L}\d])[\s:,.–-]*/iu.exec(args);
  if (front) return { id: front[1]!.toUpperCase(), rest: args.slice(front[0].length).trim() };
  const end = /[\s,]+(u\d+)\s*$/iu.exec(args);
  if (end) return { id: end[1]!.toUpperCase(), rest: args.slice(0, end.index).trim() };
  return { id: null, rest: args.trim() };
}
