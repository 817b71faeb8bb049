import { rolesText } from './roles.ts';

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;

/** What the bot says in the channel when a leader leaves the team (Teams: membersRemoved). */
export const memberLeftText = {
  /** `mentions` leads the sentence: the remaining leaders, @mentioned so Teams notifies them. */
  leaderLeft: (mentions: string, name: string, leaders: string[]) =>
    `${mentions} ${name} har forlatt teamet og er ikke lenger leder i nettverket. Ledere nå: ${list(leaders)}. Vil dere ha flere ledere, skriv «@Nettverksboten leder + @Navn».`,
  lastLeaderLeft: (name: string) =>
    `${name} har forlatt teamet og var den siste lederen. Nettverket har nå ingen leder, så ingen kan endre møteplan, agenda eller frister. ${rolesText.claimHow}`,
};

/** What someone the bot heard leave the team is told when they still press a card or write a command (N17). */
export const departedText = {
  refused:
    'Du er ikke lenger med i teamet, så du kan ikke endre noe i nettverket, og ingenting ble endret. Er det feil, be en eier av teamet legge deg til igjen.',
};
