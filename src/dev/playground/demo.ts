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
} as const;
