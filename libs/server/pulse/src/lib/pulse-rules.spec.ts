import fc from 'fast-check';
import { audienceUnits, resultTree } from './anonymity/audience';
import { ROOT } from './anonymity/suppression';
import { shuffle } from './repositories/mover.repository';
import { computeTree } from './results/result-tree';
import { emptyCell, groupResults, questionResult, tallyResponse } from './results/statistics';
import { reminderAt, thresholds } from './services/round-lifecycle.service';
import { validateAnswers } from './templates/answers';
import { buildQuestions } from './templates/build-questions';
import { PulseQuestionType } from './templates/questions';
import { ENPS, PulseTemplateKey, QUALITY_OF_WORK, PULSE_TEMPLATES } from './templates/templates';

const tree = [
  { id: 'dir', parentId: null },
  { id: 'dept', parentId: 'dir' },
  { id: 'team-a', parentId: 'dept' },
  { id: 'team-b', parentId: 'dept' },
  { id: 'other', parentId: null },
];

describe('reporting units', () => {
  it('reports a small team at its nearest ancestor with at least k people, never below k', () => {
    const units = audienceUnits(
      tree,
      new Map([
        ['team-a', 6],
        ['team-b', 2],
        ['dept', 1],
        ['other', 3],
      ]),
      5,
    );
    const of = new Map(units.map((u) => [u.orgUnitId, u]));
    expect(of.get('team-a')!.reportingUnitId).toBe('team-a');
    expect(of.get('team-b')!.reportingUnitId).toBe('dept');
    expect(of.get('dept')).toMatchObject({ people: 1, subtreePeople: 9, reportingUnitId: 'dept' });
    // No unit up to the top has 5: the whole audience.
    expect(of.get('other')!.reportingUnitId).toBe(ROOT);
    for (const u of units) {
      const r = u.reportingUnitId === ROOT ? 12 : of.get(u.reportingUnitId)!.subtreePeople;
      expect(r).toBeGreaterThanOrEqual(5);
    }
    // The result tree has only reporting units and what lies above them (team-b is no group).
    const nodes = resultTree(units, new Map(), false);
    expect(nodes.map((n) => n.id).sort()).toEqual([ROOT, 'dept', 'dir', 'team-a'].sort());
    expect(nodes.find((n) => n.id === ROOT)!.own).toBe(0);
    expect(nodes.find((n) => n.id === 'dir')!.own).toBeNull();
  });

  it('property: a stored reporting unit always points at k or more people', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 3, max: 7 }),
        (counts, k) => {
          const members = new Map<string, number>(
            tree.map((t, i): [string, number] => [t.id, counts[i]]).filter(([, n]) => n > 0),
          );
          const units = audienceUnits(tree, members, k);
          const total = counts.reduce((s, n) => s + n, 0);
          for (const u of units) {
            const size =
              u.reportingUnitId === ROOT
                ? total
                : units.find((x) => x.orgUnitId === u.reportingUnitId)!.subtreePeople;
            if (total >= k) expect(size).toBeGreaterThanOrEqual(k);
          }
        },
      ),
    );
  });
});

describe('answers', () => {
  const questions = [
    ...QUALITY_OF_WORK.questions,
    ...ENPS.questions,
    ...(
      buildQuestions(
        [],
        [
          {
            type: PulseQuestionType.SINGLE_CHOICE,
            text: { nl: 'Welke dag?', en: 'Which day?' },
            options: [
              { label: { nl: 'Ma', en: 'Mon' }, favourable: true },
              { label: { nl: 'Di', en: 'Tue' }, favourable: false },
            ],
          },
        ],
      ) as { questions: typeof QUALITY_OF_WORK.questions }
    ).questions,
  ];
  const full = () => [
    ...QUALITY_OF_WORK.questions
      .filter((q) => q.type === PulseQuestionType.SCALE_5)
      .map((q) => ({ questionKey: q.key, value: 4 })),
    { questionKey: 'enps.recommend', value: 9 },
    { questionKey: 'custom.1', choice: 'o1' },
  ];

  it('accepts a complete answer and keeps open text apart', () => {
    const r = validateAnswers(questions, [
      ...full(),
      { questionKey: 'qow.comment', text: '  Meer overleg  ' },
    ]);
    expect('ok' in r && r.ok.texts).toEqual([{ questionKey: 'qow.comment', text: 'Meer overleg' }]);
    expect('ok' in r && r.ok.closed['custom.1']).toBe('o1');
  });

  it('refuses with field codes that never repeat the answer', () => {
    const secret = 'geheim-antwoord-xyz';
    const r = validateAnswers(questions, [
      { questionKey: 'qow.autonomy', value: 6 },
      { questionKey: 'qow.variety', choice: secret },
      { questionKey: 'custom.1', choice: secret },
      { questionKey: 'enps.recommend', value: 7.5 },
      { questionKey: secret, value: 1 },
      { questionKey: 'qow.comment', text: `${secret}${'x'.repeat(1000)}` },
    ]);
    expect('errors' in r).toBe(true);
    const errors = 'errors' in r ? r.errors : [];
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining([
        'input.answers[0].value:OUT_OF_RANGE',
        'input.answers[1]:WRONG_ANSWER_KIND',
        'input.answers[2].choice:NOT_AN_OPTION',
        'input.answers[3].value:OUT_OF_RANGE',
        'input.answers[4].questionKey:UNKNOWN_QUESTION',
        'input.answers[5].text:TOO_LONG',
        'input.answers:MISSING_ANSWER',
      ]),
    );
    expect(JSON.stringify(errors)).not.toContain(secret);
  });

  it('refuses a second answer to the same question', () => {
    const r = validateAnswers(questions, [...full(), { questionKey: 'qow.autonomy', value: 1 }]);
    expect('errors' in r && r.errors.map((e) => e.code)).toEqual(['DUPLICATE_ANSWER']);
  });
});

