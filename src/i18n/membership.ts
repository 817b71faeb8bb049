// Someone who left a network's team, asking for its views in a personal chat (attack round 9, A3).
export const membershipText = {
  departedView: (command: string) =>
    `Du er ikke lenger med i teamet, så du får ikke se nettverkets agenda, frister, oppgaver eller kalenderlenke her («${command}»). Er det feil, be en eier av teamet legge deg til igjen.`,
} as const;

/** To the leaders, once per person: someone who left asked for the network's calendar link (attack round 9, A3). */
export const departedLinkText = {
  asked: (mentions: string, name: string) =>
    `${mentions} ${name || 'En som har forlatt teamet'} er ikke lenger med i teamet, men ba om nettverkets kalenderlenke i personlig chat og fikk den ikke. Har hen lenken fra før, kan hen fortsatt se møtene og fristene. Skriv «@Nettverksboten ny kalenderlenke» for å gjøre den gamle lenken ugyldig.`.trim(),
} as const;
