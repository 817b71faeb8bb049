// One sample per template in cards/, built through its typed data builder. The card test
// requires an entry here for every cards/*.json, so a new template cannot skip validation.
import type { AdaptiveCard } from '../../../src/conversation/types.ts';
import { coreFeature } from '../../../src/features/core.ts';
import { helpCard } from '../../../cards/help.ts';
import { noticeCard } from '../../../cards/notice.ts';
import { welcomeCard } from '../../../cards/welcome.ts';
import { taskCard, taskListCard } from '../../../cards/task.ts';
import { taskDraftCard } from '../../../cards/task-draft.ts';
import { taskCancelCard } from '../../../cards/task-cancel.ts';
import { deadlineDeliverCard } from '../../../cards/deadline-deliver.ts';
import { leaderRemoveCard } from '../../../cards/leader-remove.ts';
import { minutesCorrectCard } from '../../../cards/minutes-correct.ts';
import type { Task } from '../../../src/tasks/task.ts';
import { agendaCard } from '../../../cards/agenda.ts';
import { deadlineCard, deadlineListCard } from '../../../cards/deadline.ts';
import { minutesArchiveCard } from '../../../cards/minutes-archive.ts';
import { meetingChoiceCard } from '../../../cards/meeting-choice.ts';
import { deadlineEditCard, editValuesOf } from '../../../cards/deadline-edit.ts';
import type { Deadline } from '../../../src/deadlines/deadline.ts';
import { minutesCard } from '../../../cards/minutes.ts';
import { proposalCard } from '../../../cards/proposal.ts';
import { eraseConfirmCard } from '../../../cards/erase-confirm.ts';
import { buildMinutes, type Entry } from '../../../src/meetings/log.ts';
import { DEFAULT_AGENDA } from '../../../src/meetings/standing-agenda.ts';
import { projectFollowCardSamples } from './plan-samples.ts';
import { projectCardSamples } from './project-samples.ts';

const kari = { id: '29:a', name: 'Kari Nordmann' };
const sampleDeadline: Deadline = {
  tenantId: 't',
  networkId: 'n',
  id: 'F1',
  title: 'Rapport til Statsforvalteren',
  kind: 'rapportering',
  date: '2027-03-01',
  time: '23:59',
  scope: 'network',
  statsforvalter: null,
  origin: null,
  source: 'Rammer og føringer 2024 (Bufdir)',
  checklist: [
    'Utfylt rapporteringsmal',
    'Vurdering av måloppnåelse',
    'Budsjett og regnskap',
    'Revisorattestert regnskap når tilskuddet er over 200 000 kr',
  ],
  checks: [{ item: 'Utfylt rapporteringsmal', by: kari, at: '2027-02-10T10:00:00Z' }],
  yearly: true,
  status: 'open',
  doneBy: null,
  doneAt: null,
  createdBy: kari,
  createdAt: '2026-11-30T10:00:00Z',
};
const sampleLog: Entry[] = [
  { id: 'e1', at: '2026-11-27T08:00:00Z', author: kari, item: 1, kind: 'start' },
  {
    id: 'e2',
    at: '2026-11-27T08:01:00Z',
    author: kari,
    item: 1,
    kind: 'attendance',
    municipality: 'Nes',
    status: 'present',
  },
  {
    id: 'e3',
    at: '2026-11-27T08:01:00Z',
    author: kari,
    item: 1,
    kind: 'attendance',
    municipality: 'Hurdal',
    status: 'absent',
  },
  {
    id: 'e4',
    at: '2026-11-27T08:30:00Z',
    author: kari,
    item: 4,
    kind: 'decision',
    text: 'Vi søker midler til felles veiledningsteam',
  },
  {
    id: 'e5',
    at: '2026-11-27T08:31:00Z',
    author: kari,
    item: 4,
    kind: 'note',
    text: 'Bufetat kan holde opplæring i mars',
  },
  {
    id: 'e6',
    at: '2026-11-27T08:32:00Z',
    author: kari,
    item: 4,
    kind: 'task',
    text: 'Sende utkast til søknad',
    owners: [{ kind: 'person', id: '29:b', name: 'Ola Hansen' }],
    due: '2027-01-15',
    taskId: 'T1',
  },
];
import { answerCard } from '../../../cards/answer.ts';
import { deadlineOfferCard } from '../../../cards/deadline-offer.ts';
import { knownOfferCard } from '../../../src/deadlines/known-deadlines.ts';
import { escalationCard } from '../../../cards/answer-escalation.ts';
import type { Escalation, LocalAnswer } from '../../../src/guidelines/repository.ts';

