import type { Network, Person } from '../networks/network.ts';

/**
 * Who is in a network's team or group chat, asked of Teams (the bot layer implements it on top of
 * the connector). A token proves who is calling; only the roster proves that they are in the team
 * whose network they ask about, so a tampered network id from the same tenant finds nothing.
 */
export interface Roster {
  /** The member with this Entra object id (their Teams user id and name), or null when they are not in it. Throws when Teams cannot be asked. */
  member(network: Network, aadObjectId: string): Promise<RosterMember | null>;
  /** Everyone in the team or chat (for picking leaders). Throws when Teams cannot be asked. */
  members(network: Network): Promise<Person[]>;
}

/** A member as the roster names them: Teams' `userRole` ('user', 'guest', 'anonymous') and home tenant when given. */
export type RosterMember = Person & { userRole?: string; tenantId?: string };
