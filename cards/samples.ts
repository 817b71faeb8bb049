// One sample per template in cards/, built through its typed data builder. The card test
// requires an entry here for every cards/*.json, so a new template cannot skip validation.
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { coreFeature } from '../src/features/core.ts';
import { helpCard } from './help.ts';
import { noticeCard } from './notice.ts';
import { welcomeCard } from './welcome.ts';

export const cardSamples: Record<string, () => AdaptiveCard[]> = {
  help: () => [helpCard(coreFeature(() => []).commands ?? [])],
  welcome: () => [welcomeCard('team'), welcomeCard('groupChat'), welcomeCard('personal')],
  notice: () => [
    noticeCard({ title: 'Ukjent dato', message: 'Jeg forstod ikke datoen.', example: 'innen 30.09', kept: 'Teksten er lagret som notat.', tone: 'error' }),
    noticeCard({ title: 'Lagret', message: 'Oppgaven er lagret.', tone: 'ok' }),
  ],
};
