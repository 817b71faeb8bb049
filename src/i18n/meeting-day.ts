// Words for one meeting day: a shorter meeting's own time boxes, items postponed in the meeting, late lines.
import { agendaText } from './agenda.ts';

const hm = agendaText.duration;

export const meetingDayText = {
  /** On the agenda (notice, card, tab) of a moved or extra meeting shorter than the fixed agenda (month s16 #3). */
  fitted: (length: number, total: number) =>
    `Dette møtet varer ${hm(length)}, kortere enn den faste agendaen (${hm(total)}). Tidene over er derfor kortet ned forholdsvis for dette møtet; den faste agendaen er som før. Vil dere heller ta et punkt på neste møte, skriv i møtet for eksempel «utsett punkt 6 til neste møte».`,

  /** To the leader who typed «start møte» for such a meeting: it runs with the time boxes its notice showed. */
  startedFitted: (length: number, total: number) =>
    `Møtet varer ${hm(length)}, kortere enn den faste agendaen (${hm(total)}), så punktene har de samme nedkortede tidene som agendaen viste. Den faste agendaen er som før.`,

  /** What «angre» took back: «utsettelsen av punkt 6». */
  postponeLabel: (n: number) => `utsettelsen av punkt ${n}`,
  /** The reply to «utsett punkt 6 til neste møte». */
  postponed: (n: number, title: string, next: string | null) =>
    `Punkt ${n} «${title}» er utsatt til ${next ? `neste møte ${next}` : 'neste møte'} og kommer på agendaen der. Referatet viser at det ble utsatt. «angre» tar det tilbake.`,
  alreadyPostponed: (n: number) => `Punkt ${n} er allerede utsatt til neste møte.`,
  noSuchItem: (typed: string, count: number) =>
    `Agendaen har ikke noe punkt ${typed}; den har punkt 1–${count}. Skriv for eksempel «utsett punkt ${Math.min(6, count)} til neste møte».`,
  /** In the minutes, under the item. */
  postponedLine: 'Utsatt til neste møte.',
  /** The minutes' list of items the meeting never went to. */
  notDealtWithHeading: 'Ikke behandlet',
  notDealtWithLine: (n: number, title: string) => `Punkt ${n}: ${title}`,
  /** The next meeting's agenda: an item postponed from the last one. */
  carried: (title: string, from: string) => `${title} (utsatt fra ${from})`,
  carriedDetail: (from: string) => `Utsatt fra møtet ${from}`,

  /** The help card's entry for «utsett punkt». */
  command: {
    usage: 'utsett punkt <nr> til neste møte',
    example: 'utsett punkt 6 til neste møte',
    description: 'I møtet: punktet settes på agendaen for neste møte, og referatet viser at det ble utsatt.',
  },
  /** «flytt punkt 6» without «til neste møte», or another form the bot does not read. */
  how: 'Skriv hvilket punkt som skal utsettes, for eksempel «utsett punkt 6 til neste møte». For å gå til et punkt i møtet: «punkt 6».',

  /** Asked before a meeting is moved to, or added on, a day off (month s16 #6). */
  holidayAsk: {
    title: (date: string, day: string) => `${date} er ${day.toLocaleLowerCase('nb')} – vil du likevel?`,
    move: (from: string, to: string, day: string) =>
      `Du ba om å flytte møtet ${from} til ${to}, men den dagen er ${day.toLocaleLowerCase('nb')}. Ingenting er endret før du velger.`,
    extra: (date: string, day: string) =>
      `Du ba om et ekstra møte ${date}, men den dagen er ${day.toLocaleLowerCase('nb')}. Ingenting er lagt inn før du velger.`,
    yes: (date: string) => `Ja, bruk ${date}`,
    no: 'Nei, la det være',
    declined: 'Ingenting ble endret. Skriv kommandoen på nytt med en annen dato.',
  },

  /** A line written on a later day in a meeting left open (month s16 #10): the minutes say when. */
  lateMark: (date: string) => `(ført ${date}, etter møtedagen)`,
  /** The same for a line that already names its date («ferdig (Ola Hansen, 26.03.2027)»). */
  lateMarkDated: '(ført etter møtedagen)',
  /** The minutes' time when the meeting was left open and ended in the bot on a later day. */
  closedLater: (date: string) => `sto åpent til ${date}`,
  closedLaterAt: (date: string, time: string) =>
    `Møtet ble stående åpent etter møtedagen og ble avsluttet i boten ${date} kl. ${time}. Linjer ført etter møtedagen er merket med datoen.`,

  /** «hopp over møtet i april» with two meetings that month: the other one is named (month s16 #12). */
  otherStillStands: (dates: string, example: string) =>
    `Merk: ${dates} står fortsatt. Mente du det møtet, skriv «${example}» (og legg inn igjen det avlyste med «ekstra møte»).`,

  /** A break noted in the running meeting (month s16 #14). */
  pause: 'Pause',
  lunch: 'Lunsj',
  breakNote: (kind: string, from: string, until: string | null, minutes: number | null) =>
    until ? `${kind} kl. ${from}–${until}` : minutes ? `${kind} kl. ${from} (${minutes} min)` : `${kind} kl. ${from}`,
  breakAck: (note: string, item: number) => `☕ Ført under punkt ${item}: «${note}». «angre» tar det tilbake.`,
  breakHow: 'En pause føres slik: «pause», «pause 15 min» eller «lunsj til 12:30».',

  /**
   * The welcome back (and others) while this network's meeting runs (month s16 #15): «Neste møte er <i dag>»
   * read as a meeting still to come. Teams gives no link to a thread, so it is named by its first line.
   */
  runningNow: (date: string, started: string) =>
    `Møtet ${date} er i gang nå (startet kl. ${started}). Det føres i kanalen, i tråden som begynner med «start møte»; skriv der, så kommer det i referatet.`,

  /**
   * `agenda +` while today's meeting runs (month s16 #5): «Vil du ta det opp <i dag>» and «fristen … var» read as
   * if the meeting were still to come. `started` is its start, «09:05».
   */
  proposedWhileRunning: (id: string, started: string, next: string) =>
    `Møtet i dag er i gang (startet kl. ${started}), så jeg har satt forslaget (${id}) på møtet ${next} og sendt det til lederne. Skal det tas opp i dag, ta det under «Eventuelt» i møtetråden.`,
  addedWhileRunning: (id: string, text: string, started: string, next: string) =>
    `Møtet i dag er i gang (startet kl. ${started}), så jeg har satt «${text}» (${id}) på agendaen for møtet ${next}. Skal det tas opp i dag, ta det under «Eventuelt» i møtetråden.`,
  closedWhileRunning: (started: string) =>
    `Møtet i dag er i gang (startet kl. ${started}), og det er ikke planlagt noe møte etter det, så forslaget er ikke lagret. Ta det opp under «Eventuelt» i møtetråden, eller foreslå det igjen når neste møte er lagt inn.`,

  breakCommand: {
    usage: 'pause [til <kl.>] / lunsj [til <kl.>]',
    example: 'lunsj til 12:30',
    description: 'I møtet: pausen føres i referatet med klokkeslett.',
  },
};
