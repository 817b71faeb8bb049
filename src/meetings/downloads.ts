import type { Services } from '../app/services.ts';
import type { HttpRoutes } from '../commands/http-route.ts';
import { meetingText as t } from '../i18n/index.ts';
import { minutesDocx, minutesMarkdown, type MinutesHeader } from './export.ts';
import { minutesPath } from './minutes-links.ts';
import { approvalLine, minutesOf } from './minutes-view.ts';
import type { MeetingRecord } from './repository.ts';
import { formatLong, formatShort, localDateOf } from '../time/local-date.ts';

// The links live apart (minutes-links.ts) so the minutes view can hand them out without this route.
export { minutesLinks } from './minutes-links.ts';

/** The signed download routes for minutes (.docx and .md), rebuilt from the log on every request. */
export function mountMinutesDownloads(server: HttpRoutes, s: Services): void {
  server.get('/files/minutes/:file', async (req, res) => {
    const file = /^(M\d+)\.(docx|md)$/.exec(String(req.params?.file ?? ''));
    const meetingId = file?.[1];
    const ext = file?.[2] === 'docx' || file?.[2] === 'md' ? file[2] : null;
    const verified =
      meetingId && ext ? s.signer.verify(minutesPath(meetingId, ext), req.query ?? {}, s.clock.now()) : null;
    // A link this bot signed names the tenant and the network; one that does not is not ours.
    const tenantId = verified?.ok ? verified.params.t : undefined;
    const networkId = verified?.ok ? verified.params.n : undefined;
    if (verified?.ok === false && verified.reason === 'expired' && meetingId) {
      res.sendRaw(410, await expiredText(s, meetingId, req.query ?? {}), {
        'Content-Type': 'text/plain; charset=utf-8',
      });
      return;
    }
    if (!meetingId || !ext || !verified?.ok || !tenantId || !networkId) {
      res.sendRaw(
        verified?.ok === false && verified.reason === 'expired' ? 410 : 403,
        verified?.ok === false && verified.reason === 'expired' ? t.linkExpired : t.linkInvalid,
        {
          'Content-Type': 'text/plain; charset=utf-8',
        },
      );
      return;
    }
    const meeting = await s.store.meetings.get(tenantId, networkId, meetingId);
    if (!meeting || meeting.status !== 'ended') {
      res.sendRaw(404, t.linkInvalid, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const minutes = await minutesOf(s, meeting);
    const header = await headerOf(s, meeting);
    const name = `referat-${meeting.date}`;
    if (ext === 'md') {
      res.sendRaw(200, minutesMarkdown(minutes, approvalLine(meeting), header), {
        'Content-Type': 'text/markdown; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.md"`,
      });
      return;
    }
    res.sendRaw(200, await minutesDocx(minutes, approvalLine(meeting), header), {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${name}.docx"`,
    });
  });
}

/**
 * The expired page names the command that gives these very minutes (month 13, #3): a bare «referat»
 * does nothing in the channel and gives the latest meeting's. An expired link's signature was checked
 * before its age (signed-url), so its tenant and network are the bot's own.
 */
async function expiredText(s: Services, meetingId: string, query: Record<string, unknown>): Promise<string> {
  const tenantId = typeof query.t === 'string' ? query.t : '';
  const networkId = typeof query.n === 'string' ? query.n : '';
  // The page still says how to get a new link when the store cannot name the meeting's date.
  const meeting =
    tenantId && networkId
      ? await s.store.meetings.get(tenantId, networkId, meetingId).catch((err: unknown) => {
          s.log.warn({ err: { message: (err as Error).message } }, 'expired link: could not read its meeting');
          return null;
        })
      : null;
  return meeting ? t.linkExpiredFor(formatShort(meeting.date)) : t.linkExpired;
}

const clock = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(d)
    .replace('.', ':');

/** The network and its municipalities for the heading, and when the meeting was ended if on a later day (N4). */
async function headerOf(s: Services, meeting: MeetingRecord): Promise<MinutesHeader> {
  const network = await s.store.networks.get(meeting.tenantId, meeting.networkId);
  const municipalities = await s.store.meetings.municipalities(meeting.tenantId, meeting.networkId);
  const tz = s.config.timezone;
  const ended = meeting.endedAt ? new Date(meeting.endedAt) : null;
  const endedLater =
    ended && localDateOf(ended, tz) > meeting.date
      ? { date: formatLong(localDateOf(ended, tz)), time: clock(ended, tz) }
      : null;
  return { network: network?.name ?? '', municipalities, endedLater };
}
