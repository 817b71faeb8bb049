export const playgroundText = {
  teamName: 'Demonettverket',
  channelName: 'Nettverket',
  badRequest: 'Forespørselen manglet tekst eller hadde feil format.',
} as const;
