import type { Person } from '../networks/network.ts';

export const DEADLINE_KINDS = ['søknad', 'rapportering', 'bruk av midler', 'overføring', 'revisjon', 'egen'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  tenantId: string;
  networkId: string;
  id: string;
  title: string;
  kind: DeadlineKind;
  date: string;
  time: string;
  source: string;
  checklist: string[];
  yearly: boolean;
  status: 'open' | 'done';
  doneBy: Person | null;
  doneAt: string | null;
  createdBy: Person;
  createdAt: string;
}

export type NewDeadline = Omit<Deadline, 'id' | 'status' | 'doneBy' | 'doneAt'>;

export interface DeadlineRepository {
  create(d: NewDeadline): Promise<Deadline>;
  get(tenantId: string, networkId: string, id: string): Promise<Deadline | null>;
  listOpen(tenantId: string, networkId: string): Promise<Deadline[]>;
  markDone(tenantId: string, networkId: string, id: string, by: Person, now: Date): Promise<Deadline | null>;
  addCard(tenantId: string, networkId: string, id: string, ref: { conversationId: string; activityId: string }): Promise<void>;
  cards(tenantId: string, networkId: string, id: string): Promise<{ conversationId: string; activityId: string }[]>;
  getSetting<T>(tenantId: string, networkId: string, name: string): Promise<T | null>;
  setSetting(tenantId: string, networkId: string, name: string, value: unknown): Promise<void>;
  recordDelivery(d: { tenantId: string; networkId: string; conversation: string; operation: string; outcome: string; status: number | null; attempts: number; at: Date }): Promise<void>;
  deliveries(tenantId: string, networkId: string): Promise<{ outcome: string; status: number | null; attempts: number }[]>;
}
