// Samples of the project follow-up cards (issue #17), merged into test/support/card-samples/samples.ts so the card test validates them.
import type { AdaptiveCard } from '../../../src/conversation/types.ts';
import { computeCostKey } from '../../../src/projects/cost-key.ts';
import { parseCostKey } from '../../../src/projects/cost-key-parse.ts';
import { costKeyCard, costKeyFormCard } from '../../../cards/cost-key.ts';
import { reportDraftCard } from '../../../cards/report-draft.ts';
import { buildApplication } from '../../../src/projects/application.ts';

function costKeySample(text: string): AdaptiveCard {
  const p = parseCostKey(text);
  if (!p.ok) throw new Error(`sample does not parse: ${text}`);
  const r = computeCostKey(p.parsed.input);
  if (!r.ok) throw new Error(`sample does not compute: ${text}`);
  return costKeyCard(r.result, { understood: p.understood, allByPopulation: p.parsed.allByPopulation });
}

const application = (fields: Parameters<typeof buildApplication>[0]['fields']) =>
  buildApplication({
    networkName: 'Barnevernledernettverket Øvre Romerike',
    municipalities: ['Nes', 'Eidsvoll'],
    leaders: [{ id: '29:a', name: 'Kari Nordmann' }],
    projects: [],
    fields,
    year: 2027,
    today: '2026-11-30',
  });

export const projectFollowCardSamples: Record<string, () => AdaptiveCard[]> = {
  'cost-key': () => [
    costKeySample(
      '600 000 fast 50 %: Ullensaker 41 565 bruk 14; Eidsvoll 26 716 bruk 10; Nes 23 898 bruk 6; Gjerdrum 6 989 bruk 2; Hurdal 2 905 bruk 1; Nannestad 15 074 bruk 5; Lunner 9 144 bruk 3',
    ),
    costKeySample('100 000: Eidsvoll 26 716; Nes 23 898'),
  ],
  'cost-key-form': () => [
    costKeyFormCard({
      title: 'Slik fordeler du en felles kostnad',
      message: 'Skriv totalbeløpet …',
      tone: 'info',
      value: '',
    }),
    costKeyFormCard({
      title: 'Innbyggertallet mangler for Nes.',
      typed: '600 000 fast 50 %: Nes bruk 5',
      understood: 'Jeg forstod: totalt 600 000 kr',
      tone: 'error',
      value: '600 000 fast 50 %: Nes bruk 5',
    }),
  ],
  'report-draft': () => [
    reportDraftCard(application({}), {
      url: 'https://example.no/files/drafts/ledernettverk-soknad-2027.docx?sig=x',
      hint: 'Gi meg feltene som mangler.',
    }),
    reportDraftCard(
      application({
        applicant: 'Nes',
        orgNumber: '974 123 456',
        address: 'Rådhusgata 1',
        postcode: '2150',
        postPlace: 'Årnes',
        phone: '900 00 000',
        email: 'kari@nes.kommune.no',
        amount: 250_000,
        description: 'Ledersamlinger og veiledning',
      }),
      { url: 'https://example.no/x.docx?sig=y' },
    ),
    reportDraftCard(
      {
        ...application({}),
        notes: [
          'Prosjektplanene har ulik søkerkommune (U1: Nes kommune; U2: Eidsvoll kommune). Skriv hvilken som gjelder søknaden.',
          `Prosjektplanene har ulike hovedmål (${'M'.repeat(300)}…).`,
        ],
      },
      { url: 'https://example.no/x.docx?sig=z' },
    ),
  ],
};
