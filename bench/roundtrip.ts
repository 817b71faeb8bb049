import { channelMessage, person, type NetworkFixture } from '../test/support/teams.ts';
import { load, quantile, spawnBenchBot } from './spawn-bot.ts';

/**
 * One chat message through the real HTTP server, CloudAdapter, the bot and back out to the Bot
 * Connector emulator: the POST returns once the bot's replies have reached the emulator, so its
 * time is the round trip. A mix of what people send: `hjelp` (a card from a template), a guideline
 * question, `oppgaver` (store reads and a card) and lines in a running meeting, which never grows
 * past MEETING_CAP lines (a long meeting has about that many; `meeting-long` measures growth).
 */

export interface RoundtripResult {
  scenario: 'roundtrip';
  messages: number;
  concurrency: number;
  bot_msgs_per_s: number;
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
const QUESTIONS = ['Hvor mye kan gå til administrasjon?', 'Når er fristen for rapportering?', 'Hvem kan søke om stimuleringsmidler?', 'Må regnskapet være revisorattestert?'];

export async function roundtripBench(opts: { messages?: number; concurrency?: number; warmup?: number } = {}): Promise<RoundtripResult> {
  const messages = opts.messages ?? Number(process.env.BENCH_MESSAGES ?? 2000);
  const concurrency = opts.concurrency ?? Number(process.env.BENCH_CONCURRENCY ?? 32);
  const warmup = opts.warmup ?? 200;
  const bot = await spawnBenchBot();
  try {
    // Meeting lines go to meetings in their own networks, one meeting per MEETING_CAP lines.
    const lines = Math.ceil((messages + warmup) / KINDS.length);
    const meetings: { net: NetworkFixture; thread: string; lines: number }[] = [];
    const chat = await bot.install(1, kari);
    for (let i = 0; i < Math.ceil(lines / MEETING_CAP); i++) {
      const net = await bot.install(10 + i, kari);
      const thread = `bench-meeting-${i}`;
      const res = await bot.post(channelMessage(net, kari, 'start møte', { thread, id: thread }));
      if (res.status !== 200) throw new Error(`start møte answered ${res.status}`);
      meetings.push({ net, thread, lines: 0 });
    }
    // A few tasks so `oppgaver` lists something.
    for (let i = 0; i < 5; i++) await bot.post(channelMessage(chat, kari, `oppgave @Ola Hansen lage utkast ${i} innen 20.12`, { mentions: [ola] }));

    let next = 0;
    const activity = (i: number): { kind: Kind; body: object } => {
      const kind = KINDS[i % KINDS.length]!;
      if (kind === 'hjelp') return { kind, body: channelMessage(chat, ola, 'hjelp') };
      if (kind === 'question') return { kind, body: channelMessage(chat, ola, QUESTIONS[i % QUESTIONS.length]!) };
      if (kind === 'oppgaver') return { kind, body: channelMessage(chat, ola, 'oppgaver') };
      const m = meetings.find((x) => x.lines < MEETING_CAP)!;
      m.lines++;
      return { kind, body: channelMessage(m.net, ola, `info: punkt ${m.lines} om rekruttering av fosterhjem i kommunen`, { thread: m.thread }) };
    };
    const times: Record<Kind, number[]> = { hjelp: [], question: [], oppgaver: [], 'meeting-line': [] };
    const run = async (count: number, record: boolean): Promise<number> => {
      const end = next + count;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < end) {
            const { kind, body } = activity(next++);
            const r = await bot.post(body);
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
    const per_kind = Object.fromEntries(
      KINDS.map((k) => [k, { n: times[k].length, p50_ms: quantile(times[k], 0.5), p95_ms: quantile(times[k], 0.95), p99_ms: quantile(times[k], 0.99) }]),
    );
    return {
      scenario: 'roundtrip',
      messages,
      concurrency,
      bot_msgs_per_s: Math.round((messages / ms) * 1000),
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
