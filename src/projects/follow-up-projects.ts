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

/** Takes a project id (`U2`) off the front or the end of the text. */
export function takeProjectId(args: string): { id: string | null; rest: string } {
  const front = /^\s*(u\d+)(?![\p{L}\d])[\s:,.–-]*/iu.exec(args);
  if (front) return { id: front[1]!.toUpperCase(), rest: args.slice(front[0].length).trim() };
  const end = /[\s,]+(u\d+)\s*$/iu.exec(args);
  if (end) return { id: end[1]!.toUpperCase(), rest: args.slice(0, end.index).trim() };
  return { id: null, rest: args.trim() };
}
