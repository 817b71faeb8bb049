// Someone who left a network's team, asking for its views in a personal chat (attack round 9, A3).
export const membershipText = {
  departedView: (command: string) =>
    `Du er ikke lenger med i teamet, så du får ikke se nettverkets agenda, frister, oppgaver eller kalenderlenke her («${command}»). Er det feil, be en eier av teamet legge deg til igjen.`,
} as const;
