import { describe, expect, it } from 'vitest';
import { postponeAsked } from '../../src/tasks/postpone-by-words.ts';

describe('postponeAsked (month s14 #4)', () => {
  it.each([
    ['kan jeg få utsatt søknadsutkastet til fredag?', 'søknadsutkastet', 'fredag'],
    ['Kan vi utsette fristen for invitasjonen til 15.10', 'invitasjonen', '15.10'],
    ['kan eg få forlenge budsjettet fram til neste møte?', 'budsjettet', 'neste møte'],
  ])('«%s» asks for more time on «%s» until «%s»', (q, what, when) => expect(postponeAsked(q)).toEqual({ what, when }));
  it.each([
    'kan vi få utsatt?',
    'hva skjer hvis vi ikke rekker fristen?',
    'kan vi søke om å få overført midlene til neste år og bruke dem på et nytt prosjekt i tre kommuner?',
  ])('«%s» is another question', (q) => expect(postponeAsked(q)).toBeNull());
});
