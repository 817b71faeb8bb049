import { z } from 'zod';

/**
 * The tab's HTTP API (issue #16): every request and response body, as zod schemas with their
 * TypeScript types. The server (src/tab/api.ts) parses requests and builds responses with these;
 * the browser pages import the types only (`import type`), so zod stays out of the page bundle.
 *
 * This file is a published contract: fields are only ever added, never renamed or removed.
 *
 * Common to every route under /tab/api/:
 * - `Authorization: Bearer <token>`: an Entra ID token from `authentication.getAuthToken()` (in
 *   Teams), or in local mode (no app id) one from POST /playground/tab-token. The caller's identity
 *   comes from the token alone (tid + oid); a user id in the query or body is never read.
 * - 401 `{ error }`: no token, or a token that fails the check (signature, issuer, audience, expiry).
 * - 403 `{ error }`: a token from a tenant not on the allow-list; a network the caller is not in, or
 *   a network id that does not exist in the caller's tenant (a tampered `entityId`) — the same answer
 *   for both, so nothing about another network shows; a member calling a leader-only route.
 * - 400 `{ error }`: a body or query that does not fit (the message says what and gives an example),
 *   and an identity number (fødselsnummer, D-/H-nummer) in any text field — the same refusal as chat.
 * - 404 `{ error }`: a task, meeting or deadline id that the network does not have.
 * - Every error body is `{ error: <Norwegian message> }`. Only what the server refuses before any
 *   route runs keeps its general shape `{ message }`: 413 (body over 512 KB), 415 (compressed body),
 *   400 (a body that is not JSON), 503 (busy or shutting down).
 * - A channel tab belongs to the network of its team, whichever channel of the team it is added to.
 * - `:networkId` is the network's id, URL-encoded (`encodeURIComponent`): the `entityId` the
 *   configuration page saves is exactly this id (from `context.network.id`).
 * - Dates are Oslo local dates `YYYY-MM-DD`; instants are ISO 8601 strings.
 */

// ---------------------------------------------------------------------------------------------
// Shared pieces

export const errorBody = z.object({ error: z.string() });
export type ErrorBody = z.infer<typeof errorBody>;

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const roleSchema = z.enum(['leader', 'member']);
export type TabRole = z.infer<typeof roleSchema>;

/** A network: one Teams team (and its channel), or one group chat. */
export const networkRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(['team', 'groupChat']) });
export type NetworkRef = z.infer<typeof networkRef>;

export const taskStatusSchema = z.enum(['open', 'in_progress', 'done', 'postponed']);
export type TabTaskStatus = z.infer<typeof taskStatusSchema>;

/** The task card's buttons: Ferdig, Pågår, Trenger hjelp, Utsett (with a new due date), Gjenåpne. */
export const taskActionSchema = z.enum(['done', 'progress', 'help', 'postpone', 'reopen']);
export type TaskAction = z.infer<typeof taskActionSchema>;

export const taskView = z.object({
  id: z.string(),
  networkId: z.string(),
  text: z.string(),
  /** Owner names, people and municipalities alike, as the card shows them. */
  owners: z.array(z.string()),
  /** The municipalities among the owners. */
  municipalities: z.array(z.string()),
  due: localDate.nullable(),
  status: taskStatusSchema,
  /** Not done and the due date has passed. */
  overdue: z.boolean(),
  needsHelp: z.boolean(),
  meetingId: z.string().nullable(),
  /** The buttons the caller may use on it now (empty when they may not change it). */
  actions: z.array(taskActionSchema),
});
export type TaskView = z.infer<typeof taskView>;

export const deadlineView = z.object({
  id: z.string(),
  title: z.string(),
  /** søknad, rapportering, bruk av midler, overføring, revisjon, egen */
  kind: z.string(),
  date: localDate,
  time: z.string(),
  status: z.enum(['open', 'done']),
  /** Days from today (Oslo) to the date; negative when passed. */
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  source: z.string(),
  statsforvalter: z.string().nullable(),
  /** `notApplicable`: marked «Gjelder ikke oss» on the card (then `done` is false). */
  checklist: z.array(z.object({ item: z.string(), done: z.boolean(), notApplicable: z.boolean() })),
  doneBy: z.string().nullable(),
  doneAt: z.string().nullable(),
});
export type DeadlineView = z.infer<typeof deadlineView>;

/** An Adaptive Card 1.5 as plain JSON (the same cards chat shows). */
export const adaptiveCardJson = z.looseObject({ type: z.literal('AdaptiveCard'), version: z.string() });

