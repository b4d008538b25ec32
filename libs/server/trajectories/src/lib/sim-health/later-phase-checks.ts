import {
  BusinessCaseKind,
  IMPACT_ASPECTS,
  SimPhase,
  SuccessDimension,
  TrajectoryRole,
  TrajectorySection,
} from '@inspraak/contracts';
import { firstEntry } from './trajectory-facts';
import { FactCheck, met, notMet, notReached, reached } from './judge';

const { SELECT, TEST, IMPLEMENT_AND_EVALUATE } = SimPhase;

/** Both phase-3 checks judge options; without any there is nothing to judge yet. */
const noOptionsYet = (s: TrajectorySection) =>
  notMet(s, 'Er zijn nog geen oplossingsrichtingen.', 'There are no solution options yet.');

/** Guidelines of phases 3 to 5 that the trajectory's own data shows. */
export const LATER_PHASE_CHECKS: FactCheck[] = [
  {
    id: 'select.impact-all-aspects',
    phase: SELECT,
    guideline: {
      nl: 'Voer per oplossingsrichting een impactanalyse uit: dienstverlening, werkorganisatie, taken, competenties en arbeidsomstandigheden.',
      en: 'Analyse the impact of every option on service delivery, work organisation, tasks, competences and working conditions.',
    },
    judge(f) {
      const s = TrajectorySection.IMPACT_ANALYSIS;
      if (!reached(f, SELECT)) return notReached(SELECT, s);
      if (!f.options.length) return noOptionsYet(s);
      const incomplete = f.options.filter(
        (o) =>
          IMPACT_ASPECTS.filter((a) =>
            f.effects.some((e) => e.optionId === o.id && e.aspect === (a as string)),
          ).length < IMPACT_ASPECTS.length,
      );
      return incomplete.length
        ? notMet(
            s,
            `${incomplete.length} van ${f.options.length} opties missen aspecten in de impactanalyse.`,
            `${incomplete.length} of ${f.options.length} options lack aspects in the impact analysis.`,
            incomplete[0].id,
          )
        : met(
            s,
            `Alle ${f.options.length} opties zijn op alle vijf aspecten beoordeeld.`,
            `All ${f.options.length} options are assessed on all five aspects.`,
          );
    },
  },
  {
    id: 'select.qualitative-business-case',
    phase: SELECT,
    guideline: {
      nl: 'Neem in de businesscase per oplossingsrichting ook kwalitatieve aspecten mee.',
      en: 'Include qualitative aspects in the business case of every option.',
    },
    judge(f) {
      const s = TrajectorySection.IMPACT_ANALYSIS;
      if (!reached(f, SELECT)) return notReached(SELECT, s);
      if (!f.options.length) return noOptionsYet(s);
      const without = f.options.filter(
        (o) =>
          !f.businessCase.some(
            (b) => b.optionId === o.id && b.kind === (BusinessCaseKind.QUALITATIVE as string),
          ),
      );
      return without.length
        ? notMet(
            s,
            `${without.length} opties zonder kwalitatieve aspecten in de businesscase.`,
            `${without.length} options have no qualitative business-case items.`,
            without[0].id,
          )
        : met(
            s,
            'Elke optie heeft kwalitatieve aspecten in de businesscase.',
            'Every option has qualitative business-case items.',
          );
    },
  },
  {
    id: 'select.joint-valuation',
    phase: SELECT,
    guideline: {
      nl: 'Bepaal samen met de stakeholders, ook medewerkersvertegenwoordigers, de waarde van de opties.',
      en: 'Value the options jointly with stakeholders, including employee representatives.',
    },
    judge(f) {
      const s = TrajectorySection.VALUATION;
      if (!reached(f, SELECT)) return notReached(SELECT, s);
      const groups = new Set(f.valuation.map((v) => v.stakeholderId)).size;
      return groups >= 2
        ? met(
            s,
            `Opties gewaardeerd door ${groups} stakeholdergroepen.`,
            `Options rated by ${groups} stakeholder groups.`,
          )
        : notMet(
            s,
            `Opties gewaardeerd door ${groups} stakeholdergroep(en); minstens twee nodig.`,
            `Options rated by ${groups} stakeholder group(s); at least two needed.`,
          );
    },
  },
  {
    id: 'select.decision-by-rules',
    phase: SELECT,
    guideline: {
      nl: 'Neem het besluit volgens de in fase 1 afgesproken beslisregels en leg het vast.',
      en: 'Decide by the rules agreed in phase 1, and record the decision.',
    },
    judge(f) {
      const s = TrajectorySection.DECISIONS;
      if (!reached(f, TEST)) return notReached(TEST, s);
      return f.decisions.length
        ? met(
            s,
            `${f.decisions.length} besluit(en) vastgelegd volgens een beslisregel.`,
            `${f.decisions.length} decision(s) recorded against a rule.`,
          )
        : notMet(
            s,
            'De pilot is gestart zonder vastgelegd besluit.',
            'The pilot started without a recorded decision.',
          );
    },
  },
  {
    id: 'test.criteria-locked-before-pilot',
    phase: TEST,
    guideline: {
      nl: 'Bepaal vooraf gezamenlijk wat de evaluatiecriteria zijn: vastgelegd vóór de start van de pilot.',
      en: 'Agree the evaluation criteria jointly beforehand: locked before the pilot started.',
    },
    judge(f) {
      const s = TrajectorySection.SUCCESS_CRITERIA;
      const started = firstEntry(f, TEST);
      if (!started) return notReached(TEST, s);
      const before = f.criteria.filter((c) => c.lockedAt && c.lockedAt <= started);
      return before.length && before.length === f.criteria.length
        ? met(
            s,
            `${before.length} criteria vastgelegd bij de start van de pilot.`,
            `${before.length} criteria locked when the pilot started.`,
          )
        : notMet(
            s,
            'Niet alle criteria lagen vast bij de start van de pilot.',
            'Not all criteria were locked when the pilot started.',
          );
    },
  },
  {
    id: 'test.criteria-both-dimensions',
    phase: TEST,
    guideline: {
      nl: 'Heb bij de evaluatiecriteria oog voor zowel productiviteit als kwaliteit van werk.',
      en: 'Let the evaluation criteria cover both productivity and quality of work.',
    },
    judge(f) {
      const s = TrajectorySection.SUCCESS_CRITERIA;
      if (!f.criteria.length && !reached(f, SELECT)) return notReached(SELECT, s);
      const dims = new Set(f.criteria.map((c) => c.dimension));
      const both =
        dims.has(SuccessDimension.PRODUCTIVITY) && dims.has(SuccessDimension.QUALITY_OF_WORK);
      return both
        ? met(
            s,
            'Criteria voor productiviteit én kwaliteit van werk.',
            'Criteria cover productivity and quality of work.',
          )
        : notMet(
            s,
            'De criteria dekken niet zowel productiviteit als kwaliteit van werk.',
            'The criteria do not cover both productivity and quality of work.',
          );
    },
  },
  {
    id: 'implement.key-users',
    phase: IMPLEMENT_AND_EVALUATE,
    guideline: {
      nl: 'Zorg voor voldoende praktische ondersteuning: key users die als eersten getraind zijn en anderen helpen.',
      en: 'Provide practical support: key users trained first who help others.',
    },
    judge(f) {
      const s = TrajectorySection.TEAM;
      if (!reached(f, TEST)) return notReached(TEST, s);
      const n = f.team.filter((m) => m.role === (TrajectoryRole.KEY_USER as string)).length;
      return n
        ? met(s, `${n} key user(s) in het team.`, `${n} key user(s) on the team.`)
        : notMet(s, 'Nog geen key users aangewezen.', 'No key users appointed yet.');
    },
  },
  {
    id: 'implement.evaluated-against-criteria',
    phase: IMPLEMENT_AND_EVALUATE,
    guideline: {
      nl: 'Evalueer na verloop van tijd gezamenlijk aan de hand van de oorspronkelijke doelen en evaluatiecriteria.',
      en: 'Evaluate jointly after a while against the original goals and evaluation criteria.',
    },
    judge(f) {
      const s = TrajectorySection.SUCCESS_CRITERIA;
      if (!reached(f, IMPLEMENT_AND_EVALUATE)) return notReached(IMPLEMENT_AND_EVALUATE, s);
      const evaluated = f.criteria.filter((c) =>
        f.results.some(
          (r) => r.criterionId === c.id && r.phase === (IMPLEMENT_AND_EVALUATE as string),
        ),
      ).length;
      return evaluated && evaluated === f.criteria.length
        ? met(
            s,
            `Alle ${evaluated} criteria geëvalueerd in fase 5.`,
            `All ${evaluated} criteria evaluated in phase 5.`,
          )
        : notMet(
            s,
            `${evaluated} van ${f.criteria.length} criteria geëvalueerd in fase 5.`,
            `${evaluated} of ${f.criteria.length} criteria evaluated in phase 5.`,
          );
    },
  },
];
