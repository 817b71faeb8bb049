import type { Services } from '../app/services.ts';
import type { HttpRoutes } from '../commands/http-route.ts';
import { meetingText as t } from '../i18n/index.ts';
import { minutesDocx, minutesMarkdown } from './export.ts';
import { minutesPath } from './minutes-links.ts';
import { approvalLine, minutesOf } from './minutes-view.ts';

// The links live apart (minutes-links.ts) so the minutes view can hand them out without this route.
export { minutesLinks } from './minutes-links.ts';

/** The signed download routes for minutes (.docx and .md), rebuilt from the log on every request. */
export function mountMinutesDownloads(server: HttpRoutes, s: Services): void {
  server.get('/files/minutes/:file', async (req, res) => {
    const file = String(req.params?.file ?? '');
    const m = /^(M\d+)\.(docx|md)$/.exec(file);
    const verified = m
      ? s.signer.verify(minutesPath(m[1]!, m[2] as 'docx' | 'md'), req.query ?? {}, s.clock.now())
      : null;
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
    const minutes = await minutesOf(s, meeting);
    const name = `referat-${meeting.date}`;
    if (m[2] === 'md') {
      res.sendRaw(200, minutesMarkdown(minutes, approvalLine(meeting)), {
        'Content-Type': 'text/markdown; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.md"`,
      });
      return;
    }
    res.sendRaw(200, await minutesDocx(minutes, approvalLine(meeting)), {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${name}.docx"`,
    });
  });
}