// ---------------------------------------------------------------------------------------------
// GET /tab/api/context?tenantId=&teamId=&channelId=&chatId=
// Who: anyone with a valid token. `tenantId` must equal the token's tenant (else 403).
// For a channel tab give teamId (+ channelId); for a group chat give chatId.
// Answers whether this team/chat is a network where the bot is installed. The configuration page
// calls setValidityState(network !== null) and otherwise shows `howToAdd`.
// Errors: 401, 403 (other tenant / tenant not allowed), 400 (neither teamId nor chatId).

export const contextQuery = z.object({
  tenantId: z.string().min(1).max(200),
  teamId: z.string().max(300).optional(),
  channelId: z.string().max(300).optional(),
  chatId: z.string().max(300).optional(),
});
export type ContextQuery = z.infer<typeof contextQuery>;

export const contextResponse = z.object({
  network: networkRef.nullable(),
  /** The caller's role there: null when there is no network (a member is anyone in it without the leader role). */
  role: roleSchema.nullable(),
  /** Set when network is null: how to add the bot to this team or chat first (Norwegian). */
  howToAdd: z.string().optional(),
});
export type ContextResponse = z.infer<typeof contextResponse>;

// ---------------------------------------------------------------------------------------------
// GET /tab/api/networks/:networkId/overview
// Who: leaders and members of the network. Errors: 401, 403.

export const agendaLine = z.object({
  index: z.number().int(),
  title: z.string(),
  minutes: z.number().int(),
  owner: z.string().nullable(),
  /** What the bot fills the item with (open tasks, coming deadlines …), as lines of text. */
  lines: z.array(z.string()),
});
export type AgendaLine = z.infer<typeof agendaLine>;

export const overviewResponse = z.object({
  network: networkRef,
  role: roleSchema,
  today: localDate,
  nextMeeting: z
    .object({
      date: localDate,
      /** "09:00–15:30" */
      time: z.string(),
      /** Set when a holiday or a leader moved or marked it ("flyttet fra …"). */
      note: z.string().nullable(),
      place: z.string().nullable(),
      agenda: z.array(agendaLine),
    })
    .nullable(),
  tasks: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    /** Open tasks (not done) per owner name, people and municipalities; a task with two owners shows under both. */
    byOwner: z.array(
      z.object({ owner: z.string(), open: z.number().int(), overdue: z.number().int(), tasks: z.array(taskView) }),
    ),
    /** Open tasks per municipality (the network's list, then any other municipality owner); "Uten kommune" for tasks no municipality owns. */
    byMunicipality: z.array(
      z.object({
        municipality: z.string(),
        open: z.number().int(),
        overdue: z.number().int(),
        tasks: z.array(taskView),
      }),
    ),
  }),
  /** Open deadlines up to 12 months ahead, soonest first; a passed one nobody marked Levert stays, with overdue=true. */
  deadlines: z.array(deadlineView),
  /** Open deadlines within the 12 months that the overview leaves out (it lists the first 20); the Frister page has them. */
  deadlinesMore: z.number().int(),
  lastMinutes: z
    .object({
      meetingId: z.string(),
      date: localDate,
      title: z.string(),
      approved: z.boolean(),
      approvedAt: z.string().nullable(),
      approvedBy: z.string().nullable(),
      /** The sentence the minutes carry about approval ("Godkjent 27.11.2026 av …" / "Ikke godkjent ennå"). */
      approvalText: z.string(),
    })
    .nullable(),
  series: z.object({ text: z.string(), place: z.string().nullable() }),
});
export type OverviewResponse = z.infer<typeof overviewResponse>;

// ---------------------------------------------------------------------------------------------
// GET /tab/api/networks/:networkId/minutes?q=
// Who: leaders and members. Without q: the archive (ended meetings, newest first). With q (1–200
// characters): also full-text hits over decisions, notes and tasks of those minutes.
// Errors: 401, 403, 400 (q too long).

export const minutesQuery = z.object({ q: z.string().max(200).optional() });
export type MinutesQuery = z.infer<typeof minutesQuery>;

/** What the archive's list and one meeting's minutes both start with. */
const minutesHead = { meetingId: z.string(), date: localDate, title: z.string(), approved: z.boolean() };

export const minutesListItem = z.object({
  ...minutesHead,
  /** «09:00», the Oslo time the meeting started, only where two minutes share a date (N22). */
  time: z.string().optional(),
  counts: z.object({ notes: z.number().int(), decisions: z.number().int(), tasks: z.number().int() }),
});
export type MinutesListItem = z.infer<typeof minutesListItem>;

