import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readPlanDocx } from '../../src/projects/import.ts';
import { checkDocx, MAX_DOCX_BYTES } from '../../src/projects/docx-safety.ts';
import { htmlToBlocks } from '../../src/projects/docx-blocks.ts';
import { splitNames } from '../../src/projects/template-map.ts';
import { checkPlan } from '../../src/projects/plan-check.ts';
import { validNationalId } from '../support/national-id.ts';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** The fixture with one piece of text in word/document.xml replaced. */
async function edited(name: string, from: string, to: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fixture(name));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The clean fixture's entries plus `extra`, zipped by hand with node's zlib (native, so an 80 MB
 * entry of zeros takes a moment, not seconds of pure-JS deflate).
 */
async function docxWith(extra: Record<string, Uint8Array>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fixture('plan-clean.docx'));
  const entries: [string, Buffer][] = [];
  for (const name of Object.keys(zip.files))
    if (!zip.files[name]!.dir) entries.push([name, Buffer.from(await zip.file(name)!.async('uint8array'))]);
  for (const [name, data] of Object.entries(extra)) entries.push([name, Buffer.from(data)]);
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(head, nameBytes, packed);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dirBytes, end]);
}

describe('reading a filled template 002', () => {
  it('maps every field of the clean plan, and has nothing to report', async () => {
    const r = await readPlanDocx(fixture('plan-clean.docx'));
    if (!r.ok) throw new Error(r.refusal);
    expect(r.missing).toEqual([]);
    expect(r.unreadable).toEqual([]);
    const p = r.plan;
    expect(p).toMatchObject({
      networkName: 'Læringsnettverk Romerike Nord',
      name: 'Fosterhjem i nærmiljøet',
      types: ['fosterhjemsprosjekt'],
      applicant: 'Nes kommune',
      municipalities: ['Nes', 'Eidsvoll', 'Hurdal'],
      leader: {
        name: 'Kari Nordmann',
        municipality: 'Nes barneverntjeneste',
        phone: '400 00 000',
        email: 'kari.nordmann@nes.kommune.no',
      },
      competence: 'Bufetat region øst: opplæring i veiledning av fosterhjem.',
      background: 'Fosterhjemmene i slekt og nettverk får lite veiledning det første året.',
      mainGoal: 'Alle fosterhjem i slekt og nettverk i de tre kommunene får veiledning hver måned det første året.',
      successCriteria: ['Forankring hos barnevernlederne', 'Felles veiledningsteam'],
      obstacles: [{ obstacle: 'Høyt arbeidspress på kontoret', measure: 'Veiledningen legges til faste dager' }],
      furtherWork: 'Teamet driftes videre i fellesskap etter prosjektperioden.',
      budget: { statedTotal: 178_000 },
    });
    expect(p.steeringGroup.map((m) => [m.name, m.position])).toEqual([
      ['Per Hansen', 'Kommunalsjef oppvekst'],
      ['Siri Lund', 'Barnevernleder'],
    ]);
    expect(p.projectGroup.map((m) => [m.name, m.boughtOut])).toEqual([
      ['Kari Nordmann', '20 % frikjøpt'],
      ['Anne Moe', null],
    ]);
    expect(
      p.subGoals.map((g) => [
        g.id,
        g.goal,
        g.milestones.map((m) => [m.id, m.activity, m.owner, m.partner, m.due, m.checkpoint]),
      ]),
    ).toEqual([
      [
        'd1',
        'Felles veiledningsteam',
        [
          ['m1', 'Teamet er satt sammen', 'Siri Lund', 'Bufetat', '2027-03-01', 'Teamet har møttes to ganger'],
          ['m2', 'Opplæring av teamet', 'Anne Moe', 'Bufetat', '2027-04-30', 'Alle i teamet har fullført'],
        ],
      ],
      [
        'd2',
        'Veiledning hver måned',
        [['m3', 'Veiledningsplan for hvert fosterhjem', 'Kari Nordmann', '', '2027-09-15', 'Planene er laget']],
      ],
    ]);
    expect(p.subGoals[0]!.milestones[0]!.steps).toEqual([
      {
        activity: 'Avtale med lederne',
        owner: 'Siri Lund',
        partner: '',
        when: '15.02.2027',
        due: '2027-02-15',
        checkpoint: 'Avtale signert',
      },
    ]);
    expect(p.budget.lines.map((l) => [l.description, l.amount, l.overhead])).toEqual([
      ['Lønn fosterhjemskonsulent', 120_000, false],
      ['Opplæring', 50_000, false],
      ['Administrasjon', 8_000, true],
    ]);
    expect(checkPlan(p)).toEqual([]);
  });

  it('reads the plan with findings: both boxes ticked, Norwegian amounts, what could not be read said in Norwegian', async () => {
    const r = await readPlanDocx(fixture('plan-with-findings.docx'));
    if (!r.ok) throw new Error(r.refusal);
    expect(r.plan.types).toEqual(['egeninitiert', 'fosterhjemsprosjekt']);
    expect(r.plan.budget.lines.map((l) => l.amount)).toEqual([200_000, 25_000, null, 1_200_000]);
    expect(r.plan.grant.applied).toBe(250_000);
    expect(r.unreadable).toEqual([
      'Beløpet «ca. en halv dag» for «Fagdag, lokalleie og servering» kunne ikke leses som kroner (skriv for eksempel 150 000 eller 1,2 mill.).',
    ]);
    expect(r.plan.subGoals[0]!.milestones[1]).toMatchObject({
      activity: 'Fagdag om overganger',
      owner: '',
      when: 'høsten 2027',
      due: null,
    });
    expect(checkPlan(r.plan).map((f) => f.rule)).toEqual([
      'min-services',
      'type-both',
      'budget-amount-unread',
      'budget-sum',
      'overhead',
      'milestone-owner',
      'milestone-date',
      'auditor-attestation',
      'main-goal-one-sentence',
      'main-goal-present-tense',
      'main-goal-observable',
      'milestone-date-unread',
    ]);
  });

  it('an emptied field is reported as missing, not guessed', async () => {
    const r = await readPlanDocx(
      await edited('plan-clean.docx', 'Bufetat region øst: opplæring i veiledning av fosterhjem.', ''),
    );
    if (!r.ok) throw new Error(r.refusal);
    expect(r.missing).toEqual(['Kompetansemiljø er tomt.']);
  });

  it('splits participating municipalities however they are listed', () => {
    expect(splitNames('Nes, Eidsvoll og Hurdal')).toEqual(['Nes', 'Eidsvoll', 'Hurdal']);
    expect(splitNames('Bydel Alna; Bydel Grorud\nBydel Stovner.')).toEqual([
      'Bydel Alna',
      'Bydel Grorud',
      'Bydel Stovner',
    ]);
    expect(splitNames('Nes / Eidsvoll & Hurdal samt Nannestad')).toEqual(['Nes', 'Eidsvoll', 'Hurdal', 'Nannestad']);
  });

  it('reads checkboxes, typed ticks and table cells from mammoth HTML', () => {
    const blocks = htmlToBlocks(
      '<p>Navn &amp; sånn</p><table><tr><td><p>Egeninitiert prosjekt</p></td><td><p><input type="checkbox" checked="checked" /></p></td></tr><tr><td><p>a</p><p>b</p></td></tr></table>',
    );
    expect(blocks).toEqual([
      { kind: 'p', text: 'Navn & sånn' },
      {
        kind: 'table',
        rows: [[{ paragraphs: ['Egeninitiert prosjekt'] }, { paragraphs: ['☒'] }], [{ paragraphs: ['a', 'b'] }]],
      },
    ]);
  });
});

