import { describe, expect, it } from 'vitest';
import { checkPlan, needsAuditorAttestation, participatingServices, RULES } from '../../src/projects/plan-check.ts';
import { notObservable, notPresentTense, sentenceCount } from '../../src/projects/main-goal.ts';
import { dueDateOf } from '../../src/projects/plan-dates.ts';
import { minimumServices, planRules } from '../../src/projects/plan-rules.ts';
import { projectPlanSchema, type ProjectPlanInput } from '../../src/projects/project.ts';

const good: ProjectPlanInput = {
  name: 'Fosterhjem i nærmiljøet',
  types: ['fosterhjemsprosjekt'],
  applicant: 'Nes kommune',
  municipalities: ['Nes', 'Eidsvoll'],
  mainGoal: 'Alle fosterhjem i slekt og nettverk får veiledning hver måned det første året.',
  subGoals: [
    {
      id: 'd1',
      goal: 'Felles team',
      milestones: [
        { id: 'm1', activity: 'Teamet er satt sammen', owner: 'Siri', when: '01.03.2025', due: '2025-03-01' },
      ],
    },
  ],
  budget: {
    lines: [
      { description: 'Lønn', amount: 190_000 },
      { description: 'Administrasjon', amount: 10_000, overhead: true },
    ],
    statedTotal: 200_000,
  },
  grant: { applied: 200_000 },
};
const plan = (over: Partial<ProjectPlanInput> = {}) => projectPlanSchema.parse({ ...good, ...over });
const rules = (over: Partial<ProjectPlanInput> = {}) => checkPlan(plan(over)).map((f) => f.rule);

describe('plan check', () => {
  it('finds nothing in a plan that follows the template and the guidelines (5 % and 200 000 kr exactly are within)', () => {
    expect(checkPlan(plan())).toEqual([]);
  });

  it('every finding names its rule, severity, a Norwegian message and the document, section and year', () => {
    const findings = checkPlan(plan({ municipalities: [], types: [], mainGoal: 'Vi skal bli bedre. Mye bedre.' }));
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(['error', 'advice']).toContain(f.severity);
      expect(f.source).toMatch(/«.+», (2022|2024)$/);
      expect(f.message.length).toBeGreaterThan(20);
    }
    expect(findings.find((f) => f.rule === RULES.services)!.source).toContain(
      '«Vilkår for å motta stimuleringsmidler», 2022',
    );
  });

  it('fewer than two child welfare services, however the same service is written', () => {
    expect(rules({ applicant: 'Nes kommune', municipalities: ['Nes', 'Barneverntjenesten i Nes'] })).toContain(
      RULES.services,
    );
    expect(rules({ applicant: '', municipalities: [] })).toContain(RULES.services);
    expect(rules({ applicant: 'Nes kommune', municipalities: ['Eidsvoll'] })).not.toContain(RULES.services);
    expect(participatingServices({ applicant: 'Bydel Alna', municipalities: ['Alna', 'bydel Grorud'] })).toEqual([
      'Bydel Alna',
      'bydel Grorud',
    ]);
  });

  it('both or neither type is an error', () => {
    expect(rules({ types: [] })).toContain(RULES.typeNone);
    expect(rules({ types: ['egeninitiert', 'fosterhjemsprosjekt'] })).toContain(RULES.typeBoth);
    expect(rules({ types: ['egeninitiert'] })).not.toContain(RULES.typeBoth);
  });

  it('overhead above 5 % of the grant (received before applied, else the budget)', () => {
    const lines = (admin: number) => ({
      lines: [
        { description: 'Lønn', amount: 200_000 - admin },
        { description: 'Adm.', amount: admin, overhead: true },
      ],
      statedTotal: 200_000,
    });
    expect(rules({ budget: lines(10_001) })).toContain(RULES.overhead);
    expect(rules({ budget: lines(10_000) })).not.toContain(RULES.overhead);
    expect(rules({ budget: lines(10_000), grant: { applied: 300_000, received: 100_000 } })).toContain(RULES.overhead);
    expect(rules({ budget: lines(10_001), grant: {} })).toContain(RULES.overhead);
    const f = checkPlan(plan({ budget: lines(20_000) })).find((x) => x.rule === RULES.overhead)!;
    expect(f.message).toContain('20 000 kr, 10 % av omsøkte midler (200 000 kr)');
    expect(f.source).toContain('«3. Forvaltning og rapportering – læringsnettverk», 2024');
  });

  it('a grant above 200 000 kr adds auditor attestation as advice; 200 000 exactly does not', () => {
    expect(rules({ grant: { applied: 200_001 } })).toContain(RULES.auditor);
    expect(checkPlan(plan({ grant: { applied: 250_000 } })).find((f) => f.rule === RULES.auditor)!.severity).toBe(
      'advice',
    );
    expect(needsAuditorAttestation(plan({ grant: { applied: 200_000 } }))).toBe(false);
    expect(needsAuditorAttestation(plan({ grant: { applied: 100_000, received: 250_000 } }))).toBe(true);
  });

  it('a budget that does not add up, an amount that could not be read, an empty budget', () => {
    expect(rules({ budget: { lines: [{ description: 'Lønn', amount: 100 }], statedTotal: 200 } })).toContain(
      RULES.budgetSum,
    );
    expect(
      rules({
        budget: { lines: [{ description: 'Lønn', amount: null, amountText: 'en halv stilling' }], statedTotal: null },
      }),
    ).toContain(RULES.budgetUnread);
    expect(rules({ budget: { lines: [] } })).toContain(RULES.budgetMissing);
    expect(rules({ budget: { lines: [{ description: 'Lønn', amount: 100 }], statedTotal: null } })).not.toContain(
      RULES.budgetSum,
    );
  });

  it('main goal: advice, never an error, for several sentences, not present tense, not observable', () => {
    const f = checkPlan(plan({ mainGoal: 'Vi skal bli bedre på samarbeid. Tjenesten skal styrkes.' }));
    const advice = f.filter((x) => x.rule.startsWith('main-goal'));
    expect(advice.map((x) => x.rule).sort()).toEqual(
      [RULES.mainGoalSentences, RULES.mainGoalTense, RULES.mainGoalObservable].sort(),
    );
    expect(advice.every((x) => x.severity === 'advice' && x.message.startsWith('Råd:'))).toBe(true);
    expect(rules({ mainGoal: '' })).toContain(RULES.mainGoalMissing);
  });

  it('milestones without owner or date are errors; a date that cannot be read is advice', () => {
    const subGoals = [
      {
        id: 'd1',
        goal: 'Team',
        milestones: [
          { id: 'm1', activity: 'A', owner: '', when: '01.03.2025', due: '2025-03-01' },
          { id: 'm2', activity: 'B', owner: 'Siri', when: '' },
          { id: 'm3', activity: 'C', owner: 'Siri', when: 'høsten 2025' },
        ],
      },
    ];
    const f = checkPlan(plan({ subGoals }));
    expect(f.filter((x) => x.rule === RULES.milestoneOwner).map((x) => x.message)).toEqual([
      expect.stringContaining('«A»'),
    ]);
    expect(f.filter((x) => x.rule === RULES.milestoneDate).map((x) => x.message)).toEqual([
      expect.stringContaining('«B»'),
    ]);
    expect(f.find((x) => x.rule === RULES.milestoneDateUnread)!.severity).toBe('advice');
  });

  it('errors come before advice', () => {
    const f = checkPlan(plan({ types: [], mainGoal: 'Vi skal bli bedre.', grant: { applied: 300_000 } }));
    const firstAdvice = f.findIndex((x) => x.severity === 'advice');
    expect(f.slice(firstAdvice).every((x) => x.severity === 'advice')).toBe(true);
    expect(f.slice(0, firstAdvice).every((x) => x.severity === 'error')).toBe(true);
  });
});