export const sampleTask: Task = {
  tenantId: 't',
  networkId: 'n',
  id: 'T3',
  text: 'Lage utkast til rapport til Statsforvalteren',
  owners: [
    { kind: 'person', id: '29:a', name: 'Kari Nordmann' },
    { kind: 'municipality', name: 'Nes' },
  ],
  due: '2027-02-15',
  status: 'open',
  needsHelp: true,
  meetingId: 'M1',
  agendaItem: 3,
  entryId: 'e1',
  createdBy: { id: '29:a', name: 'Kari Nordmann' },
  createdAt: '2026-11-27T09:00:00Z',
  updatedAt: '2026-11-27T09:00:00Z',
  cardRef: null,
};

const overhead = {
  answered: true,
  answer:
    'Midlene kan dekke overhead, men høyst 5 prosent av stimuleringsmidlene tildelt det enkelte utviklingsprosjektet.',
  sources: [{ title: 'Rammer og føringer (Bufdir)', section: '3. Forvaltning og rapportering', year: 2024 }],
  score: 1,
  entryId: 'rf-overhead',
  olderRuleNote: 'Før gjaldt noe annet (2018; Hordaland, Vilkår (2018)): samarbeid med kompetansemiljø var et vilkår.',
  suggestions: [{ id: 'rf-hva-midlene-dekker', topic: 'Hva midlene kan brukes til' }],
};
const declined = {
  answered: false,
  answer: 'Det finner jeg ikke noe sikkert svar på i retningslinjene.',
  sources: [],
  score: 0.3,
  suggestions: [
    { id: 'rf-hva-midlene-dekker', topic: 'Hva midlene kan brukes til' },
    { id: 'pm-budsjett', topic: 'Budsjettet i prosjektplanen' },
  ],
};
const sampleEscalation: Escalation = {
  tenantId: 't',
  networkId: 'n',
  id: 'ab12cd34',
  question: 'Kan vi bruke midler på servering på samlingene?',
  askedBy: { id: '29:b', name: 'Ola Hansen' },
  createdAt: '2026-11-27T09:00:00Z',
  posted: null,
  answeredBy: null,
  answeredAt: null,
};
const sampleLocal: LocalAnswer = {
  tenantId: 't',
  networkId: 'n',
  id: 'lokal-ab12cd34',
  question: sampleEscalation.question,
  answer: 'Ja, enkel servering på heldagssamlinger er vedtatt i styringsgruppa.',
  savedBy: { id: '29:a', name: 'Kari Nordmann' },
  savedAt: '2026-11-28T10:00:00Z',
  escalationId: 'ab12cd34',
};

