import { SimPhase, TrajectoryRole, TrajectorySection } from '@inspraak/contracts';
import { firstEntry, TrajectoryFacts } from './trajectory-facts';
import { day, FactCheck, met, notMet } from './judge';

const hasRole = (f: TrajectoryFacts, role: TrajectoryRole) =>
  f.team.some((m) => m.role === (role as string));

/** Guidelines of phase 1 (Voorbereiden) that the trajectory's own data shows. */
export const PREPARE_CHECKS: FactCheck[] = [
  {
    id: 'prepare.mandate-before-generate',
    phase: SimPhase.PREPARE,
    guideline: {
      nl: 'Zorg voor voldoende autonomie en mandaat voor de innovatiemanager (budget, deadlines, beslisruimte), vastgelegd vóór fase 2.',
      en: 'Give the innovation manager enough autonomy and mandate (budget, deadlines, decision space), recorded before phase 2.',
    },
    judge(f) {
      const s = TrajectorySection.MANDATE;
      if (!f.mandate)
        return notMet(s, 'Er is nog geen mandaat vastgelegd.', 'No mandate has been recorded yet.');
      const started = firstEntry(f, SimPhase.GENERATE);
      const on = day(f.mandate.recordedAt);
      if (started && f.mandate.recordedAt > started) {
        return notMet(
          s,
          `Mandaat vastgelegd op ${on}, na de start van fase 2 (${day(started)}).`,
          `Mandate recorded on ${on}, after phase 2 started (${day(started)}).`,
        );
      }
      return met(s, `Mandaat vastgelegd op ${on}.`, `Mandate recorded on ${on}.`);
    },
  },
  {
    id: 'prepare.decision-rules-before-generate',
    phase: SimPhase.PREPARE,
    guideline: {
      nl: 'Stel vooraf besluitvormingsregels op, zodat discussies over inhoud en proces gescheiden blijven.',
      en: 'Agree decision rules up front, so discussions on content and on process stay apart.',
    },
    judge(f) {
      const s = TrajectorySection.DECISION_RULES;
      const started = firstEntry(f, SimPhase.GENERATE);
      const before = f.rules.filter((r) => !started || r.agreedAt <= started);
      if (before.length) {
        return met(
          s,
          `${before.length} beslisregel(s) afgesproken${started ? ' vóór de start van fase 2' : ''}.`,
          `${before.length} decision rule(s) agreed${started ? ' before phase 2 started' : ''}.`,
        );
      }
      return f.rules.length
        ? notMet(
            s,
            'De beslisregels zijn pas na de start van fase 2 afgesproken.',
            'The decision rules were agreed only after phase 2 started.',
          )
        : notMet(
            s,
            'Er zijn nog geen beslisregels afgesproken.',
            'No decision rules have been agreed yet.',
          );
    },
  },
  {
    id: 'prepare.works-council-on-team',
    phase: SimPhase.PREPARE,
    guideline: {
      nl: 'Geef verschillende belangen een rol: de ondernemingsraad (OR/MR) zit in het team of wordt geraadpleegd.',
      en: 'Give different interests a role: the works council is on the team or is consulted.',
    },
    judge(f) {
      const s = TrajectorySection.TEAM;
      return hasRole(f, TrajectoryRole.WORKS_COUNCIL)
        ? met(
            s,
            'Een vertegenwoordiger van de OR zit in het team.',
            'A works council representative is on the team.',
          )
        : notMet(
            s,
            'Geen OR-vertegenwoordiger in het team (raadplegingen tellen mee zodra die er zijn).',
            'No works council representative on the team (consultations will count once they exist).',
          );
    },
  },
  {
    id: 'prepare.primary-process-on-team',
    phase: SimPhase.PREPARE,
    guideline: {
      nl: 'Geef expertise uit het primaire proces een rol in de projectgroep.',
      en: 'Give expertise from the primary process a role in the project group.',
    },
    judge(f) {
      const n = f.team.filter((m) => m.role === (TrajectoryRole.TEAM_MEMBER as string)).length;
      return n
        ? met(
            TrajectorySection.TEAM,
            `${n} medewerker(s) uit het primaire proces in het team.`,
            `${n} employee(s) from the primary process on the team.`,
          )
        : notMet(
            TrajectorySection.TEAM,
            'Nog geen teamleden uit het primaire proces.',
            'No team members from the primary process yet.',
          );
    },
  },
  {
    id: 'prepare.employee-involvement-explicit',
    phase: SimPhase.PREPARE,
    guideline: {
      nl: 'Maak medewerkersbetrokkenheid expliciet: leg per beslissing vast hoe medewerkers betrokken worden.',
      en: 'Make employee involvement explicit: record for each decision how employees are involved.',
    },
    judge(f) {
      const s = TrajectorySection.DECISION_RULES;
      if (!f.rules.length)
        return notMet(s, 'Er zijn nog geen beslisregels.', 'There are no decision rules yet.');
      const missing = f.rules.filter((r) => !r.employeeInvolvement.trim());
      return missing.length
        ? notMet(
            s,
            `Bij ${missing.length} van ${f.rules.length} beslisregels staat niet hoe medewerkers betrokken zijn.`,
            `${missing.length} of ${f.rules.length} decision rules do not say how employees are involved.`,
            missing[0].id,
          )
        : met(
            s,
            'Elke beslisregel zegt hoe medewerkers betrokken zijn.',
            'Every decision rule says how employees are involved.',
          );
    },
  },
  {
    id: 'prepare.stakeholder-employee-interests',
    phase: SimPhase.PREPARE,
    guideline: {
      nl: 'Breng actoren en hun belangen in kaart met een stakeholderanalyse, ook de belangen van medewerkers (plezier in het werk, ontwikkeling).',
      en: 'Map actors and their interests in a stakeholder analysis, including employee-side interests (enjoyment, development).',
    },
    judge(f) {
      const s = TrajectorySection.STAKEHOLDERS;
      if (!f.stakeholders.length)
        return notMet(
          s,
          'Er is nog geen stakeholderanalyse.',
          'There is no stakeholder analysis yet.',
        );
      const n = f.stakeholders.filter((x) => x.employeeInterests.trim()).length;
      return n
        ? met(
            s,
            `${n} van ${f.stakeholders.length} stakeholders met belangen aan werknemerszijde.`,
            `${n} of ${f.stakeholders.length} stakeholders have employee-side interests.`,
          )
        : notMet(
            s,
            'Geen enkele stakeholder heeft belangen aan werknemerszijde.',
            'No stakeholder has employee-side interests.',
          );
    },
  },
];
