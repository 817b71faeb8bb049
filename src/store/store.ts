import type { NetworkRepository, PeopleRepository } from '../networks/network.ts';
import type { JobRepository } from '../scheduler/jobs.ts';
import type { TaskRepository } from '../tasks/task.ts';
import type { SecretRepository } from '../security/secrets.ts';
import type { MeetingRepository } from '../meetings/repository.ts';
import type { MeetingExceptionRepository } from '../meetings/occurrences.ts';
import type { DeadlineRepository } from '../deadlines/deadline.ts';
import type { GuidelinesRepository } from '../guidelines/repository.ts';
import type { DeliveryRepository } from '../messaging/deliveries.ts';
import type { SendWindows } from '../messaging/rate-limit.ts';
import type { ChangeFeed } from './changes.ts';
import type { NetworkDataRepository } from '../rights/network-data.ts';
import type { ConfirmationRepository } from '../conversation/confirmations.ts';
import type { SeenActivityRepository } from '../conversation/seen-activities.ts';
import type { ProjectRepository } from '../projects/repository.ts';
import type { ProjectFollowRepository } from '../projects/follow-up-repository.ts';

/**
 * The storage port the domain sees. Each feature contributes one repository; implementations
 * (SQLite now, PostgreSQL later) live under src/store/<engine>/. Every method is async so
 * a network-backed engine fits the same shape.
 */
export interface Store {
  readonly networks: NetworkRepository;
  readonly people: PeopleRepository;
  readonly jobs: JobRepository;
  readonly tasks: TaskRepository;
  readonly secrets: SecretRepository;
  readonly meetings: MeetingRepository;
  /** Single meetings moved, cancelled or added next to the series. */
  readonly meetingExceptions: MeetingExceptionRepository;
  readonly deadlines: DeadlineRepository;
  readonly guidelines: GuidelinesRepository;
  readonly deliveries: DeliveryRepository;
  /** A network's data as a whole: export, erase, retention. */
  readonly networkData: NetworkDataRepository;
  /** Single-use nonces of confirmation cards ("Slett alt"). */
  readonly confirmations: ConfirmationRepository;
  /** Activity ids already handled: a redelivery does nothing twice. */
  readonly seenActivities: SeenActivityRepository;
  /** Development projects, one plan each (seed 002). */
  readonly projects: ProjectRepository;
  /** Following the projects: plan answers per milestone and the experience log. */
  readonly projectFollow: ProjectFollowRepository;
  /**
   * Teams' send windows shared by every instance on this store (PostgreSQL). Absent on SQLite:
   * one process sends, and its windows live in memory.
   */
  readonly sendWindows?: SendWindows;
  /** What other instances changed, for caches to drop (PostgreSQL). Absent on SQLite: one writer. */
  readonly changes?: ChangeFeed;
  /** Throws when the store cannot answer: used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
