// The input guard over long messages, in µs of CPU per KB of text (attack round 7, A6): clean prose,
// digit-heavy text (tables of dates and amounts, phone lists) and the worst cases found (runs of
// digit-and-separator pairs such as "1.1.1.1…"), each at 3, 9 and 27 KB: a linear reading costs
// the same per KB at every size. `node_modules/.bin/node bench/privacy-worst.ts [rounds]`.
import { guard } from '../src/privacy/guard.ts';

const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const texts: Record<string, (chars: number) => string> = {
  'clean prose': (n) => fill('Vi møtes på Rådhuset og går gjennom budsjettet for neste år, se vedlegg. ', n),
  'dates and times': (n) => fill('Møte 15.01.2027 kl 10:00–11:30 i rom 3, frist 30.11.2026. ', n),
  'budget table': (n) => fill('| 2026 | 15.01 | 12 000 | 45 000 |\n', n),
  'phones and accounts': (n) => fill('Ring 912 34 567, konto 1503.42.12345, sak 2026/12345. ', n),
  'digit runs': (n) => fill('0123456789 ', n),
  'worst: 1.1.1.': (n) => fill('1.', n),
  'worst: 1 1 1 ': (n) => fill('1 ', n),
  'worst: 12.12.': (n) => fill('12.', n),
  'worst: 1-1-1-': (n) => fill('1-', n),
  'worst: 12345 nr ': (n) => fill('12345 01.01.90 nr ', n),
};
const rounds = Number(process.argv[2] ?? 5);
console.log('text'.padEnd(22), ['3 KB', '9 KB', '27 KB'].map((s) => s.padStart(9)).join(''), '  (µs CPU per KB)');
for (const [name, make] of Object.entries(texts)) {
  const cells: string[] = [];
  for (const kb of [3, 9, 27]) {
    const text = make(kb * 1000);
    for (let w = 0; w < 3; w++) guard(text);
    const c0 = process.cpuUsage();
    for (let r = 0; r < rounds; r++) guard(text);
    const c = process.cpuUsage(c0);
    cells.push(((c.user + c.system) / rounds / kb).toFixed(0).padStart(9));
  }
  console.log(name.padEnd(22), cells.join(''));
}
