import type { Person } from '../networks/network.ts';

/**
 * åpen, pågår, ferdig, utsatt; 'deleted' when the entry that made it was undone; 'cancelled' (avlyst)
 * when a leader or its creator called it off (it can be opened again).
 */
export type TaskStatus = 'open' | 'in_progress' | 'done' | 'postponed' | 'deleted' | 'cancelled';

export type TaskOwner =
  { kind: 'person'; id: string; aadObjectId?: string; name: string } | { kind: 'municipality'; name: string };

export interface Task {
  tenantId: string;
  networkId: string;
  /** Short and human-typable (e.g. "T12"), unique within the network. */
  id: string;
  text: string;
  owners: TaskOwner[];
  /** Oslo local date YYYY-MM-DD, or null when none was given. */
  due: string | null;
  status: TaskStatus;
  needsHelp: boolean;
  meetingId: string | null;
  agendaItem: number | null;
  entryId: string | null;
  createdBy: Person;
  createdAt: string;
  updatedAt: string;
  /** The shared card posted for the task, so a click can update it for everyone. */
  cardRef: { conversationId: string; activityId: string } | null;
}

export type TaskChange =
  | { type: 'created' }
  | { type: 'status'; from: TaskStatus; to: TaskStatus }
  | { type: 'due'; from: string | null; to: string | null }
  | { type: 'needs-help'; value: boolean }
  | { type: 'text'; from: string; to: string }
  | { type: 'owners'; from: TaskOwner[]; to: TaskOwner[] };

export type StatusChange = Extract<TaskChange, { type: 'status' }>;

export interface TaskEvent {
  taskId: string;
  seq: number;
  at: string;
  by: Person;
  change: TaskChange;
}

/** A message the bot posted: which conversation, and its id there. */
export interface CardRef {
  conversationId: string;
  activityId: string;
}

export type NewTask = Omit<Task, 'id' | 'createdAt' | 'updatedAt' | 'status' | 'needsHelp' | 'cardRef'>;

/**
 * Thrown by `update` when a change to «done» finds the task no longer in the status it was read in:
 * another click or instance changed it first (a double click on «Ferdig»). Nothing was written.
 */
export class StaleTaskChange extends Error {
  constructor(id: string) {
    super(`task ${id} changed meanwhile`);
    this.name = 'StaleTaskChange';
  }
}

export interface TaskRepository {
  /** Gives the task the network's next id (T1, T2, …) and records the 'created' event. */
  create(task: NewTask, now: Date): Promise<Task>;
  get(tenantId: string, networkId: string, id: string): Promise<Task | null>;
  /** Not done, deleted or cancelled. */
  listOpen(tenantId: string, networkId: string): Promise<Task[]>;
  listAll(tenantId: string, networkId: string): Promise<Task[]>;
  /** Open tasks a person owns, in every network of the tenant. */
  listOpenForPerson(tenantId: string, who: { id?: string; aadObjectId?: string }): Promise<Task[]>;
  /**
   * Applies the change and appends it to the history in one transaction. A change to «done» is
   * conditional on the status it was read in (`from`), else StaleTaskChange.
   * `first`, a status change written (and recorded) just before `change` in the same transaction, is
   * conditional the same way: a hand-over that reopens a «Pågår» task never undoes a «Ferdig» written
   * meanwhile; it throws StaleTaskChange and writes nothing.
   * `afterSeq`: the change holds only while the task's history still ends at that step (an «angre»
   * that read the history must not overwrite a change made since), else StaleTaskChange, nothing written.
   */
  update(
    tenantId: string,
    networkId: string,
    id: string,
    change: TaskChange,
    by: Person,
    now: Date,
    first?: StatusChange,
    afterSeq?: number,
  ): Promise<Task>;
  setCardRef(
    tenantId: string,
    networkId: string,
    id: string,
    ref: { conversationId: string; activityId: string },
  ): Promise<void>;
  /** Remembers another card sent for the task (a reminder, a help request); the same card twice is kept once. */
  addCard(tenantId: string, networkId: string, id: string, ref: CardRef): Promise<void>;
  /** Every card remembered with addCard (the card in `cardRef` is not among them unless added too). */
  cards(tenantId: string, networkId: string, id: string): Promise<CardRef[]>;
  history(tenantId: string, networkId: string, id: string): Promise<TaskEvent[]>;
  /**
   * The open tasks (as listOpen) whose card is the message `activityId`, the shared one (`cardRef`) or one
   * remembered with addCard; in the one network, or in every network of the tenant when networkId is null.
   */
  listOpenByCard(tenantId: string, networkId: string | null, activityId: string): Promise<Task[]>;
  findByEntry(tenantId: string, networkId: string, entryId: string): Promise<Task | null>;
}
