import type { Person } from '../networks/network.ts';

/** "Følger vi planen?" answered for one milestone in one meeting. */
export interface PlanAnswer {
  tenantId: string;
  networkId: string;
  projectId: string;
  milestoneId: string;
  meetingId: string;
  /** The minutes' note that carries the answer; it stands only while that entry does. */
  entryId: string;
  answer: 'yes' | 'no';
  /** For a no: what happened (seed 000: «Hva skjedde? Hvordan kommer vi på sporet igjen?»). */
  whatHappened: string;
  answeredBy: Person;
  answeredAt: string;
}

export const EXPERIENCE_KINDS = ['gjort', 'lært', 'lurt'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

/** One line of a project's experience log (seed 000: «Råd: Lag erfaringslogg – Gjort, Lært, Lurt»). */
export interface Experience {
  tenantId: string;
  networkId: string;
  projectId: string;
  seq: number;
  kind: ExperienceKind;
  text: string;
  meetingId: string | null;
  /** The minutes' note it was also written as (typed in a meeting); it stands only while that entry does. */
  entryId: string | null;
  createdBy: Person;
  createdAt: string;
}

/** The port following a project needs from the Store; every call is scoped by tenant and network. */
export interface ProjectFollowRepository {
  recordAnswer(a: PlanAnswer): Promise<void>;
  /** Oldest first; all projects of the network when `projectId` is null. */
  answers(tenantId: string, networkId: string, projectId: string | null): Promise<PlanAnswer[]>;
  addExperience(e: Omit<Experience, 'seq'>): Promise<Experience>;
  /** Oldest first. */
  experiences(tenantId: string, networkId: string, projectId: string): Promise<Experience[]>;
}
