/** What is needed to reach a conversation again later; plain data, independent of any Teams SDK. */
export interface ConversationRef {
  serviceUrl: string;
  channelId: string;
  conversationId: string;
  conversationType: 'channel' | 'groupChat' | 'personal';
  tenantId: string;
  botId: string;
  botName?: string;
}

export type NetworkScope = 'team' | 'groupChat';

/** A network is one Teams team (and the channel chosen at install) or one group chat, inside one tenant. */
export interface Network {
  tenantId: string;
  networkId: string;
  scope: NetworkScope;
  name: string;
  teamId: string | null;
  /** The channel the bot posts notices in: the one selected at install, else the team's General channel. */
  channelId: string | null;
  conversation: ConversationRef;
  active: boolean;
  installedBy: Person | null;
  createdAt: string;
  updatedAt: string;
}

export interface Person {
  /** Teams user id (29:...) */
  id: string;
  aadObjectId?: string;
  name: string;
}

export type Role = 'leader' | 'member';

export interface PersonalConversation {
  tenantId: string;
  person: Person;
  conversation: ConversationRef;
  createdAt: string;
}

export interface NetworkRepository {
  get(tenantId: string, networkId: string): Promise<Network | null>;
  /** Inserts or refreshes; returns true when the network was not known (or was inactive) before. */
  upsert(
    network: Omit<Network, 'createdAt' | 'updatedAt'>,
    now: Date,
  ): Promise<{ created: boolean; reactivated: boolean }>;
  setActive(tenantId: string, networkId: string, active: boolean, now: Date): Promise<void>;
  rename(tenantId: string, networkId: string, name: string, now: Date): Promise<void>;
  listActive(tenantId?: string): Promise<Network[]>;
  /** A network's own settings (nudge offsets, Statsforvalter, retention), stored as JSON. */
  getSetting<T>(tenantId: string, networkId: string, name: string): Promise<T | null>;
  setSetting(tenantId: string, networkId: string, name: string, value: unknown): Promise<void>;
  /**
   * Sets the setting to `value` unless it has that value already, in one conditional write; true when
   * this call changed it. Of two instances marking the same thing (a note said once a day), one wins.
   */
  claimSetting(tenantId: string, networkId: string, name: string, value: unknown): Promise<boolean>;
  /** Networks in a tenant whose setting has this value (every network under one Statsforvalter). */
  networksWithSetting(tenantId: string, name: string, value: unknown): Promise<string[]>;
}

export interface PeopleRepository {
  savePersonalConversation(pc: PersonalConversation): Promise<void>;
  findPersonalConversation(
    tenantId: string,
    who: { id?: string; aadObjectId?: string },
  ): Promise<PersonalConversation | null>;
  setRole(tenantId: string, networkId: string, person: Person, role: Role, now: Date): Promise<void>;
  /**
   * Makes `person` leader only while the network has no leader, in one conditional write: of two
   * people claiming at the same moment (or on two instances) one gets it. True when this call did.
   */
  claimLeadership(tenantId: string, networkId: string, person: Person, now: Date): Promise<boolean>;
  /** Remembers that someone left the network's team (one row each, so two leavings at once both stay). */
  noteDeparted(
    tenantId: string,
    networkId: string,
    who: { id?: string; aadObjectId?: string },
    now: Date,
  ): Promise<void>;
  /** Forgets a leaving (they joined again); true when one was recorded. */
  forgetDeparted(tenantId: string, networkId: string, who: { id?: string; aadObjectId?: string }): Promise<boolean>;
  /** True when the bot heard this person leave the team and not come back. */
  hasDeparted(tenantId: string, networkId: string, who: { id?: string; aadObjectId?: string }): Promise<boolean>;
  removeRole(tenantId: string, networkId: string, who: { id?: string; aadObjectId?: string }): Promise<void>;
  /**
   * Removes `who` as leader only while another leader stays, in one conditional write: two leaders
   * removing each other at the same moment (or on two instances) leave one. True when this call did.
   */
  removeLeaderUnlessLast(
    tenantId: string,
    networkId: string,
    who: { id?: string; aadObjectId?: string },
  ): Promise<boolean>;
  roleOf(tenantId: string, networkId: string, who: { id?: string; aadObjectId?: string }): Promise<Role | null>;
  listRole(tenantId: string, networkId: string, role: Role): Promise<Person[]>;
  /** Networks a person has a role in, across the tenant: for "mine oppgaver" in a personal chat. */
  networksOf(tenantId: string, who: { id?: string; aadObjectId?: string }): Promise<string[]>;
  /** Remembers that `person` wrote in the network's conversation (ids and the name as given, masked by the caller). */
  noteSeen(tenantId: string, networkId: string, person: Person, now: Date): Promise<void>;
  /** Networks a person is in as far as the bot knows: a recorded role, or seen writing there (N2). */
  memberNetworksOf(tenantId: string, who: { id?: string; aadObjectId?: string }): Promise<string[]>;
}
