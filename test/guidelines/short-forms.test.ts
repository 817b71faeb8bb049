import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';

// Members write in chat shorthand; a short form must reach the same answer as the word it stands for.
const g = loadKnowledgeBaseSync();
const pairs: [string, string][] = [
  ['adm', 'administrasjon'],
  ['rapp', 'rapport'],
  ['SF', 'Statsforvalteren'],
  ['BVT', 'barneverntjenesten'],
];
const frames = [
  'hvor mye av midlene kan gå til {}',
  'når må {} sendes inn',
  'hva gjør {} i ordningen',
  'må {} delta i prosjektet',
];

describe('chat short forms', () => {
  for (const [short, full] of pairs) {
    it(`«${short}» is read as «${full}»`, () => {
      let answeredWithFull = 0;
      for (const frame of frames) {
        const withFull = g.answer(frame.replace('{}', full));
        if (!withFull.answered) continue;
        answeredWithFull++;
        const withShort = g.answer(frame.replace('{}', short));
        expect(withShort.answered, frame.replace('{}', short)).toBe(true);
        expect(withShort.entryId, frame.replace('{}', short)).toBe(withFull.entryId);
      }
      expect(answeredWithFull).toBeGreaterThan(0);
    });
  }
});
