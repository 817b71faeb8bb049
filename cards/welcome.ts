import type { AdaptiveCard } from '../src/conversation/types.ts';
import { welcomeText } from '../src/i18n/index.ts';
import { renderCard } from './render.ts';

export interface WelcomeCardData {
  title: string;
  intro: string;
  tryTitle: string;
  tries: { n: number; command: string; what: string }[];
  privacy: string;
  helpButton: string;
}

export function welcomeCardData(where: 'team' | 'groupChat' | 'personal'): WelcomeCardData {
  const tries = where === 'personal' ? welcomeText.triesPersonal : welcomeText.triesNetwork;
  return {
    title: welcomeText.title,
    intro: where === 'personal' ? welcomeText.introPersonal : welcomeText.introNetwork,
    tryTitle: welcomeText.tryTitle,
    tries: tries.map((t, i) => ({ n: i + 1, command: t.command, what: t.what })),
    privacy: welcomeText.privacy,
    helpButton: welcomeText.helpButton,
  };
}

export function welcomeCard(where: 'team' | 'groupChat' | 'personal'): AdaptiveCard {
  return renderCard('welcome', welcomeCardData(where));
}
