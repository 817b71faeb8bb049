import type { Config } from '../config/env.ts';
import type { Logger } from '../log.ts';
import type { Messenger } from '../messaging/messenger.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/clock.ts';

/** What every feature gets to work with. Built once at start-up by src/app/compose.ts. */
export interface Services {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  messenger: Messenger;
}
