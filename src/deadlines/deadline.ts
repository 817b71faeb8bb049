import type { Person } from '../networks/network.ts';

export const DEADLINE_KINDS = ['søknad', 'rapportering', 'bruk av midler', 'overføring', 'revisjon', 'egen'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Whose deadline it is: this network's own, or one a Statsforvalter set for every network under it. */
export type DeadlineScope = 'network' | 'statsforvalter';

export interface Deadline {
  tenantId: string;
  networkId: string;
  id: string;
  title: string;
  kind: DeadlineKind;
  date: string;
  time: string;
  scope: DeadlineScope;
  /** The Statsforvalter that set it, when scope is 'statsforvalter'. */
  statsforvalter: string | null;
  /** Shared by every network's copy of one Statsforvalter deadline. */
  origin: string | null;
  source: string;
  checklist: string[];
  /** Checklist items ticked on the card, with who ticked them; one state for every member. */
  checks: DeadlineCheck[];
  yearly: boolean;
  /**
   * A yearly deadline's own day, 'MM-DD' (month round 7, N12): next year's copy comes on it, whatever
   * this year's date was moved to. Null on a one-off deadline (and read as the date's day when absent).
   */
  seriesDay?: string | null;
  status: 'open' | 'done';
  doneBy: Person | null;
  doneAt: string | null;
  createdBy: Person;
  createdAt: string;
}

export interface DeadlineCheck {
  item: string;
  by: Person;
  at: string;
  /**
   * «Gjelder ikke oss» instead of a tick: an item that cannot honestly be ticked for this network (the
   * auditor's statement for a grant of 200 000 kr or less, s12 #12). Settled either way, so «levert»
   * does not count it as left open.
   */
  notApplicable?: true;
}

/** Without `seriesDay` a yearly deadline's own day is the day of its date. */
export type NewDeadline = Omit<Deadline, 'id' | 'status' | 'doneBy' | 'doneAt' | 'checks' | 'seriesDay'> & {
  seriesDay?: string | null;
};
/** Without `seriesDay` the deadline keeps its own day: a new date moves this year's deadline only. */
export type DeadlineEdit = Pick<Deadline, 'title' | 'kind' | 'date' | 'source' | 'checklist' | 'yearly' | 'origin'> & {
  seriesDay?: string;
};

export interface DeadlineRepository {
  create(d: NewDeadline): Promise<Deadline>;
  get(tenantId: string, networkId: string, id: string): Promise<Deadline | null>;
  listOpen(tenantId: string, networkId: string): Promise<Deadline[]>;
  /** The network's copy of a shared deadline, if it has one. */
  /** Creates it unless the same origin already has a deadline on or after its date (one copy per year). */
  createUnlessLater(d: NewDeadline & { origin: string }): Promise<Deadline | null>;
  findByOrigin(tenantId: string, networkId: string, origin: string): Promise<Deadline | null>;
  update(tenantId: string, networkId: string, id: string, edit: DeadlineEdit, now: Date): Promise<Deadline | null>;
  /**
   * Ticks the item (`on` true) or unticks it (false); without `on` (cards posted before it was
   * sent) it flips. With `notApplicable` the same for «Gjelder ikke oss», which takes a tick's place
   * (and a tick takes its place). Null when the deadline is gone.
   */
  toggleCheck(
    tenantId: string,
    networkId: string,
    id: string,
    item: string,
    by: Person,
    now: Date,
    on?: boolean,
    notApplicable?: boolean,
  ): Promise<Deadline | null>;
  markDone(tenantId: string, networkId: string, id: string, by: Person, now: Date): Promise<Deadline | null>;
  /**
   * «Levert» as one conditional write (only while the deadline is open): `marked` is true for the one
   * call that closed it, false for a second click or instance, which finds who did. Null when gone.
   */
  markDoneOnce(
    tenantId: string,
    networkId: string,
    id: string,
    by: Person,
    now: Date,
  ): Promise<{ deadline: Deadline; marked: boolean } | null>;
  /**
   * «Angre levert» as one conditional write: opens a delivered deadline only while it is the delivery the
   * caller saw (`doneAt`, null when stored without a time), so a delivery marked again by someone else in
   * between is not taken back (review s15 #8). `reopened` is true for the one call that opened it. Null when gone.
   */
  reopenOnce(
    tenantId: string,
    networkId: string,
    id: string,
    doneAt: string | null,
  ): Promise<{ deadline: Deadline; reopened: boolean } | null>;
  addCard(
    tenantId: string,
    networkId: string,
    id: string,
    ref: { conversationId: string; activityId: string },
  ): Promise<void>;
  cards(tenantId: string, networkId: string, id: string): Promise<{ conversationId: string; activityId: string }[]>;
}
