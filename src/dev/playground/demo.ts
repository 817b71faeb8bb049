// The demo networks the playground user belongs to, for the chat (routes.ts) and the tab beside it
// (tab-token.ts): the tab must see the same person in the same team. Fixed ids: the playground is
// one person's sandbox. RSC consent is given per tenant, so "a tenant without RSC" is a second demo
// tenant with its own team: the bot there has never been sent a message without a mention, exactly
// as in such a tenant.
export const TENANTS = {
  rsc: {
    id: 'playground-tenant',
    team: '19:playground-team@thread.tacv2',
    channel: '19:playground-channel@thread.tacv2',
  },
  'no-rsc': {
    id: 'playground-tenant-uten-rsc',
    team: '19:playground-team-uten-rsc@thread.tacv2',
    channel: '19:playground-channel-uten-rsc@thread.tacv2',
  },
} as const;

export const PEOPLE = {
  leader: { id: '29:playground-kari', aadObjectId: 'a0000000-0000-4000-8000-000000000001', name: 'Kari Nordmann' },
  member: { id: '29:playground-ola', aadObjectId: 'a0000000-0000-4000-8000-000000000002', name: 'Ola Hansen' },
  // A third person (N14, round 9): a co-leader pair beside a member, or a member who leaves and joins again later.
  per: { id: '29:playground-per', aadObjectId: 'a0000000-0000-4000-8000-000000000003', name: 'Per Olsen' },
} as const;

/** Who can write in the playground: the keys of PEOPLE, for the request schemas. */
export const WHO_KEYS = ['leader', 'member', 'per'] as const;
