import type { Config } from '../config/env.ts';
import type { Logger } from '../log.ts';
import type { Messenger } from '../messaging/messenger.ts';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/clock.ts';
import type { UrlSigner } from '../security/signed-url.ts';
import type { AdaptiveCard } from '../conversation/types.ts';
import type { MeetingRecord } from '../meetings/repository.ts';

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
  upcomingDeadlines?: (tenantId: string, networkId: string, from: string, to: string) => Promise<{ title: string; date: string }[]>;
  /** A meeting's minutes card, as `referat` shows it. Set by the meetings feature; the archive opens minutes with it. */
  minutesCardFor?: (m: MeetingRecord) => Promise<AdaptiveCard>;
}
