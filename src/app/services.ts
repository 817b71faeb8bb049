import type { Config } from '../config/env.ts';
import type { Logger } from '../log.ts';
import type { Messenger } from '../messaging/messenger.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/clock.ts';
import type { UrlSigner } from '../security/signed-url.ts';
import type { AdaptiveCard } from '../conversation/types.ts';
import type { MeetingRecord } from '../meetings/repository.ts';
import type { Minutes } from '../meetings/log.ts';
import type { PlannedMeeting } from '../meetings/occurrences.ts';
import type { AgendaView } from '../../cards/agenda.ts';
import type { Network } from '../networks/network.ts';
import type { Roster } from '../tab/roster.ts';

/** What every feature gets to work with. Built once at start-up by bot/compose.ts. */
export interface Services {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  messenger: Messenger;
  /** Runs planned jobs; features plan them with store.jobs and register handlers as Feature.jobs. */
  scheduler: Scheduler;
  /** Where the bot is reachable from outside (signed download links, feeds). */
  publicUrl(): string;
  /** Signs and checks the links the bot hands out (downloads, feeds). */
  signer: UrlSigner;
  /**
   * Deadlines coming up for a network, for item 5 of the agenda. Set by the deadlines feature;
   * absent until it is loaded.
   */
  upcomingDeadlines?: (
    tenantId: string,
    networkId: string,
    from: string,
    to: string,
  ) => Promise<{ title: string; date: string }[]>;
  /**
   * The open deadlines up to `to` (passed ones not delivered too) as the «frister» list, with each
   * checklist's state, for the agenda's deadline item in the meeting; null with none. Set by the deadlines feature.
   */
  deadlinesCard?: (tenantId: string, networkId: string, to: string) => Promise<AdaptiveCard | null>;
  /**
   * The grant's fixed deadlines offered on a card (month s15 #7a), or null when the network has deadlines
   * already. Set by the deadlines feature; «nettverkstype …» shows it once the kind is set.
   */
  knownDeadlinesOffer?: (tenantId: string, networkId: string) => Promise<AdaptiveCard | null>;
  /** A meeting's minutes card, as `referat` shows it. Set by the meetings feature; the archive opens minutes with it. */
  minutesCardFor?: (m: MeetingRecord) => Promise<AdaptiveCard>;
  /**
   * What the meetings feature shows, for the tab: the next meeting with its agenda as the agenda card
   * fills it, a meeting's minutes and its approval line. Set by the meetings feature.
   */
  meetingViews?: {
    nextAgenda(network: Network): Promise<{ meeting: PlannedMeeting; view: AgendaView } | null>;
    /** `ended`: the network's ended meetings, when the caller holds them (the tab's list), so they are read once. */
    minutes(m: MeetingRecord, ended?: readonly MeetingRecord[]): Promise<Minutes>;
    approvalLine(m: MeetingRecord): string;
  };
  /** Who is in a network's team or chat, asked of Teams; set by the bot layer (the tab checks membership with it). */
  roster?: Roster;
}
