import type { Person } from '../networks/network.ts';

/** Where a meeting runs in Teams: the channel thread its entries are written in. */
export interface MeetingThread {
  conversationId: string;
  threadId: string | null;
}

export interface MessageRef {
  conversationId: string;
  activityId: string;
}

export interface MeetingRecord {
  tenantId: string;
  networkId: string;
  id: string;
  date: string;
  title: string;
  status: 'running' | 'ended';
  /** The agenda as it stood when the meeting started (JSON of the agenda module's items). */
  agenda: unknown;
  thread: MeetingThread | null;
  cardRef: MessageRef | null;
  minutesRef: MessageRef | null;
  startedBy: Person;
  startedAt: string;
  endedAt: string | null;
  approvedAt: string | null;
  approvedBy: Person | null;
  approvedIn: string | null;
}

export interface StoredSeries {
  series: unknown;
  agenda: unknown;
  updatedAt: string;
}

export interface AgendaProposal {
  tenantId: string;
  networkId: string;
  id: string;
  meetingDate: string;
  text: string;
  proposedBy: Person;
  status: 'proposed' | 'accepted' | 'declined';
  decidedBy: Person | null;
  createdAt: string;
}

export interface MeetingRepository {
  getSeries(tenantId: string, networkId: string): Promise<StoredSeries | null>;
  saveSeries(
    tenantId: string,
    networkId: string,
    series: unknown,
    agenda: unknown,
    by: Person,
    now: Date,
  ): Promise<void>;

  /** Fails with MeetingAlreadyRunning when the network has one running (a unique index guards it). */
  start(
    m: Omit<
      MeetingRecord,
      'id' | 'status' | 'cardRef' | 'minutesRef' | 'endedAt' | 'approvedAt' | 'approvedBy' | 'approvedIn'
    >,
  ): Promise<MeetingRecord>;
  running(tenantId: string, networkId: string): Promise<MeetingRecord | null>;
  get(tenantId: string, networkId: string, id: string): Promise<MeetingRecord | null>;
  /** Ended meetings, newest first. */
  ended(tenantId: string, networkId: string, limit: number): Promise<MeetingRecord[]>;
  byDate(tenantId: string, networkId: string, date: string): Promise<MeetingRecord | null>;
  end(tenantId: string, networkId: string, id: string, now: Date): Promise<void>;
  /**
   * An ended meeting runs again (month round 6, N18): true when it was ended and now runs, false when it
   * was not ended; MeetingAlreadyRunning when another meeting of the network runs.
   */
  reopen(tenantId: string, networkId: string, id: string): Promise<boolean>;
  setCardRef(tenantId: string, networkId: string, id: string, ref: MessageRef): Promise<void>;
  setMinutesRef(tenantId: string, networkId: string, id: string, ref: MessageRef): Promise<void>;
  approve(tenantId: string, networkId: string, id: string, by: Person, inMeeting: string, now: Date): Promise<void>;
  /** Takes back an approval made in `inMeeting` (its entry was undone). */
  unapprove(tenantId: string, networkId: string, id: string, inMeeting: string): Promise<void>;

  /** A new meeting-log entry id, handed out by the store so processes and restarts never repeat one. */
  nextEntryId(tenantId: string, networkId: string): Promise<string>;
  /** Appends to the meeting's log and returns the sequence number it got. */
  append(tenantId: string, networkId: string, meetingId: string, entry: unknown): Promise<number>;
  entries(tenantId: string, networkId: string, meetingId: string): Promise<unknown[]>;
  /**
   * The entries appended after `afterSeq` (the append order), with their seq, and how many the log
   * holds in all, read together in one statement. Entries are never changed in place (edits, undo
   * and corrections are appended), so a reader holding entries 1..afterSeq reads only the new ones;
   * `total` tells it whether what it holds still lines up (rows erased).
   */
  entriesAfter(
    tenantId: string,
    networkId: string,
    meetingId: string,
    afterSeq: number,
  ): Promise<{ total: number; entries: { seq: number; entry: unknown }[] }>;

  /** Records that the channel delivered a message without an @mention of the bot (RSC is granted). */
  noteUnmentioned(tenantId: string, networkId: string, now: Date): Promise<void>;
  unmentionedSeen(tenantId: string, networkId: string): Promise<boolean>;
  /** True the first time a hint is recorded for the meeting, false after. */
  markHint(tenantId: string, networkId: string, meetingId: string, hint: string, now: Date): Promise<boolean>;

  /** The network's municipalities as the leaders set them; empty until they do. */
  municipalities(tenantId: string, networkId: string): Promise<string[]>;
  setMunicipalities(tenantId: string, networkId: string, names: string[], by: Person, now: Date): Promise<void>;

  propose(p: Omit<AgendaProposal, 'id' | 'status' | 'decidedBy'>): Promise<AgendaProposal>;
  proposals(tenantId: string, networkId: string, meetingDate: string): Promise<AgendaProposal[]>;
  decideProposal(
    tenantId: string,
    networkId: string,
    id: string,
    status: 'accepted' | 'declined',
    by: Person,
  ): Promise<AgendaProposal | null>;
}

export class MeetingAlreadyRunning extends Error {
  override name = 'MeetingAlreadyRunning';
}
