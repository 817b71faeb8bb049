import { execSync } from 'node:child_process';
import { START_ENTRY } from '../bot/start-flags.ts';
import { channelMessage, person, type NetworkFixture } from '../test/support/teams.ts';
import { load, nodeFlags, quantile, spawnBenchBot } from './spawn-bot.ts';

/**
 * One chat message through the real HTTP server, CloudAdapter, the bot and back out to the Bot
 * Connector emulator: the POST returns once the bot's replies have reached the emulator, so its
 * time is the round trip. A mix of what people send: `hjelp` (a card from a template), a guideline
 * question, `oppgaver` (store reads and a card) and lines in a running meeting, which never grows
 * past MEETING_CAP lines (a long meeting has about that many; `meeting-long` measures growth).
 */

export interface RoundtripResult {
  scenario: 'roundtrip';
  /** What the bot ran: the TypeScript sources, or (BENCH_DIST=1) the build `npm start` runs. */
  bot_entry: string;
  /** The V8 flags both servers ran with (bot/start-flags.ts unless BENCH_NODE_FLAGS says otherwise). */
  node_flags: string;
  /** Meetings the meeting lines are spread over at once (BENCH_MEETINGS; 1 by default). */
  meetings_at_once: number;
  messages: number;
  concurrency: number;
  echo_msgs_per_s: number;
  bot_msgs_per_s: number;
  /** bot / echo throughput (issue #14 target ≥ 0.8). */
  ratio: number;
  echo_p99_ms: number;
  bot_p99_ms: number;
  /** bot / echo p99 (target ≤ 1.5). */
  p99_ratio: number;
  echo_cpu_ms_per_msg: number;
  /** bot / echo server CPU per message: the ratio least moved by a shared machine. */
  cpu_ratio: number;
  echo_rss_mb_after: number;
  /** Requests whose connection dropped (counted, not timed; more than 1 % fails the run). */
  dropped: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  per_kind: Record<string, { n: number; p50_ms: number; p95_ms: number; p99_ms: number }>;
  /** Server CPU time per message (user + system): steadier than latency when the machine is shared. */
  cpu_ms_per_msg: number;
  rss_mb_after: number;
  load_before: number;
  load_after: number;
}

const MEETING_CAP = 300;
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

type Kind = 'hjelp' | 'question' | 'oppgaver' | 'meeting-line';
const KINDS: Kind[] = ['hjelp', 'question', 'oppgaver', 'meeting-line'];
const QUESTIONS = [
  'Hvor mye kan gå til administrasjon?',
  'Når er fristen for rapportering?',
  'Hvem kan søke om stimuleringsmidler?',
  'Må regnskapet være revisorattestert?',
];

interface Run {
  msgs_per_s: number;
  dropped: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  per_kind: RoundtripResult['per_kind'];
  cpu_ms_per_msg: number;
  rss_mb_after: number;
  load_before: number;
  load_after: number;
}

/** The same load, first against the echo floor (bench/echo-bot.ts), then against the bot. */
export async function roundtripBench(
  opts: { messages?: number; concurrency?: number; warmup?: number } = {},
): Promise<RoundtripResult> {
  const messages = opts.messages ?? Number(process.env.BENCH_MESSAGES ?? 2000);
  const concurrency = opts.concurrency ?? Number(process.env.BENCH_CONCURRENCY ?? 32);
  const warmup = opts.warmup ?? 200;
  // BENCH_DIST=1: the bot runs what a deployment runs (`npm start`: its prestart build, then
  // dist/bot/main.js), so rss_mb_after is the figure the RSS target is about. The sources
  // (the default) carry Node's TypeScript transformer, some 25 MB more (BENCHMARKS.md, startup).
  const dist = process.env.BENCH_DIST === '1';
  if (dist) execSync('npm run --silent build', { stdio: ['ignore', process.stderr, 'inherit'] });
  const entry = dist ? START_ENTRY : 'bot/main.ts';
  const echo = await drive('bench/echo-bot.ts', messages, concurrency, warmup);
  const bot = await drive(entry, messages, concurrency, warmup);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    scenario: 'roundtrip',
    bot_entry: entry,
    meetings_at_once: atOnce,
    node_flags: nodeFlags().join(' '),
    messages,
    concurrency,
    echo_msgs_per_s: echo.msgs_per_s,
    bot_msgs_per_s: bot.msgs_per_s,
    ratio: r2(bot.msgs_per_s / echo.msgs_per_s),
    echo_p99_ms: echo.p99_ms,
    bot_p99_ms: bot.p99_ms,
    p99_ratio: r2(bot.p99_ms / echo.p99_ms),
    echo_cpu_ms_per_msg: echo.cpu_ms_per_msg,
    cpu_ms_per_msg: bot.cpu_ms_per_msg,
    cpu_ratio: r2(bot.cpu_ms_per_msg / echo.cpu_ms_per_msg),
    p50_ms: bot.p50_ms,
    p95_ms: bot.p95_ms,
    p99_ms: bot.p99_ms,
    per_kind: bot.per_kind,
    echo_rss_mb_after: echo.rss_mb_after,
    dropped: echo.dropped + bot.dropped,
    rss_mb_after: bot.rss_mb_after,
    load_before: echo.load_before,
    load_after: bot.load_after,
  };
}

