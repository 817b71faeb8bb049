// Rows the store tests register directly, without going through the bot.

export const ref = (id: string) => ({
  serviceUrl: 'http://x/',
  channelId: 'msteams',
  conversationId: id,
  conversationType: 'channel' as const,
  tenantId: 't1',
  botId: 'b',
});

/** A team network installed by Kari, its channel named after it. */
export const network = (tenantId: string, networkId: string) => ({
  tenantId,
  networkId,
  scope: 'team' as const,
  name: 'Nettverk',
  teamId: networkId,
  channelId: `${networkId}-ch`,
  conversation: ref(`${networkId}-ch`),
  active: true,
  installedBy: { id: 'u1', name: 'Kari' },
});