export const minutesHit = z.object({
  meetingId: z.string(),
  date: localDate,
  kind: z.enum(['decision', 'note', 'task']),
  text: z.string(),
  /** The agenda item it was written under. */
  itemTitle: z.string(),
});
export type MinutesHit = z.infer<typeof minutesHit>;

export const minutesListResponse = z.object({
  meetings: z.array(minutesListItem),
  /** Present only when q was given (and may be empty). */
  hits: z.array(minutesHit).optional(),
  query: z.string().optional(),
});
export type MinutesListResponse = z.infer<typeof minutesListResponse>;

// ---------------------------------------------------------------------------------------------
// GET /tab/api/networks/:networkId/minutes/:meetingId
// Who: leaders and members. The minutes as structured data, plus signed .docx/.md links (valid a
// week; the same links `referat` gives in chat). Errors: 401, 403, 404 (no ended meeting with that id).

export const minutesDocument = z.object({
  ...minutesHead,
  approvalText: z.string(),
  present: z.array(z.string()),
  absent: z.array(z.string()),
  notRegistered: z.array(z.string()),
  previous: z.object({ meetingDate: localDate, approved: z.boolean() }).nullable(),
  corrections: z.array(z.object({ date: z.string(), by: z.string() })),
  items: z.array(
    z.object({
      index: z.number().int(),
      title: z.string(),
      notes: z.array(z.string()),
      decisions: z.array(z.string()),
      tasks: z.array(
        z.object({
          text: z.string(),
          owners: z.array(z.string()),
          due: localDate.nullable(),
          taskId: z.string().optional(),
        }),
      ),
    }),
  ),
  tasksByOwner: z.array(
    z.object({
      owner: z.string(),
      tasks: z.array(z.object({ text: z.string(), due: localDate.nullable(), taskId: z.string().optional() })),
    }),
  ),
  downloads: z.object({ docx: z.string(), md: z.string() }),
});
export type MinutesDocument = z.infer<typeof minutesDocument>;

// ---------------------------------------------------------------------------------------------
// GET /tab/api/networks/:networkId/tasks
// Who: leaders and members. The board: one column per status (open, in_progress, postponed, done),
// in that order; done holds the 50 most recently changed. Errors: 401, 403.

export const tasksBoardResponse = z.object({
  columns: z.array(z.object({ status: taskStatusSchema, title: z.string(), tasks: z.array(taskView) })),
});
export type TasksBoardResponse = z.infer<typeof tasksBoardResponse>;

// POST /tab/api/networks/:networkId/tasks/:taskId
// Who: the task's owners and the network's leaders (as for the card's buttons; others get 403 with
// the card's own refusal). Runs the card's action through the same use case, and updates the task's
// shared card in the channel. `due` is required for postpone (a date today or later).
// A double click changes nothing and answers 200 with the task as it is.
// Errors: 401, 403, 404 (no such task), 400 (bad action, missing/past due date, deleted task).

export const taskActionRequest = z.object({ action: taskActionSchema, due: localDate.optional() });
export type TaskActionRequest = z.infer<typeof taskActionRequest>;

export const taskActionResponse = z.object({ task: taskView });
export type TaskActionResponse = z.infer<typeof taskActionResponse>;

// ---------------------------------------------------------------------------------------------
// GET /tab/api/networks/:networkId/deadlines
// Who: leaders and members. The open deadlines (soonest first; passed ones not marked Levert have
// overdue=true) and the signed ICS subscription link (the one `frister` gives). Errors: 401, 403.

export const deadlinesResponse = z.object({ deadlines: z.array(deadlineView), feedUrl: z.string() });
export type DeadlinesResponse = z.infer<typeof deadlinesResponse>;

// POST /tab/api/networks/:networkId/deadlines/:deadlineId/delivered   {confirm?: true}
// Who: leaders and members (as the card's "Levert"). Same use case as the card; the deadline's
// posted cards are updated. Already delivered: 200, unchanged. When «Levert» looks like a slip
// (long before the date, the period not over, checklist half done) the card asks first; here that
// is 409 with the question (nothing changed), and the same request with {"confirm": true} marks it.
// Errors: 400, 401, 403, 404, 409.

export const deadlineDeliveredRequest = z.object({ confirm: z.boolean().optional() });

export const deadlineDeliveredResponse = z.object({ deadline: deadlineView, message: z.string() });
export type DeadlineDeliveredResponse = z.infer<typeof deadlineDeliveredResponse>;

// ---------------------------------------------------------------------------------------------
// POST /tab/api/networks/:networkId/ask  { question }
// Who: leaders and members. The same guideline answer as chat. The question passes the identity
// guard (400 with the chat's refusal). Errors: 401, 403, 400 (empty, over 500 characters, identity number).

