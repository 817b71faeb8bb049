import type { Services } from '../app/services.ts';
import type { HttpRoutes } from '../commands/http-route.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Minutes } from './log.ts';
import { minutesDocx, minutesMarkdown } from './export.ts';
import type { MeetingRecord } from './repository.ts';

const LINK_DAYS = 7;
const path = (meetingId: string, ext: 'docx' | 'md') => `/files/minutes/${meetingId}.${ext}`;

/** Signed, expiring download links for a meeting's minutes (a week; `referat` gives fresh ones). */
export function minutesLinks(s: Services, m: MeetingRecord): { docx: string; md: string } {
  const exp = new Date(s.clock.now().getTime() + LINK_DAYS * 86_400_000);
  const params = { t: m.tenantId, n: m.networkId };
  const base = s.publicUrl();
  return {
    docx: base + s.signer.sign(path(m.id, 'docx'), params, exp),
    md: base + s.signer.sign(path(m.id, 'md'), params, exp),
  };
}

export function mountMinutesDownloads(
  server: HttpRoutes,
  s: Services,
  deps: { minutesOf: (m: MeetingRecord) => Promise<Minutes>; approvalLine: (m: MeetingRecord) => string },
): void {
  server.get('/files/minutes/:file', async (req, res) => {
    const file = String(req.params?.file ?? '');
    const m = /^(M\d+)\.(docx|md)$/.exec(file);
    const verified = m ? s.signer.verify(path(m[1]!, m[2] as 'docx' | 'md'), req.query ?? {}, s.clock.now()) : null;
    if (!m || !verified?.ok) {
      res.sendRaw(
        verified?.ok === false && verified.reason === 'expired' ? 410 : 403,
        verified?.ok === false && verified.reason === 'expired' ? t.linkExpired : t.linkInvalid,
        {
          'Content-Type': 'text/plain; charset=utf-8',
        },
      );
      return;
    }
    const meeting = await s.store.meetings.get(verified.params.t!, verified.params.n!, m[1]!);
    if (!meeting || meeting.status !== 'ended') {
      res.sendRaw(404, t.linkInvalid, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const minutes = await deps.minutesOf(meeting);
    const name = `referat-${meeting.date}`;
    if (m[2] === 'md') {
      res.sendRaw(200, minutesMarkdown(minutes, deps.approvalLine(meeting)), {
        'Content-Type': 'text/markdown; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.md"`,
      });
      return;
    }
    res.sendRaw(200, await minutesDocx(minutes, deps.approvalLine(meeting)), {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${name}.docx"`,
    });
  });
}
