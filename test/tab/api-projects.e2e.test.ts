// Issue #17 item 2: a leader uploads the filled-in Word plan in the tab. Real server, Entra tokens
// from the local OpenID server, the raw .docx over HTTP; the same import as the CLI, the findings
// answered, the milestones brought in as deadlines with nudges at once, and refusals storing nothing.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyPrefix } from '../../src/deadlines/nudges.ts';
import { deadlinesResponse, errorBody, projectImportResponse, projectsListResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { validNationalId } from '../support/national-id.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from './api-support.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const kari = person('Kari Nordmann', 1); // installed the bot: leader
const ola = person('Ola Hansen', 2); // member

let app: TabApp;
let net: NetworkFixture;
const tokens: Record<string, string> = {};

async function upload(body: Uint8Array | ReadableStream<Uint8Array>, opts: { token?: string; type?: string } = {}) {
  const res = await fetch(`${app.t.app.url}${tabApi.projectImport(net.teamId)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.token ?? tokens.kari}`, 'content-type': opts.type ?? DOCX },
    body: body as BodyInit,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const projects = async () =>
  projectsListResponse.parse((await app.api(tabApi.projects(net.teamId), { token: tokens.kari })).body).projects;

/** The fixture with one piece of text in word/document.xml replaced. */
async function edited(name: string, from: string, to: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fixture(name));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2026-11-30T08:00:00Z') });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola]);
  tokens.kari = await app.token(kari);
  tokens.ola = await app.token(ola);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('refusals store nothing', () => {
  it('a member gets 403, even with a good plan', async () => {
    const r = await upload(fixture('plan-with-findings.docx'), { token: tokens.ola });
    expect(r.status).toBe(403);
    expect(errorBody.parse(r.body).error).toContain('Bare nettverkets ledere kan laste opp prosjektplaner');
    expect(r.body.error).toContain('Kari Nordmann');
    expect(await projects()).toEqual([]);
  });

  it('no token is 401 and another network id is 403', async () => {
    const none = await fetch(`${app.t.app.url}${tabApi.projectImport(net.teamId)}`, {
      method: 'POST',
      headers: { 'content-type': DOCX },
      body: fixture('plan-clean.docx'),
    });
    expect(none.status).toBe(401);
    const other = await fetch(`${app.t.app.url}${tabApi.projectImport('19:nope@thread.tacv2')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.kari}`, 'content-type': DOCX },
      body: fixture('plan-clean.docx'),
    });
    expect(other.status).toBe(403);
    expect(await projects()).toEqual([]);
  });

  it('a Word file that is not the template is 400 with the Norwegian reason', async () => {
    const r = await upload(fixture('not-a-plan.docx'));
    expect(r.status).toBe(400);
    expect(r.body.error).toContain('Dette ser ikke ut som prosjektplanmalen');
    expect(await projects()).toEqual([]);
  });

  it('a file that is no .docx and a damaged one are 400', async () => {
    const pdf = await upload(Buffer.from('%PDF-1.7 ...'), { type: 'application/octet-stream' });
    expect(pdf.status).toBe(400);
    expect(pdf.body.error).toContain('ikke en Word-fil');
    const cut = fixture('plan-clean.docx');
    const damaged = await upload(cut.subarray(0, Math.floor(cut.length / 2)));
    expect(damaged.status).toBe(400);
    expect(damaged.body.error).toMatch(/skadet|ikke en Word-fil/);
    expect(await projects()).toEqual([]);
  });

  it('a JSON body is 415 with an example of what to send', async () => {
    const r = await upload(Buffer.from('{"plan":1}'), { type: 'application/json' });
    expect(r.status).toBe(415);
    expect(r.body.error).toContain('.docx');
  });

  it('a body over 10 MB is 413, declared or streamed without a length', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    const declared = await upload(big);
    expect(declared.status).toBe(413);
    expect(declared.body.error).toContain('større enn 10 MB');
    // Chunked: no Content-Length, so the cap is counted as the bytes arrive.
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= 11) return c.close();
        sent++;
        c.enqueue(chunk);
      },
    });
    const streamed = await upload(stream);
    expect(streamed.status).toBe(413);
    expect(streamed.body.error).toContain('større enn 10 MB');
    expect(await projects()).toEqual([]);
  });

  it('a plan stored without compression whose body is far longer than any plan is refused before it is read', async () => {
    // An outside attacker's 4 MB upload of this kind ran the process out of memory: the reader's tree
    // is about 90 times the XML, and no zip check saw anything wrong with a file that is not compressed.
    const zip = await JSZip.loadAsync(fixture('plan-with-findings.docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const filler = '<w:p><w:r><w:t>Fyll fyll fyll fyll fyll fyll fyll fyll fyll fyll</w:t></w:r></w:p>'.repeat(60_000);
    zip.file('word/document.xml', xml.replace('</w:body>', `${filler}</w:body>`));
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect(stored.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(stored.length).toBeLessThan(10 * 1024 * 1024);
    const r = await upload(stored);
    expect(r.status).toBe(400);
    expect(r.body.error).toContain('mer tekst enn en prosjektplan');
    expect(await projects()).toEqual([]);
    // Still serving, and a real plan still goes in afterwards (checked by the tests below).
    expect((await fetch(`${app.t.app.url}/readyz`)).status).toBe(200);
  });

  it('an identity number anywhere in the plan is refused, naming where', async () => {
    const id = validNationalId('010190', '123');
    const r = await upload(
      await edited('plan-with-findings.docx', 'Kartlegging av 20 saker', `Kartlegging av saken til ${id}`),
    );
    expect(r.status).toBe(400);
    expect(r.body.error).toContain('fødselsnummer');
    expect(r.body.error).not.toContain(id);
    expect(await projects()).toEqual([]);
  });
});

describe('a leader uploads the plan', () => {
  it('stores the project, answers what could not be read and the findings with sources, and the milestones are deadlines with nudges', async () => {
    const r = await upload(fixture('plan-with-findings.docx'));
    expect(r.status).toBe(200);
    const body = projectImportResponse.parse(r.body);
    expect(body.project.id).toBe('U1');
    expect(body.message).toContain('U1');
    expect(body.unreadable).toEqual([expect.stringContaining('ca. en halv dag')]);
    const rules = body.findings.map((f) => f.rule);
    expect(rules).toContain('type-both');
    expect(rules).toContain('overhead');
    expect(body.findings.find((f) => f.rule === 'type-both')!.severity).toBe('error');
    expect(body.findings.find((f) => f.rule === 'main-goal-observable')!.severity).toBe('advice');
    for (const f of body.findings) expect(f.source).toMatch(/\d{4}/);

    // The milestones with a date from today on are deadlines now, not at the bot's next start.
    const dated = body.project.milestones.filter((m) => m.due);
    expect(dated.length).toBeGreaterThan(0);
    for (const m of dated) expect(m.deadline).toMatchObject({ date: m.due, status: 'open' });
    expect(body.project.milestones.find((m) => m.when === 'høsten 2027')!.deadline).toBeNull();
    const deadlines = deadlinesResponse.parse(
      (await app.api(tabApi.deadlines(net.teamId), { token: tokens.ola })).body,
    ).deadlines;
    for (const m of dated) expect(deadlines.map((d) => d.id)).toContain(m.deadline!.id);
    const s = app.t.app.services;
    const jobs = await s.store.jobs.list(net.tenantId, net.teamId);
    for (const m of dated) {
      const d = (await s.store.deadlines.get(net.tenantId, net.teamId, m.deadline!.id))!;
      expect(jobs.some((j) => j.key.startsWith(keyPrefix(d)))).toBe(true);
    }
  });

  it('lists the project for members too, with its findings and milestones', async () => {
    const r = await app.api(tabApi.projects(net.teamId), { token: tokens.ola });
    expect(r.status).toBe(200);
    const list = projectsListResponse.parse(r.body);
    expect(list.role).toBe('member');
    expect(list.projects.map((p) => p.id)).toEqual(['U1']);
    const [p] = list.projects;
    expect(p!.summary.errors).toBeGreaterThan(0);
    expect(p!.summary.advice).toBeGreaterThan(0);
    expect(p!.summary.errors + p!.summary.advice).toBe(p!.findings.length);
    expect(p!.milestones.map((m) => m.activity)).toContain('Kartlegging av 20 saker');
  });

  it('a second upload is a second project, U2', async () => {
    const r = await upload(fixture('plan-clean.docx'), { type: 'application/octet-stream' });
    expect(r.status).toBe(200);
    expect(r.body.project.id).toBe('U2');
    expect(r.body.findings).toEqual([]);
    expect((await projects()).map((p) => p.id)).toEqual(['U1', 'U2']);
  });

  it('the same plan uploaded again (corrected) replaces its project instead of making a copy', async () => {
    const r = await upload(fixture('plan-with-findings.docx'));
    expect(r.status).toBe(200);
    expect(r.body.project.id).toBe('U1');
    expect(r.body.message).toContain('erstatter den gamle');
    expect((await projects()).map((p) => p.id)).toEqual(['U1', 'U2']);
  });
});