export const askRequest = z.object({ question: z.string().min(1).max(500) });
export type AskRequest = z.infer<typeof askRequest>;

export const askResponse = z.object({
  /** The answer as plain text (what the cards say, for screen readers and simple pages). */
  text: z.string(),
  /** The answer exactly as chat shows it: Adaptive Cards 1.5, render with the adaptivecards library. */
  cards: z.array(adaptiveCardJson),
});
export type AskResponse = z.infer<typeof askResponse>;

// ---------------------------------------------------------------------------------------------
// GET /tab/api/networks/:networkId/settings
// Who: leaders and members. Members get the values with editable=false and no `people`;
// leaders get editable=true and `people` (everyone the bot knows in the network, to pick leaders from).

export const agendaItemView = z.object({
  title: z.string(),
  minutes: z.number().int(),
  owner: z.string().optional(),
  /** What the bot fills the item with; kept when the title is kept. */
  fill: z.string().optional(),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const settingsResponse = z.object({
  role: roleSchema,
  editable: z.boolean(),
  series: z.object({
    /** In words: "siste fredag i måneden kl. 09:00–15:30". */
    text: z.string(),
    rrule: z.string(),
    start: z.string(),
    end: z.string(),
    place: z.string().nullable(),
  }),
  standingAgenda: z.array(agendaItemView),
  municipalities: z.array(z.string()),
  leaders: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Leaders only. */
  people: z.array(z.object({ id: z.string(), name: z.string(), role: roleSchema })).optional(),
  retention: z.object({
    months: z.number().int(),
    isDefault: z.boolean(),
    min: z.number().int(),
    max: z.number().int(),
  }),
});
export type SettingsResponse = z.infer<typeof settingsResponse>;

// PUT /tab/api/networks/:networkId/settings/:section   (leaders only; a member gets 403)
// Each section goes through the chat command's own use case; every text passes the identity guard
// (400 with the chat's refusal). Answers the settings as they now are, with a Norwegian confirmation.
// Errors: 401, 403, 400 (what the chat command would refuse, with its message and example).
//   series          { text }    the chat's `møteplan` form: "siste fredag 09:00–15:30", "annenhver tirsdag 12:00-14:00"
//   place           { place }   the chat's `møtested`: an address or a meeting link
//   agenda          { items: [{ title, minutes }] }   the standing agenda (1–20 items)
//   municipalities  { names: string[] }               the chat's `kommuner Nes, Eidsvoll`
//   retention       { months }                        6–120, the chat's `oppbevaring`
//   leaders         { action: 'add' | 'remove', personId }   personId from `people`; the last leader cannot be removed

export const settingsSections = ['series', 'place', 'agenda', 'municipalities', 'retention', 'leaders'] as const;
export type SettingsSection = (typeof settingsSections)[number];

export const seriesUpdate = z.object({ text: z.string().min(1).max(300) });
export const placeUpdate = z.object({ place: z.string().min(1).max(300) });
export const agendaUpdate = z.object({
  items: z
    .array(z.object({ title: z.string().min(1).max(200), minutes: z.number().int().min(1).max(480) }))
    .min(1)
    .max(20),
});
export const municipalitiesUpdate = z.object({ names: z.array(z.string().min(1).max(60)).min(1).max(60) });
export const retentionUpdate = z.object({ months: z.number().int() });
export const leadersUpdate = z.object({ action: z.enum(['add', 'remove']), personId: z.string().min(1).max(300) });

export const settingsUpdates = {
  series: seriesUpdate,
  place: placeUpdate,
  agenda: agendaUpdate,
  municipalities: municipalitiesUpdate,
  retention: retentionUpdate,
  leaders: leadersUpdate,
} as const satisfies Record<SettingsSection, z.ZodType>;
export type SettingsUpdate<S extends SettingsSection> = z.infer<(typeof settingsUpdates)[S]>;

export const settingsUpdateResponse = settingsResponse.extend({ message: z.string() });
export type SettingsUpdateResponse = z.infer<typeof settingsUpdateResponse>;

// ---------------------------------------------------------------------------------------------
// GET /tab/api/me/tasks
// Who: anyone with a valid token. The personal tab "Mine oppgaver": the caller's open tasks in every
// network of their tenant where they have a role, soonest due first. Errors: 401, 403 (tenant not allowed).

export const myTasksResponse = z.object({
  tasks: z.array(taskView.extend({ networkName: z.string() })),
});
export type MyTasksResponse = z.infer<typeof myTasksResponse>;

// ---------------------------------------------------------------------------------------------
// GET /tab/api/networks/:networkId/projects
// Who: leaders and members. The network's development projects (issue #17), oldest first, each with
// the plan check's findings (errors first, each citing its source) and its milestones with the
// deadline each became (null: no date read, or the date had passed when the plan came in).
//
// POST /tab/api/networks/:networkId/projects/import   body: the raw .docx (not JSON)
// Who: leaders only (403 for members). Content-Type
// application/vnd.openxmlformats-officedocument.wordprocessingml.document or application/octet-stream
// (415 otherwise); at most 10 MB, counted as it arrives (413 beyond). The same import as
// `npm run plan -- import`; the milestones become deadlines with nudges at once. 400 `{ error }` for a
// file that is refused (not the template, damaged, a zip bomb, an identity number, empty): nothing is
// stored. 200 with the stored project, what was left empty or could not be read, and the findings.

export const planFinding = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'advice']),
  message: z.string(),
  /** Where the rule comes from: the guideline's section and year. */
  source: z.string(),
});
export type PlanFinding = z.infer<typeof planFinding>;

