const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;

export const rolesText = {
  leaderOnly: (what: string, leaders: string[]) =>
    leaders.length
      ? `Bare nettverkets ledere kan ${what}. Ledere nå: ${list(leaders)}. Be en av dem, eller be dem gjøre deg til leder med «leder + @dittnavn».`
      : `Bare nettverkets ledere kan ${what}, og nettverket har ingen leder registrert ennå. Den som la boten til i teamet blir leder; legg boten til på nytt, eller kontakt den som administrerer teamet.`,
  needsNetwork: (what: string) => `For å ${what} må du skrive i nettverkets kanal, ikke i en personlig chat.`,
} as const;