describe('statistics', () => {
  it('computes distribution, mean, favourable share and eNPS', () => {
    const q = ENPS.questions[0];
    // 3 promoters (9, 10, 10), 1 passive (8), 2 detractors (3, 6): eNPS = (3 − 2) / 6 = 16.7.
    const r = questionResult(q, { '9': 1, '10': 2, '8': 1, '3': 1, '6': 1 });
    expect(r.answers).toBe(6);
    expect(r.distribution).toHaveLength(11);
    expect(r.mean).toBe(7.67);
    expect(r.favourableShare).toBe(0.5);
    expect(r.enps).toBe(16.7);
  });

  it('scores dimensions on 0–100 and pools favourable answers', () => {
    const cell = emptyCell();
    tallyResponse(cell, { 'qow.autonomy': 5, 'qow.variety': 1 });
    tallyResponse(cell, { 'qow.autonomy': 4, 'qow.variety': 3 });
    const { dimensions } = groupResults(
      QUALITY_OF_WORK.questions,
      [QUALITY_OF_WORK.dimension],
      cell,
    );
    // (100 + 0 + 75 + 50) / 4 = 56.3; favourable 2 of 4.
    expect(dimensions[0]).toEqual({ key: 'quality-of-work', score: 56.3, favourableShare: 0.5 });
  });

  it('publishes the whole tree’s numbers consistently (a node is the sum of its parts)', () => {
    const units = audienceUnits(
      tree,
      new Map([
        ['team-a', 6],
        ['team-b', 6],
        ['other', 6],
      ]),
      5,
    );
    const cell = (n: number) => {
      const c = emptyCell();
      for (let i = 0; i < n; i++) tallyResponse(c, { 'enps.recommend': 10 });
      return c;
    };
    const nodes = computeTree(
      units,
      { 'team-a': cell(5), 'team-b': cell(6), other: cell(5) },
      18,
      false,
      5,
      10,
    );
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get(ROOT)!.cell.responses).toBe(16);
    expect(byId.get('dept')!.cell.responses).toBe(11);
    expect(byId.get('team-a')!.visible).toBe(true);
    expect(byId.get(ROOT)!.commentsVisible).toBe(true);
    // Comments: dir (11) shown would leave other (5 < 10) computable: hidden.
    expect(byId.get('dir')!.commentsVisible).toBe(false);
  });
});

describe('rules', () => {
  it('never goes below the floors, whatever the survey or configuration says', () => {
    const config = { pulseK: 5, pulseKComments: 10 } as never;
    expect(thresholds({ k: 1, kComments: 1 }, config)).toEqual({ k: 3, kComments: 5 });
    expect(thresholds({ k: null, kComments: null }, config)).toEqual({ k: 5, kComments: 10 });
    expect(thresholds({ k: 12, kComments: null }, config)).toEqual({ k: 12, kComments: 12 });
  });

  it('reminds two days before the close, or halfway in a short round', () => {
    const open = new Date('2026-03-01T09:00:00Z');
    expect(reminderAt(open, new Date('2026-03-15T09:00:00Z'))!.toISOString()).toBe(
      '2026-03-13T09:00:00.000Z',
    );
    expect(reminderAt(open, new Date('2026-03-03T09:00:00Z'))!.toISOString()).toBe(
      '2026-03-02T09:00:00.000Z',
    );
  });

  it('shuffles into every order (no position keeps its item more than chance)', () => {
    const stays = Array.from({ length: 5 }, () => 0);
    for (let i = 0; i < 5000; i++) {
      shuffle([0, 1, 2, 3, 4]).forEach((v, pos) => {
        if (v === pos) stays[pos]++;
      });
    }
    // Expected 1000 each (1 in 5); far outside chance below 850 or above 1150.
    for (const n of stays) expect(n).toBeGreaterThan(850);
    for (const n of stays) expect(n).toBeLessThan(1150);
  });

  it('builds questions from templates and custom questions, with typed errors', () => {
    const built = buildQuestions(
      [PulseTemplateKey.ENPS, PulseTemplateKey.ENPS],
      [{ type: PulseQuestionType.SINGLE_CHOICE, text: { nl: 'x', en: 'x' }, options: [] }],
    );
    expect('errors' in built && built.errors.map((e) => e.code)).toEqual(['OPTION_COUNT']);
    const ok = buildQuestions(
      PULSE_TEMPLATES.map((t) => t.key),
      [
        {
          type: PulseQuestionType.OPEN_TEXT,
          text: { nl: 'Nog iets?', en: 'Anything else?' },
          dimension: { nl: 'Overig', en: 'Other' },
        },
      ],
    );
    expect('questions' in ok && ok.questions.map((q) => q.key)).toContain('custom.1');
    expect('dimensions' in ok && ok.dimensions.map((d) => d.key)).toEqual([
      'quality-of-work',
      'readiness',
      'adoption',
      'enps',
      'custom-overig',
    ]);
  });
});
