const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;

export const rolesText = {
  leaderOnly: (what: string, leaders: string[]) =>
    leaders.length
      ? `Bare nettverkets ledere kan ${what}. Ledere nå: ${list(leaders)}. Be en av dem, eller be dem gjøre deg til leder med «leder + @dittnavn».`
      : `Bare nettverkets ledere kan ${what}, og nettverket har ingen leder registrert ennå. Den som la boten til i teamet blir leder; legg boten til på nytt, eller kontakt den som administrerer teamet.`,
  needsNetwork: (what: string) => `For å ${what} må du skrive i nettverkets kanal, ikke i en personlig chat.`,
} as const;

export const roleCommandText = {
  group: 'Nettverk',
  commands: {
    add: {
      usage: 'leder + @Navn',
      description: 'Gjør en person til leder i nettverket (ledere).',
      example: 'leder + @Ola Hansen',
    },
    remove: {
      usage: 'leder - @Navn',
      description: 'Fjerner lederrollen fra en person (ledere).',
      example: 'leder - @Ola Hansen',
    },
    list: { usage: 'ledere', description: 'Viser hvem som er ledere i nettverket.', example: 'ledere' },
  },
  changeWhat: 'endre hvem som er ledere',
  noMention: 'Nevn personen med @ slik at Teams markerer navnet.',
  added: (name: string) => `${name} er nå leder i nettverket.`,
  removed: (name: string) => `${name} er ikke lenger leder i nettverket.`,
  lastLeader: 'Du er den siste lederen i nettverket. Gjør en annen til leder først, så ingen står uten.',
  list: (names: string) => `Ledere i nettverket: ${names}.`,
  none: 'Nettverket har ingen ledere registrert.',
} as const;
