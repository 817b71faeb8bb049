import { channelMessage, person } from '../test/support/teams.ts';
import { load, quantile, spawnBenchBot } from './spawn-bot.ts';

/**
 * One meeting grows to ENTRIES lines, typed one after another (one sender, as in a real meeting).
 * Whether a line costs more as the meeting grows shows as `growth`: the p50 of the last block of
 * lines over the p50 of the first. Then `avslutt møte` (the minutes built and posted) and `referat`
 * (the minutes of the ended meeting rendered again) are timed.
 */
export interface MeetingLongResult {
  scenario: 'meeting-long';
  entries: number;
  block: number;
  first_p50_ms: number;
  last_p50_ms: number;
  growth: number;
  first_cpu_ms_per_entry: number;
  last_cpu_ms_per_entry: number;
  cpu_growth: number;
  end_meeting_ms: number;
  minutes_p50_ms: number;
  minutes_cpu_ms: number;
  rss_mb_after: number;
  load_before: number;
  load_after: number;
}

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const LINES = [
  (i: number) => `info: innspill ${i} om rekruttering av fosterhjem i kommunen`,
  (i: number) => `vedtak: nettverket prioriterer tiltak ${i} i neste periode`,
  (i: number) => `oppgave @Ola Hansen følge opp sak ${i} innen 20.12`,
  (i: number) => `notat: erfaring ${i} fra bydelen deles på neste samling`,
];

export async function meetingLongBench(opts: { entries?: number; block?: number } = {}): Promise<MeetingLongResult> {
  const entries = opts.entries ?? Number(process.env.BENCH_ENTRIES ?? 300);
  const block = opts.block ?? Number(process.env.BENCH_BLOCK ?? Math.min(50, Math.floor(entries / 3)));
  const bot = await spawnBenchBot();
  try {
    const net = await bot.install(1, kari);
    const thread = 'bench-long-meeting';
    const start = await bot.post(channelMessage(net, kari, 'start møte', { thread, id: thread }));
    if (start.status !== 200) throw new Error(`start møte answered ${start.status}`);
    const loadBefore = load();
    const ms: number[] = [];
    const cpuAt: number[] = [];
    for (let i = 0; i < entries; i++) {
      if (i % 25 === 0) await bot.post(channelMessage(net, kari, `punkt ${(Math.floor(i / 25) % 8) + 1}`, { thread }));
      cpuAt.push(bot.cpuMs());
      const r = await bot.post(channelMessage(net, ola, LINES[i % LINES.length]!(i), { thread, mentions: [ola] }));
      if (r.status !== 200) throw new Error(`entry ${i} answered ${r.status}`);
      ms.push(r.ms);
    }
    cpuAt.push(bot.cpuMs());
    const first = quantile(ms.slice(0, block), 0.5);
    const last = quantile(ms.slice(-block), 0.5);
    const firstCpu = (cpuAt[block]! - cpuAt[0]!) / block;
    const lastCpu = (cpuAt[entries]! - cpuAt[entries - block]!) / block;
    const end = await bot.post(channelMessage(net, kari, 'avslutt møte', { thread }));
    const minutes: number[] = [];
    const cpu0 = bot.cpuMs();
    for (let i = 0; i < 10; i++) minutes.push((await bot.post(channelMessage(net, ola, 'referat'))).ms);
    const minutesCpu = (bot.cpuMs() - cpu0) / 10;
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return {
      scenario: 'meeting-long',
      entries,
      block,
      first_p50_ms: first,
      last_p50_ms: last,
      growth: r2(last / first),
      first_cpu_ms_per_entry: r2(firstCpu),
      last_cpu_ms_per_entry: r2(lastCpu),
      cpu_growth: firstCpu ? r2(lastCpu / firstCpu) : 0,
      end_meeting_ms: r2(end.ms),
      minutes_p50_ms: quantile(minutes, 0.5),
      minutes_cpu_ms: r2(minutesCpu),
      rss_mb_after: bot.rssMb(),
      load_before: loadBefore,
      load_after: load(),
    };
  } finally {
    await bot.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await meetingLongBench()));
}
