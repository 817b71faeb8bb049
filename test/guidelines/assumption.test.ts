import { describe, expect, it } from 'vitest';
import { withoutAssumption } from '../../src/guidelines/assumption.ts';

// Review s16 #1: the tail dropped from a negated yes/no question must be the asker's assumption, never the
// condition the answer turns on: an amount, a share, a year or a count decides the computed rules.
describe('withoutAssumption keeps a tail that decides the answer', () => {
  it.each([
    'Trenger vi ikke revisor, bare for tilskudd over 300 000 kr?',
    'Kan vi ikke søke, bare om 100 000 kr?',
    'Må vi ikke rapportere, kun for midler fra 2023?',
    'Er det ikke lov å bruke pengene på overhead, bare på 5 prosent?',
    'Gjelder ikke kravet om revisor, bare til nettverk med tre kommuner?',
    'Trenger vi ikke revisor, når vi jo allerede har fått 150 000 kr?',
  ])('keeps «%s» whole', (q) => {
    expect(withoutAssumption(q)).toBe(q);
  });

  it('keeps a «bare i/om/for» tail, which scopes the question rather than naming a use the asker assumes', () => {
    const q = 'Må vi ikke levere rapport, bare i det første året?';
    expect(withoutAssumption(q)).toBe(q);
  });

  it('still drops an assumed use or a reason the asker holds, with no figure in it', () => {
    expect(withoutAssumption('Kan vi ikke bruke midlene på veiledere, kun til kartlegging?')).toBe(
      'Kan vi ikke bruke midlene på veiledere?',
    );
    expect(withoutAssumption('Må vi ikke ha styringsgruppe, når vi allerede har en prosjektleder?')).toBe(
      'Må vi ikke ha styringsgruppe?',
    );
  });
});