describe('the template filled in other ways', () => {
  const p = (text: string) => new Paragraph({ text });
  const row = (...cells: (string | string[])[]) =>
    new TableRow({ children: cells.map((c) => new TableCell({ children: (Array.isArray(c) ? c : [c]).map(p) })) });
  const table = (...rows: TableRow[]) => new Table({ rows });

  it('labels beside their values in a table, ticks typed as characters, the leader on lines, several milestones in one cell', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            p('PROSJEKTPLAN FOR LÆRINGSNETTVERK 2024/2025'),
            table(
              row('Navn på læringsnettverket dere er medlem av:', 'Nettverk Oslo sør'),
              row('Navn på utviklingsprosjektet:', 'Trygg start'),
              row('Søkerkommune/-bydel:', 'Bydel Alna'),
              row('Deltakende kommuner/bydeler:', 'Bydel Grorud; Bydel Stovner'),
            ),
            p('Kryss av for type prosjekt:'),
            p('☐ Egeninitiert prosjekt'),
            p('☒ Fosterhjemsprosjekt'),
            p('Navn prosjektleder: Kari Nordmann'),
            p('Kommune/bydel/barneverntjeneste: Bydel Alna'),
            p('E-postadresse: kari@alna.oslo.kommune.no'),
            p('Hvilke(t) kompetansemiljø har dere avtalt å samarbeide med:'),
            p('RBUP Øst og Sør'),
            p('Bakgrunn for prosjektet - Lokale tilstandsvurderinger:'),
            p('Lite veiledning det første året.'),
            p('Hovedmål:'),
            p('Alle fosterhjem får veiledning hver måned.'),
            table(
              row(
                'Delmål',
                'Hovedaktiviteter/milepæler',
                'Ansvar',
                'Samarbeid med kompetansemiljø/Bufetat',
                'Når?',
                'Evaluering sjekkpunkter, justering',
              ),
              row(
                '1. Felles team',
                ['Team satt sammen', 'Opplæring'],
                ['Siri', 'Anne'],
                'Bufetat',
                ['01.03.2027', 'mai 2027'],
                '',
              ),
            ),
            p('BUDSJETT for å gjennomføre planen:'),
            table(row('Beskrivelse av kostnad', 'Kroner'), row('Lønn', '100 000 kr'), row('Sum kostnader', '100 000')),
          ],
        },
      ],
    });
    const r = await readPlanDocx(await Packer.toBuffer(doc));
    if (!r.ok) throw new Error(r.refusal);
    expect(r.plan).toMatchObject({
      networkName: 'Nettverk Oslo sør',
      name: 'Trygg start',
      applicant: 'Bydel Alna',
      municipalities: ['Bydel Grorud', 'Bydel Stovner'],
      types: ['fosterhjemsprosjekt'],
      leader: { name: 'Kari Nordmann', municipality: 'Bydel Alna', phone: '', email: 'kari@alna.oslo.kommune.no' },
      competence: 'RBUP Øst og Sør',
      background: 'Lite veiledning det første året.',
      mainGoal: 'Alle fosterhjem får veiledning hver måned.',
      budget: { lines: [{ description: 'Lønn', amount: 100_000 }], statedTotal: 100_000 },
    });
    expect(r.plan.subGoals[0]!.milestones.map((m) => [m.activity, m.owner, m.due])).toEqual([
      ['Team satt sammen', 'Siri', '2027-03-01'],
      ['Opplæring', 'Anne', '2027-05-31'],
    ]);
    expect(r.unreadable).toEqual([]);
    expect(checkPlan(r.plan).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the main goal repeated as the first row of the sub-goal table, as in template 002', () => {
  const p = (text: string) => new Paragraph({ text });
  const row = (...cells: (string | string[])[]) =>
    new TableRow({ children: cells.map((c) => new TableCell({ children: (Array.isArray(c) ? c : [c]).map(p) })) });

  it('reads the sub-goals and milestones under it (a stranger found them all dropped)', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            p('PROSJEKTPLAN FOR LÆRINGSNETTVERK 2024/2025'),
            new Table({
              rows: [
                row('Navn på læringsnettverket dere er medlem av:', 'Nettverk Oslo sør'),
                row('Navn på utviklingsprosjektet:', 'Trygg start'),
                row('Søkerkommune/-bydel:', 'Bydel Alna'),
                row('Deltakende kommuner/bydeler:', 'Bydel Grorud; Bydel Stovner'),
              ],
            }),
            p('Bakgrunn for prosjektet - Lokale tilstandsvurderinger:'),
            p('Lite veiledning det første året.'),
            p('Hovedmål:'),
            p('Alle fosterhjem får veiledning hver måned.'),
            new Table({
              rows: [
                row('Hovedmål: (hovedmålet settes på nytt inn her) Alle fosterhjem får veiledning hver måned.'),
                row(
                  'Delmål',
                  'Hovedaktiviteter/milepæler',
                  'Ansvar',
                  'Samarbeid med kompetansemiljø/Bufetat',
                  'Når?',
                  'Evaluering sjekkpunkter, justering',
                ),
                row(
                  '1. Felles team',
                  ['Team satt sammen', 'Opplæring'],
                  ['Siri', 'Anne'],
                  'Bufetat',
                  ['01.03.2027', 'mai 2027'],
                  '',
                ),
                row('2. Veiledning', 'Veiledningsplan', 'Kari', '', '15.09.2027', 'Planene er laget'),
              ],
            }),
          ],
        },
      ],
    });
    const r = await readPlanDocx(await Packer.toBuffer(doc));
    if (!r.ok) throw new Error(r.refusal);
    expect(r.plan.mainGoal).toBe('Alle fosterhjem får veiledning hver måned.');
    expect(r.plan.subGoals.map((g) => [g.goal, g.milestones.map((m) => [m.activity, m.owner, m.due])])).toEqual([
      [
        'Felles team',
        [
          ['Team satt sammen', 'Siri', '2027-03-01'],
          ['Opplæring', 'Anne', '2027-05-31'],
        ],
      ],
      ['Veiledning', [['Veiledningsplan', 'Kari', '2027-09-15']]],
    ]);
  });
});

