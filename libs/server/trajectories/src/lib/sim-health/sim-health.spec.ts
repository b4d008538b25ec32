import { SimHealthStatus, SimPhase, TrajectoryRole, TrajectorySection } from '@inspraak/contracts';
import { FACT_CHECKS } from './trajectory-health-checks';
import { PENDING_CHECKS } from './pending-checks';
import { SimHealthRegistry } from './sim-health.registry';
import { TrajectoryFacts } from './trajectory-facts';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const facts = (over: Partial<TrajectoryFacts> = {}): TrajectoryFacts =>
  ({
    trajectory: { id: 't', phase: SimPhase.GENERATE },
    history: [
      { toPhase: SimPhase.PREPARE, at: at(1) },
      { toPhase: SimPhase.GENERATE, at: at(10) },
    ],
    mandate: null,
    team: [],
    rules: [],
    decisions: [],
    stakeholders: [],
    criteria: [],
    results: [],
    options: [],
    effects: [],
    businessCase: [],
    valuation: [],
    ...over,
  }) as unknown as TrajectoryFacts;
const judge = (id: string, f: TrajectoryFacts) => FACT_CHECKS.find((c) => c.id === id)!.judge(f);

describe('SIM health', () => {
  it('registers each id once, lets a later capability replace a placeholder, and orders by phase', async () => {
    const registry = new SimHealthRegistry();
    for (const c of PENDING_CHECKS) registry.register(c);
    expect(() => registry.register(PENDING_CHECKS[0])).toThrow(/registered twice/);
    registry.register(
      {
        ...PENDING_CHECKS.find((c) => c.id === 'generate.challenge-feedback')!,
        evaluate: () =>
          Promise.resolve({
            status: SimHealthStatus.MET,
            evidence: { nl: 'Alle 12 ideeën beantwoord.', en: 'All 12 ideas answered.' },
            link: { section: TrajectorySection.CHALLENGES },
          }),
      },
      { replace: true },
    );
    const results = await registry.evaluate('t');
    expect(results.map((r) => r.phase)).toEqual(
      [...results.map((r) => r.phase)].sort(
        (a, b) => Object.values(SimPhase).indexOf(a) - Object.values(SimPhase).indexOf(b),
      ),
    );
    expect(results.find((r) => r.checkId === 'generate.challenge-feedback')!.status).toBe('MET');
    expect(results.filter((r) => r.status === SimHealthStatus.NOT_YET_MEASURABLE)).toHaveLength(
      PENDING_CHECKS.length - 1,
    );
  });

  it('gives every check a guideline in Dutch and English and a unique id', () => {
    const all = [...FACT_CHECKS, ...PENDING_CHECKS];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) expect(c.guideline.nl && c.guideline.en).toBeTruthy();
  });

  it('judges the mandate and the decision rules by when they were agreed', () => {
    expect(judge('prepare.mandate-before-generate', facts()).status).toBe('NOT_MET');
    expect(
      judge('prepare.mandate-before-generate', facts({ mandate: { recordedAt: at(5) } as never }))
        .status,
    ).toBe('MET');
    const late = judge(
      'prepare.mandate-before-generate',
      facts({ mandate: { recordedAt: at(12) } as never }),
    );
    expect(late).toMatchObject({ status: 'NOT_MET', link: { section: 'MANDATE' } });
    expect(late.evidence.en).toMatch(/after phase 2 started/);
    const rules = (day: number) =>
      [{ id: 'r', agreedAt: at(day), employeeInvolvement: '' }] as never;
    expect(judge('prepare.decision-rules-before-generate', facts({ rules: rules(3) })).status).toBe(
      'MET',
    );
    expect(
      judge('prepare.decision-rules-before-generate', facts({ rules: rules(11) })).status,
    ).toBe('NOT_MET');
    expect(
      judge('prepare.employee-involvement-explicit', facts({ rules: rules(3) })),
    ).toMatchObject({
      status: 'NOT_MET',
      link: { itemId: 'r' },
    });
  });

  it('looks for the works council and employee-side interests', () => {
    const team = [{ role: TrajectoryRole.WORKS_COUNCIL }] as never;
    expect(judge('prepare.works-council-on-team', facts({ team })).status).toBe('MET');
    expect(judge('prepare.works-council-on-team', facts()).status).toBe('NOT_MET');
    const stakeholders = [
      { employeeInterests: ' ' },
      { employeeInterests: 'Plezier in het werk' },
    ] as never;
    expect(
      judge('prepare.stakeholder-employee-interests', facts({ stakeholders })).evidence.en,
    ).toBe('1 of 2 stakeholders have employee-side interests.');
  });

  it('waits for the phase a later guideline belongs to', () => {
    expect(judge('select.impact-all-aspects', facts()).status).toBe('NOT_YET_MEASURABLE');
    expect(judge('test.criteria-locked-before-pilot', facts()).status).toBe('NOT_YET_MEASURABLE');
  });

  it('checks the impact analysis on all five aspects of every option', () => {
    const f = (aspects: string[]) =>
      facts({
        trajectory: { phase: SimPhase.SELECT } as never,
        options: [{ id: 'o' }] as never,
        effects: aspects.map((aspect) => ({ optionId: 'o', aspect })) as never,
      });
    expect(judge('select.impact-all-aspects', f(['TASKS'])).status).toBe('NOT_MET');
    expect(
      judge(
        'select.impact-all-aspects',
        f(['SERVICE_DELIVERY', 'WORK_ORGANISATION', 'TASKS', 'COMPETENCES', 'WORKING_CONDITIONS']),
      ).status,
    ).toBe('MET');
  });

  it('wants the criteria locked at the start of the pilot', () => {
    const pilot = facts({
      trajectory: { phase: SimPhase.TEST } as never,
      history: [{ toPhase: SimPhase.TEST, at: at(20) }] as never,
    });
    expect(
      judge('test.criteria-locked-before-pilot', {
        ...pilot,
        criteria: [{ lockedAt: at(20) }] as never,
      }).status,
    ).toBe('MET');
    expect(
      judge('test.criteria-locked-before-pilot', {
        ...pilot,
        criteria: [{ lockedAt: null }] as never,
      }).status,
    ).toBe('NOT_MET');
  });
});