/**
 * Meetings running at once that the meeting lines share (BENCH_MEETINGS, default 1). The bot handles
 * one conversation's messages one at a time, in order (bot/compose.ts, conversationQueue), so with
 * one meeting about a quarter of the 32 senders queue behind each other in one thread; the echo
 * floor orders nothing. A real meeting has one or two people typing.
 */
const atOnce = Math.max(1, Number(process.env.BENCH_MEETINGS ?? 1));

async function drive(entry: string, messages: number, concurrency: number, warmup: number): Promise<Run> {
  const bot = await spawnBenchBot(entry);
  try {
    // Meeting lines go to meetings in their own networks, one meeting per MEETING_CAP lines.
    const lines = Math.ceil((messages + warmup) / KINDS.length);
    const meetings: { net: NetworkFixture; thread: string; lines: number }[] = [];
    const chat = await bot.install(1, kari);
    for (let i = 0; i < Math.max(atOnce, Math.ceil(lines / MEETING_CAP) + atOnce - 1); i++) {
      const net = await bot.install(10 + i, kari);
      const thread = `bench-meeting-${i}`;
      const res = await bot.post(channelMessage(net, kari, 'start møte', { thread, id: thread }));
      if (res.status !== 200) throw new Error(`start møte answered ${res.status}`);
      meetings.push({ net, thread, lines: 0 });
    }
    // A few tasks so `oppgaver` lists something.
    for (let i = 0; i < 5; i++)
      await bot.post(
        channelMessage(chat, kari, `oppgave @Ola Hansen lage utkast ${i} innen 20.12`, { mentions: [ola] }),
      );

    let next = 0;
    let meetingLine = 0;
    const activity = (i: number): { kind: Kind; body: object } => {
      const kind = KINDS[i % KINDS.length]!;
      if (kind === 'hjelp') return { kind, body: channelMessage(chat, ola, 'hjelp') };
      if (kind === 'question') return { kind, body: channelMessage(chat, ola, QUESTIONS[i % QUESTIONS.length]!) };
      if (kind === 'oppgaver') return { kind, body: channelMessage(chat, ola, 'oppgaver') };
      // The line goes to one of the first `atOnce` meetings that still take lines, in turn.
      const open = meetings.filter((x) => x.lines < MEETING_CAP).slice(0, atOnce);
      const m = open[meetingLine++ % open.length]!;
      m.lines++;
      return {
        kind,
        body: channelMessage(m.net, ola, `info: punkt ${m.lines} om rekruttering av fosterhjem i kommunen`, {
          thread: m.thread,
        }),
      };
    };
    let dropped = 0;
    const times: Record<Kind, number[]> = { hjelp: [], question: [], oppgaver: [], 'meeting-line': [] };
    const run = async (count: number, record: boolean): Promise<number> => {
      const end = next + count;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < end) {
            const { kind, body } = activity(next++);
            const r = await bot.post(body);
            if (r.status === 0) {
              dropped++;
              continue;
            }
            if (r.status !== 200) throw new Error(`${kind} answered ${r.status}`);
            if (record) times[kind].push(r.ms);
          }
        }),
      );
      return performance.now() - t0;
    };
    await run(warmup, false);
    const loadBefore = load();
    const cpu0 = bot.cpuMs();
    const ms = await run(messages, true);
    const cpu = bot.cpuMs() - cpu0;
    const all = Object.values(times).flat();
    if (dropped > messages / 100) throw new Error(`${dropped} connections dropped`);
    const per_kind = Object.fromEntries(
      KINDS.map((k) => [
        k,
        {
          n: times[k].length,
          p50_ms: quantile(times[k], 0.5),
          p95_ms: quantile(times[k], 0.95),
          p99_ms: quantile(times[k], 0.99),
        },
      ]),
    );
    return {
      msgs_per_s: Math.round((messages / ms) * 1000),
      dropped,
      p50_ms: quantile(all, 0.5),
      p95_ms: quantile(all, 0.95),
      p99_ms: quantile(all, 0.99),
      per_kind,
      cpu_ms_per_msg: Math.round((cpu / messages) * 100) / 100,
      rss_mb_after: bot.rssMb(),
      load_before: loadBefore,
      load_after: load(),
    };
  } finally {
    await bot.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await roundtripBench()));
}
