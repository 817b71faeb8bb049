import type { Services } from '../app/services.ts';
import type { MeetingRecord } from './repository.ts';

const LINK_DAYS = 7;

export const minutesPath = (meetingId: string, ext: 'docx' | 'md') => `/files/minutes/${meetingId}.${ext}`;

/** Signed, expiring download links for a meeting's minutes (a week; `referat` gives fresh ones). */
export function minutesLinks(
  s: Pick<Services, 'clock' | 'publicUrl' | 'signer'>,
  m: Pick<MeetingRecord, 'id' | 'tenantId' | 'networkId'>,
): { docx: string; md: string } {
  const exp = new Date(s.clock.now().getTime() + LINK_DAYS * 86_400_000);
  const params = { t: m.tenantId, n: m.networkId };
  const base = s.publicUrl();
  return {
    docx: base + s.signer.sign(minutesPath(m.id, 'docx'), params, exp),
    md: base + s.signer.sign(minutesPath(m.id, 'md'), params, exp),
  };
}
