// A development project as a network would enter it (template 002's fields), shared by the follow-up tests.
import type { ProjectPlanInput } from '../../src/projects/project.ts';

export const SAMPLE_PLAN: ProjectPlanInput = {
  networkName: 'Læringsnettverket Øvre Romerike',
  name: 'Tidlig innsats i barnevernet',
  types: ['egeninitiert'],
  applicant: 'Nes kommune',
  municipalities: ['Nes', 'Eidsvoll', 'Hurdal'],
  leader: { name: 'Kari Nordmann', municipality: 'Nes', phone: '', email: 'kari@nes.kommune.no' },
  competence: 'RBUP Øst og Sør',
  mainGoal: 'Barn i de tre kommunene får hjelp tidligere.',
  subGoals: [
    {
      id: 'd1',
      goal: 'Felles kartlegging',
      milestones: [
        {
          id: 'm1',
          activity: 'Tilstandsanalyse i hver kommune',
          owner: 'Nes',
          due: '2026-11-20',
          when: '20.11.2026',
          checkpoint: 'Analysen er lagt fram',
        },
        { id: 'm2', activity: 'Oppstartssamling', owner: 'Eidsvoll', due: '2026-11-25', when: '25.11.2026' },
      ],
    },
    {
      id: 'd2',
      goal: 'Prøve ut ny rutine',
      milestones: [
        {
          id: 'm3',
          activity: 'Rutine for tidlig kontakt prøvd ut',
          owner: 'Hurdal',
          partner: 'RBUP',
          due: '2027-01-15',
          when: '15.01.2027',
          checkpoint: 'Evaluering i styringsgruppen',
        },
        { id: 'm4', activity: 'Evaluering', owner: '', when: 'våren 2027' },
      ],
    },
  ],
  budget: {
    lines: [
      { description: 'Prosjektleder 20 %', amount: 180_000, amountText: '180 000' },
      { description: 'Administrasjon', amount: 10_000, amountText: '10 000', overhead: true },
    ],
  },
  grant: { applied: 250_000, received: 250_000 },
};
