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

/** What a nudge meant for the leaders says when the network has none (N11, N13). */
export const noLeaderText = {
  /** On a municipality task's nudge: nobody is @mentioned, and why. */
  task: (municipalities: string) =>
    `Oppgaven tilhører ${municipalities}, og ingen person er ansvarlig. Nettverket mangler leder, så ingen får varsel om den.`,
  /** Under the overdue tasks before a meeting, posted in the channel because there is no leader to send them to. */
  overdueList: 'Nettverket mangler leder, så listen står her i kanalen i stedet for å gå til lederne.',
  /** Once a round (a day) in the channel, with the first such post: how the network gets a leader. */
  round: `Nettverket har ingen leder nå, så ingen blir varslet om det som ellers går til lederne. ${rolesText.claimHow}`,
  /** On a question only a leader can answer (a meeting on a holiday): nobody can choose yet, and how that changes. */
  choose: `Nettverket har ingen leder nå, så ingen kan velge ennå. ${rolesText.claimHow}`,
};