describe('the rules come from the guideline knowledge base', () => {
  it('reads 2 services, 5 % and 200 000 kr from the entries, with their sources', () => {
    const r = planRules();
    expect(r.minServices.count).toBe(2);
    expect(r.overhead.percent).toBe(5);
    expect(r.auditor.limit).toBe(200_000);
    expect(r.overhead.source).toMatchObject({
      section: '3. Forvaltning og rapportering – læringsnettverk',
      year: 2024,
    });
  });
  it('reads the minimum however it is written', () => {
    expect(minimumServices('må omfatte minst to barneverntjenester')).toBe(2);
    expect(minimumServices('minst 3 barnevernstjenester')).toBe(3);
    expect(minimumServices('flere tjenester')).toBeUndefined();
  });
});

describe('main-goal heuristics', () => {
  it('counts sentences, lines and bullets, not abbreviations', () => {
    expect(sentenceCount('Alle medarbeidere tar familier med på råd.')).toBe(1);
    expect(sentenceCount('Alle tar familier med, bl.a. i planarbeid.')).toBe(1);
    expect(sentenceCount('Familiene får veiledning. Ansatte bruker verktøyet.')).toBe(2);
    expect(sentenceCount('- Familiene får veiledning\n- Ansatte bruker verktøyet')).toBe(2);
  });
  it('future, intention and infinitive openings are not present tense', () => {
    expect(notPresentTense('Tjenesten skal ha etablert et team')).toBe('skal');
    expect(notPresentTense('Vi vil styrke samarbeidet')).toBe('vil');
    expect(notPresentTense('Målet er å styrke oppfølgingen')).toBe('målet er å');
    expect(notPresentTense('Å styrke oppfølgingen av fosterhjem')).toBe('å');
    expect(notPresentTense('Styrke oppfølgingen av fosterhjem')).toBe('styrke');
    expect(notPresentTense('Alle medarbeidere i barneverntjenesten tar barn og familier med på råd')).toBeNull();
  });
  it('observable: a quantity, or someone doing something one can see', () => {
    expect(
      notObservable(
        'Alle medarbeidere i barneverntjenesten tar barn og familier med på råd i utformingen av plan for tiltak.',
      ),
    ).toBe(false);
    expect(notObservable('Fosterforeldrene får veiledning av teamet.')).toBe(false);
    expect(notObservable('80 % av sakene har en plan')).toBe(false);
    expect(notObservable('Bedre kvalitet i tjenestene')).toBe(true);
    expect(notObservable('Tjenesten har styrket samarbeidet')).toBe(true);
  });
});

describe('milestone dates', () => {
  it.each([
    ['15.03.2025', '2025-03-15'],
    ['innen 1.6.25', '2025-06-01'],
    ['2025-03-15', '2025-03-15'],
    ['15. mars 2025', '2025-03-15'],
    ['mars 2025', '2025-03-31'],
    ['feb. 2024', '2024-02-29'],
    ['jan–mars 2025', '2025-03-31'],
    ['fra 01.02.2025 til 30.04.2025', '2025-04-30'],
    ['høsten 2025', null],
    ['1. juni', null],
    ['31.02.2025', null],
  ])('%s → %s', (when, due) => {
    expect(dueDateOf(when)).toBe(due);
  });
});
