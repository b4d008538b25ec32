import { LocalizedText, SimPhase, TrajectorySection } from '@inspraak/contracts';
import { SimHealthCheck } from './sim-health.registry';
import { notYet } from './judge';

const pending = (
  id: string,
  phase: SimPhase,
  guideline: LocalizedText,
  section: TrajectorySection,
  capability: LocalizedText,
): SimHealthCheck => ({
  id,
  phase,
  guideline,
  evaluate: () =>
    Promise.resolve(
      notYet(
        section,
        `Nog niet meetbaar: komt met ${capability.nl}.`,
        `Not yet measurable: arrives with ${capability.en}.`,
      ),
    ),
});

/**
 * Guidelines whose data comes from later capabilities. Those modules register a check with the
 * same id (`{ replace: true }`); until then the trajectory shows them as not yet measurable.
 */
export const PENDING_CHECKS: SimHealthCheck[] = [
  pending(
    'prepare.feedback-on-input',
    SimPhase.PREPARE,
    {
      nl: 'Geef aandacht aan communicatie en transparantie: koppel altijd terug wat er met suggesties is gedaan, ook als ze niet zijn overgenomen.',
      en: 'Communicate openly: always report back what was done with suggestions, especially when they were not adopted.',
    },
    TrajectorySection.FEEDBACK,
    {
      nl: 'de terugkoppeling ("jij zei, wij deden")',
      en: 'the feedback loop ("you said, we did")',
    },
  ),
  pending(
    'prepare.works-council-consulted',
    SimPhase.PREPARE,
    {
      nl: 'Minstens één actieve raadpleging van de ondernemingsraad.',
      en: 'At least one active consultation of the works council.',
    },
    TrajectorySection.CONSULTATIONS,
    { nl: 'raadplegingen', en: 'consultations' },
  ),
  pending(
    'generate.challenge-feedback',
    SimPhase.GENERATE,
    {
      nl: 'Elk idee in de gesloten challenge kreeg een reactie: ook afvallers horen dat hun idee serieus is genomen.',
      en: 'Every idea in the closed challenge got feedback: losers too learn their idea was taken seriously.',
    },
    TrajectorySection.CHALLENGES,
    { nl: 'ideeënchallenges', en: 'idea challenges' },
  ),
  pending(
    'test.employees-tried-innovation',
    SimPhase.TEST,
    {
      nl: 'Laat zoveel mogelijk medewerkers kennismaken met de innovatie (bijvoorbeeld in een roast).',
      en: 'Let as many employees as possible get to know the innovation (for example in a roast).',
    },
    TrajectorySection.ROASTS,
    { nl: 'prototype-roasts', en: 'prototype roasts' },
  ),
  pending(
    'implement.quality-of-work-pulse',
    SimPhase.IMPLEMENT_AND_EVALUATE,
    {
      nl: 'Monitor en evalueer gezamenlijk, met kwaliteit van werk als centraal onderdeel (pulsmeting).',
      en: 'Monitor and evaluate jointly, with quality of work at the centre (pulse survey).',
    },
    TrajectorySection.PULSE,
    { nl: 'pulsmetingen', en: 'pulse surveys' },
  ),
];