describe('refusing what is not a readable plan', () => {
  it('a file over 10 MB', async () => {
    const big = Buffer.alloc(MAX_DOCX_BYTES + 1);
    big.writeUInt32LE(0x04034b50, 0);
    expect(await readPlanDocx(big)).toEqual({ ok: false, refusal: 'too-large' });
  });

  it('a file that is no .docx (a PDF, an empty file, a zip without a Word document)', async () => {
    expect(await readPlanDocx(Buffer.from('%PDF-1.7 ...'))).toEqual({ ok: false, refusal: 'not-docx' });
    expect(await readPlanDocx(Buffer.alloc(0))).toEqual({ ok: false, refusal: 'empty' });
    const zip = new JSZip();
    zip.file('hello.txt', 'hei');
    expect(await readPlanDocx(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual({
      ok: false,
      refusal: 'not-docx',
    });
  });

  it('a damaged .docx: cut short, or its bytes scrambled', async () => {
    const good = fixture('plan-clean.docx');
    expect(await readPlanDocx(good.subarray(0, Math.floor(good.length / 2)))).toEqual({
      ok: false,
      refusal: 'damaged',
    });
    const scrambled = Buffer.from(good);
    for (let i = 200; i < scrambled.length - 2000; i += 7) scrambled[i] = scrambled[i]! ^ 0x5a;
    expect(await readPlanDocx(scrambled)).toEqual({ ok: false, refusal: 'damaged' });
  });

  it('a Word file that is not the template', async () => {
    expect(await readPlanDocx(fixture('not-a-plan.docx'))).toEqual({ ok: false, refusal: 'not-template' });
  });

  it('the hand-made zip is a readable plan without a bomb in it (so the refusals below are about the bomb)', async () => {
    const r = await readPlanDocx(await docxWith({ 'word/media/small.bin': new Uint8Array(1000) }));
    expect(r.ok).toBe(true);
  });

  it('a zip bomb: a huge entry that compresses to little, declared honestly', async () => {
    const bomb = await docxWith({ 'word/media/zeros.bin': new Uint8Array(80 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(MAX_DOCX_BYTES);
    expect(checkDocx(bomb)).toEqual({ ok: false, problem: 'zip-bomb' });
    const dense = await docxWith({ 'word/media/zeros.bin': new Uint8Array(5 * 1024 * 1024) });
    expect(checkDocx(dense)).toEqual({ ok: false, problem: 'zip-bomb' });
  });

  it('a zip bomb that lies about its size in the zip directory is stopped while inflating', async () => {
    const zip = await docxWith({ 'word/media/zeros.bin': new Uint8Array(20 * 1024 * 1024) });
    // Find the entry in the central directory and declare 1 000 bytes uncompressed.
    const name = Buffer.from('word/media/zeros.bin');
    let at = zip.lastIndexOf(Buffer.concat([name]));
    while (at > 0 && zip.readUInt32LE(at - 46) !== 0x02014b50) at = zip.lastIndexOf(name, at - 1);
    zip.writeUInt32LE(1000, at - 46 + 24);
    expect(checkDocx(zip)).toEqual({ ok: false, problem: 'zip-bomb' });
  });

  it('an identity number in any field refuses the whole plan, naming the part, never the number', async () => {
    const id = validNationalId('010190', '123');
    for (const [from, part] of [
      ['Anne Moe', 'Prosjektgruppe'],
      ['Teamet er satt sammen', 'Delmål og milepæler'],
      [
        'Fosterhjemmene i slekt og nettverk får lite veiledning det første året.',
        'Bakgrunn – lokale tilstandsvurderinger',
      ],
    ] as const) {
      const r = await readPlanDocx(await edited('plan-clean.docx', from, `${from} ${id.slice(0, 6)} ${id.slice(6)}`));
      expect(r).toEqual({ ok: false, refusal: 'national-id', part });
    }
  });

  it('an identity number split by a line break inside a field is refused, as the field stores its lines joined (attacker A4)', async () => {
    const id = validNationalId('010190', '123');
    for (const br of ['<w:br/>', '<w:cr/>']) {
      const r = await readPlanDocx(
        await edited('plan-clean.docx', 'Anne Moe', `Anne Moe ${id.slice(0, 6)}</w:t>${br}<w:t>${id.slice(6)}`),
      );
      expect(r.ok, br).toBe(false);
      expect(r.ok ? null : r.refusal).toBe('national-id');
    }
  });
});