export const projectMilestoneView = z.object({
  id: z.string(),
  subGoal: z.string(),
  activity: z.string(),
  owner: z.string(),
  /** The date as written in the plan ('april 2027'). */
  when: z.string(),
  due: localDate.nullable(),
  deadline: z.object({ id: z.string(), date: localDate, status: z.enum(['open', 'done']) }).nullable(),
});
export type ProjectMilestoneView = z.infer<typeof projectMilestoneView>;

/** A line of the project's experience log (gjort, lært, lurt), as it stands in the minutes. */
export const projectExperienceView = z.object({
  kind: z.enum(['gjort', 'lært', 'lurt']),
  text: z.string(),
  by: z.string(),
  /** The day it was written, in Oslo. */
  on: localDate,
});
export type ProjectExperienceView = z.infer<typeof projectExperienceView>;

export const projectView = z.object({
  id: z.string(),
  name: z.string(),
  /** The one ticked type, or null when both or neither were ticked. */
  type: z.enum(['egeninitiert', 'fosterhjemsprosjekt']).nullable(),
  mainGoal: z.string(),
  municipalities: z.array(z.string()),
  origin: z.enum(['import', 'cards']),
  createdAt: z.string(),
  summary: z.object({ errors: z.number().int(), advice: z.number().int() }),
  findings: z.array(planFinding),
  milestones: z.array(projectMilestoneView),
  /** The experience log, oldest first: what meetings and members wrote with «erfaring …». */
  experiences: z.array(projectExperienceView),
});
export type ProjectView = z.infer<typeof projectView>;

export const projectsListResponse = z.object({ role: roleSchema, projects: z.array(projectView) });
export type ProjectsListResponse = z.infer<typeof projectsListResponse>;

export const projectImportResponse = z.object({
  project: projectView,
  /** Template fields left empty, in Norwegian. */
  missing: z.array(z.string()),
  /** What could not be read, in Norwegian. */
  unreadable: z.array(z.string()),
  findings: z.array(planFinding),
  message: z.string(),
});
export type ProjectImportResponse = z.infer<typeof projectImportResponse>;

// ---------------------------------------------------------------------------------------------
// POST /playground/tab-token  { who, tenant? }   — local mode only (no app id), loopback only
// Signs a token the tab API accepts in local mode, for the playground's people: 'leader' (Kari
// Nordmann, leader of the demo network), 'member' (Ola Hansen) or 'per' (Per Olsen), in the demo tenant with RSC
// ('rsc', default) or without ('no-rsc'). 404 when the server has an app id.

export const playgroundTokenRequest = z.object({
  // 'per' (Per Olsen), the third person: a member while Ola is co-leader (month 13, #16).
  who: z.enum(['leader', 'member', 'per']),
  tenant: z.enum(['rsc', 'no-rsc']).default('rsc'),
});
export type PlaygroundTokenRequest = z.input<typeof playgroundTokenRequest>;

export const playgroundTokenResponse = z.object({
  token: z.string(),
  /** ISO instant the token expires (one hour). */
  expiresAt: z.string(),
  tenantId: z.string(),
  /** The person's Entra object id (oid) and name, as Teams' context would give them. */
  userObjectId: z.string(),
  name: z.string(),
  /** The demo network of that tenant: teamId/channelId to pass to /tab/api/context. */
  teamId: z.string(),
  channelId: z.string(),
});
export type PlaygroundTokenResponse = z.infer<typeof playgroundTokenResponse>;

// Paths, so pages and server spell them the same way: in src/tab/paths.ts (no zod, for the page bundle).
export { tabApi } from './paths.ts';