export const cardSamples: Record<string, () => AdaptiveCard[]> = {
  ...projectFollowCardSamples,
  ...projectCardSamples,
  help: () => [helpCard(coreFeature(() => []).commands ?? [])],
  welcome: () => [welcomeCard('team'), welcomeCard('groupChat'), welcomeCard('personal')],
  task: () => [
    taskCard(sampleTask, { today: '2026-11-30', meetingDate: '2026-11-27' }),
    taskCard(
      { ...sampleTask, status: 'done' },
      {
        today: '2027-03-01',
        last: {
          taskId: 'T3',
          seq: 2,
          at: '2027-02-01T10:00:00Z',
          by: { id: 'x', name: 'Ola' },
          change: { type: 'status', from: 'open', to: 'done' },
        },
      },
    ),
    taskCard({ ...sampleTask, status: 'deleted', due: null }, { today: '2026-11-30' }),
  ],
  'minutes-correct': () => [
    minutesCorrectCard({
      networkId: 'n',
      minutes: buildMinutes(
        { id: 'M1', date: '2026-11-27', title: 'Nettverk', agenda: DEFAULT_AGENDA, timeZone: 'Europe/Oslo' },
        sampleLog,
      ),
      entries: sampleLog,
    }),
    minutesCorrectCard({
      networkId: 'n',
      minutes: buildMinutes(
        { id: 'M2', date: '2026-12-18', title: 'Nettverk', agenda: DEFAULT_AGENDA, timeZone: 'Europe/Oslo' },
        [],
      ),
      entries: [],
    }),
  ],
  'task-draft': () => [
    taskDraftCard({
      title: 'Jeg forstod ikke fristen «blåmandag».',
      example: 'oppgave @Ola Hansen ringe Bufetat innen 30.09',
      line: 'oppgave @Ola Hansen ringe Bufetat innen blåmandag',
      networkId: 'n',
      mentions: [{ id: '29:b', name: 'Ola Hansen', text: '@Ola Hansen' }],
    }),
  ],
  'task-list': () => [
    taskListCard([sampleTask, { ...sampleTask, id: 'T4', due: null }], {
      title: 'Åpne oppgaver',
      empty: 'Ingen',
      today: '2027-03-01',
    }),
    taskListCard([], { title: 'Åpne oppgaver', empty: 'Ingen', today: '2027-03-01' }),
  ],
  answer: () => [
    answerCard({
      question: 'Hvor mye kan vi bruke på overhead?',
      answer: overhead,
      networkId: 'n',
      escalate: { kind: 'direct', networkId: 'n' },
    }),
    answerCard({
      question: 'Hvem er ordfører?',
      answer: declined,
      networkId: '',
      escalate: {
        kind: 'choose',
        networks: [
          { networkId: 'n1', name: 'Nettverk Øst' },
          { networkId: 'n2', name: 'Nettverk Vest' },
        ],
      },
    }),
    answerCard({ question: 'Hvem er ordfører?', answer: declined, networkId: '', escalate: { kind: 'hint' } }),
    answerCard({ question: '', answer: overhead, networkId: 'n', escalate: { kind: 'none' } }),
  ],
  'answer-escalation': () => [escalationCard(sampleEscalation, null), escalationCard(sampleEscalation, sampleLocal)],
  agenda: () => [
    agendaCard({
      networkId: 'n',
      dateLabel: 'torsdag 24. desember 2026',
      when: 'kl. 09:00–15:30',
      moved: 'Merk: møtet er flyttet fra 25.12.2026 fordi det er første juledag.',
      items: DEFAULT_AGENDA.map((a, i) => ({
        n: i + 1,
        title: a.title,
        detail: i === 2 ? '2 åpne oppgaver følges opp' : '',
        minutes: a.minutes,
      })),
      warning: '',
      cutoff: 'Forslag til agendaen tas imot til og med 22.12.2026.',
      editValue: DEFAULT_AGENDA.map((a) => `${a.title} | ${a.minutes}`).join('\n'),
    }),
  ],
  'erase-confirm': () =>
    (['asked', 'erased', 'cancelled', 'expired'] as const).map((kind) =>
      eraseConfirmCard({
        networkId: '19:abc@thread.tacv2',
        expires: '2026-11-23T10:00:00.000Z',
        askedBy: kari.name,
        state:
          kind === 'asked'
            ? { kind, rows: 412 }
            : kind === 'erased'
              ? { kind, by: kari.name, rows: 412 }
              : kind === 'cancelled'
                ? { kind, by: kari.name }
                : { kind },
      }),
    ),
  'task-cancel': () =>
    (['asked', 'cancelled', 'kept', 'expired', 'used'] as const).map((kind) =>
      taskCancelCard({
        task: sampleTask,
        expires: '2026-11-23T10:00:00.000Z',
        nonce: kind === 'asked' ? 'AbCdEfGhIjKlMnOpQrStUvWx' : undefined,
        askedBy: kari.name,
        state: kind === 'cancelled' || kind === 'kept' ? { kind, by: kari.name } : { kind },
      }),
    ),
  'deadline-deliver': () =>
    (['asked', 'delivered', 'kept', 'expired', 'used'] as const).map((kind) =>
      deadlineDeliverCard({
        deadline: { id: 'F3', networkId: 'team-1', title: 'Rapportering for 2027 med revisorattestasjon' },
        doubts: [
          'Tittelen gjelder 2027, og det året er ikke over ennå.',
          'Fristen er 01.03.2028, om 138 dager.',
          '3 av 5 punkter på sjekklisten er ikke krysset av: «Regnskap», «Revisorattest», «Sluttrapport».',
        ],
        expires: '2026-11-23T10:00:00.000Z',
        nonce: kind === 'asked' ? 'AbCdEfGhIjKlMnOpQrStUvWx' : undefined,
        askedBy: kari.name,
        via: 'words',
        state:
          kind === 'delivered'
            ? {
                kind,
                said: '✓ F3 «Rapportering for 2027 med revisorattestasjon» er markert som levert.',
                by: kari.name,
              }
            : kind === 'kept'
              ? { kind, by: kari.name }
              : { kind },
      }),
    ),
  'leader-remove': () =>
    (['asked', 'removed', 'kept', 'last', 'expired', 'used'] as const).map((kind) =>
      leaderRemoveCard({
        networkId: 'team-1',
        leader: { id: '29:user-1', name: kari.name },
        expires: '2026-11-23T10:00:00.000Z',
        nonce: kind === 'asked' ? 'AbCdEfGhIjKlMnOpQrStUvWx' : undefined,
        askedBy: 'Ola Hansen',
        state: kind === 'removed' || kind === 'kept' ? { kind, by: 'Ola Hansen' } : { kind },
      }),
    ),
  'deadline-known': () => [knownOfferCard('n', '2026-12-02')],
  'deadline-offer': () =>
    (['offered', 'accepted', 'declined'] as const).map((status) =>
      deadlineOfferCard({
        id: 'Tab12cd34',
        networkId: 'n',
        from: { networkId: 'm', networkName: 'Læringsnettverk Øst', by: kari },
        fields: {
          tenantId: 't',
          title: 'Søknad om stimuleringsmidler',
          kind: 'søknad',
          date: '2027-09-30',
          time: '23:59',
          statsforvalter: 'Statsforvalteren i Oslo og Viken',
          origin: 'sf:1',
          source: 'Statsforvalteren i Oslo og Viken',
          checklist: [],
          yearly: false,
        },
        status,
        decidedBy: status === 'offered' ? null : kari,
        deadlineId: status === 'accepted' ? 'F3' : null,
        card: null,
        createdAt: '2026-12-01T10:00:00Z',
      }),
    ),
  proposal: () => [
    proposalCard({
      tenantId: 't',
      networkId: 'n',
      id: 'P1',
      meetingDate: '2026-12-24',
      text: 'Erfaringer med ny rutine',
      proposedBy: kari,
      status: 'proposed',
      decidedBy: null,
      createdAt: '2026-12-01T10:00:00Z',
    }),
    proposalCard({
      tenantId: 't',
      networkId: 'n',
      id: 'P1',
      meetingDate: '2026-12-24',
      text: 'Erfaringer med ny rutine',
      proposedBy: kari,
      status: 'accepted',
      decidedBy: kari,
      createdAt: '2026-12-01T10:00:00Z',
    }),
  ],
  minutes: () => [
    minutesCard(
      buildMinutes(
        { id: 'M1', date: '2026-11-27', title: 'Nettverk', agenda: DEFAULT_AGENDA, timeZone: 'Europe/Oslo' },
        sampleLog,
      ),
      {
        approval: 'Godkjennes som punkt 2 på neste møte.',
        docxUrl: 'https://example.no/files/minutes/M1.docx?sig=x',
        mdUrl: 'https://example.no/files/minutes/M1.md?sig=x',
      },
    ),
    minutesCard(
      buildMinutes(
        { id: 'M2', date: '2026-12-24', title: 'Nettverk', agenda: DEFAULT_AGENDA, timeZone: 'Europe/Oslo' },
        [],
      ),
      {
        approval: '',
      },
    ),
  ],
  'meeting-choice': () => [
    meetingChoiceCard({
      title: 'Møtet fredag 25. desember 2026 faller på første juledag',
      message: 'Hva skal skje med møtet?',
      choices: [
        {
          title: 'Flytt til onsdag 23. desember 2026',
          verb: 'meeting.holiday',
          networkId: 'n',
          date: '2026-12-25',
          choice: '2026-12-23',
        },
        {
          title: 'Dropp møtet denne gangen',
          verb: 'meeting.holiday',
          networkId: 'n',
          date: '2026-12-25',
          choice: 'skip',
        },
      ],
    }),
    meetingChoiceCard({
      title: 'Ekstra møte',
      message: 'Det var ikke planlagt noe møte i dag.',
      choices: [
        {
          title: 'Erstatter møtet 21.01.2027',
          verb: 'meeting.replaces',
          networkId: 'n',
          date: '2027-01-21',
          meetingId: 'M3',
        },
      ],
    }),
    meetingChoiceCard({ title: 'Ekstra møte', done: 'Kari Nordmann koblet møtet til det planlagte møtet 21.01.2027.' }),
  ],
  'minutes-archive': () => [
    minutesArchiveCard(
      'Referater',
      [
        {
          meetingId: 'M2',
          networkId: 'n',
          heading: '30.11.2026 kl. 13:00',
          lines: ['• Neste samling holdes i Eidsvoll'],
          docxUrl: 'https://example.org/files/minutes/M2.docx',
          mdUrl: 'https://example.org/files/minutes/M2.md',
        },
        {
          meetingId: 'M1',
          networkId: 'n',
          heading: '30.10.2026 kl. 09:00',
          lines: ['Ingen vedtak.'],
          docxUrl: 'https://example.org/files/minutes/M1.docx',
          mdUrl: 'https://example.org/files/minutes/M1.md',
        },
      ],
      'Viser de 2 nyeste av 14.',
    ),
  ],
  deadline: () => [
    deadlineCard(sampleDeadline, { today: '2027-02-15' }),
    deadlineCard(
      { ...sampleDeadline, status: 'done', doneBy: kari, doneAt: '2027-02-20T10:00:00Z' },
      { today: '2027-02-20', showChecklist: false },
    ),
    deadlineCard({ ...sampleDeadline, checklist: [] }, { today: '2027-03-01' }),
    // On a public holiday: the date names it and the card offers the working day before.
    deadlineCard({ ...sampleDeadline, date: '2027-01-01' }, { today: '2026-12-01' }),
    deadlineCard(
      { ...sampleDeadline, scope: 'statsforvalter', statsforvalter: 'Statsforvalteren i Oslo og Viken' },
      { today: '2027-02-15' },
    ),
  ],
  'deadline-edit': () => [
    deadlineEditCard(sampleDeadline, editValuesOf(sampleDeadline)),
    deadlineEditCard(
      sampleDeadline,
      { ...editValuesOf(sampleDeadline), date: 'snart' },
      'Jeg fant ingen dato jeg forstod i «snart».',
    ),
  ],
  'deadline-list': () => [
    deadlineListCard([sampleDeadline], { today: '2027-02-01', feedUrl: 'https://example.no/feeds/frister.ics?sig=x' }),
    deadlineListCard([], { today: '2027-02-01', feedUrl: 'https://example.no/feeds/frister.ics?sig=x' }),
    // Passed and coming under their own headings, and passed only.
    deadlineListCard([{ ...sampleDeadline, id: 'F2', date: '2027-01-15' }, sampleDeadline], {
      today: '2027-02-01',
      feedUrl: 'https://example.no/feeds/frister.ics?sig=x',
    }),
    deadlineListCard([{ ...sampleDeadline, id: 'F2', date: '2027-01-15' }], {
      today: '2027-02-01',
      feedUrl: 'https://example.no/feeds/frister.ics?sig=x',
    }),
  ],
  notice: () => [
    noticeCard({
      title: 'Ukjent dato',
      message: 'Jeg forstod ikke datoen.',
      example: 'innen 30.09',
      kept: 'Teksten er lagret som notat.',
      tone: 'error',
    }),
    noticeCard({ title: 'Lagret', message: 'Oppgaven er lagret.', tone: 'ok' }),
  ],
};
