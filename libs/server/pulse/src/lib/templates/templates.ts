import { PulseDimension, PulseQuestion, PulseQuestionType, Text } from './questions';

export enum PulseTemplateKey {
  QUALITY_OF_WORK = 'QUALITY_OF_WORK',
  READINESS_FOR_CHANGE = 'READINESS_FOR_CHANGE',
  TECHNOLOGY_ADOPTION = 'TECHNOLOGY_ADOPTION',
  ENPS = 'ENPS',
}

/**
 * A question set with its wording. Versioned: a survey records the version it took, and a round
 * stores its questions when it opens, so changing a template's wording later (a new version)
 * never changes what an earlier round asked. Question keys stay stable across versions of the
 * same question, which keeps trends comparable.
 */
export interface PulseTemplate {
  key: PulseTemplateKey;
  version: number;
  name: Text;
  description: Text;
  dimension: PulseDimension;
  questions: PulseQuestion[];
}

const AGREE_LOW: Text = { nl: 'Helemaal oneens', en: 'Strongly disagree' };
const AGREE_HIGH: Text = { nl: 'Helemaal eens', en: 'Strongly agree' };

const agree = (key: string, dimension: string, nl: string, en: string): PulseQuestion => ({
  key,
  type: PulseQuestionType.SCALE_5,
  dimension,
  text: { nl, en },
  lowLabel: AGREE_LOW,
  highLabel: AGREE_HIGH,
  options: [],
  required: true,
  enps: false,
});

const open = (key: string, dimension: string, nl: string, en: string): PulseQuestion => ({
  key,
  type: PulseQuestionType.OPEN_TEXT,
  dimension,
  text: { nl, en },
  lowLabel: null,
  highLabel: null,
  options: [],
  required: false,
  enps: false,
});

/**
 * Quality of work as the SIM guide describes it ("autonomie, variatie en uitdagend werk,
 * leerrijke taken, ontwikkelmogelijkheden en werkplezier", plus workload from the OECD frame in
 * box 1). Every statement is worded positively, so "agree" is favourable for all of them.
 */
export const QUALITY_OF_WORK: PulseTemplate = {
  key: PulseTemplateKey.QUALITY_OF_WORK,
  version: 1,
  name: { nl: 'Kwaliteit van werk', en: 'Quality of work' },
  description: {
    nl: 'Autonomie, afwisseling, werkdruk, leren, ontwikkeling en werkplezier: meet voor, tijdens en na de pilot.',
    en: 'Autonomy, variety, workload, learning, development and enjoyment: measure before, during and after the pilot.',
  },
  dimension: { key: 'quality-of-work', name: { nl: 'Kwaliteit van werk', en: 'Quality of work' } },
  questions: [
    agree(
      'qow.autonomy',
      'quality-of-work',
      'Ik kan zelf bepalen hoe ik mijn werk aanpak.',
      'I can decide for myself how I go about my work.',
    ),
    agree('qow.variety', 'quality-of-work', 'Mijn werk is afwisselend.', 'My work is varied.'),
    agree(
      'qow.workload',
      'quality-of-work',
      'Ik heb genoeg tijd om mijn werk goed te doen.',
      'I have enough time to do my work well.',
    ),
    agree(
      'qow.learning',
      'quality-of-work',
      'Ik leer nieuwe dingen in mijn werk.',
      'I learn new things in my work.',
    ),
    agree(
      'qow.development',
      'quality-of-work',
      'Ik heb voldoende mogelijkheden om mij verder te ontwikkelen.',
      'I have enough opportunities to develop myself further.',
    ),
    agree('qow.enjoyment', 'quality-of-work', 'Ik heb plezier in mijn werk.', 'I enjoy my work.'),
    open(
      'qow.comment',
      'quality-of-work',
      'Wat zou je werk beter maken? (niet verplicht)',
      'What would make your work better? (optional)',
    ),
  ],
};

/**
 * Readiness for change, after the factors the guide names (Bouckenooghe, 2010): the perceived
 * need for the change, its pros and cons, and confidence that it will work in practice.
 */
export const READINESS_FOR_CHANGE: PulseTemplate = {
  key: PulseTemplateKey.READINESS_FOR_CHANGE,
  version: 1,
  name: { nl: 'Veranderbereidheid', en: 'Readiness for change' },
  description: {
    nl: 'Ervaren noodzaak, voor- en nadelen en vertrouwen in een geslaagde invoering.',
    en: 'Perceived need, pros and cons, and confidence that the change will succeed.',
  },
  dimension: { key: 'readiness', name: { nl: 'Veranderbereidheid', en: 'Readiness for change' } },
  questions: [
    agree(
      'rfc.need',
      'readiness',
      'Ik zie waarom deze verandering nodig is.',
      'I see why this change is needed.',
    ),
    agree(
      'rfc.pros-cons',
      'readiness',
      'Voor mij wegen de voordelen van de nieuwe werkwijze op tegen de nadelen.',
      'For me, the advantages of the new way of working outweigh the disadvantages.',
    ),
    agree(
      'rfc.confidence',
      'readiness',
      'Ik heb er vertrouwen in dat de invoering in de praktijk gaat slagen.',
      'I am confident that the change will work out in practice.',
    ),
  ],
};

/**
 * Adoption of the new technology: usefulness, ease of use and the opinion of colleagues who
 * matter (the guide: "het nut voor de gebruiker en sociale druk in de omgeving").
 */
export const TECHNOLOGY_ADOPTION: PulseTemplate = {
  key: PulseTemplateKey.TECHNOLOGY_ADOPTION,
  version: 1,
  name: { nl: 'Adoptie van de nieuwe technologie', en: 'Adoption of the new technology' },
  description: {
    nl: 'Nut, gebruiksgemak en de mening van collega’s over de nieuwe technologie.',
    en: 'Usefulness, ease of use and colleagues’ opinion of the new technology.',
  },
  dimension: { key: 'adoption', name: { nl: 'Adoptie', en: 'Adoption' } },
  questions: [
    agree(
      'adopt.usefulness',
      'adoption',
      'De nieuwe technologie helpt mij mijn werk beter te doen.',
      'The new technology helps me do my work better.',
    ),
    agree(
      'adopt.ease',
      'adoption',
      'De nieuwe technologie is makkelijk te gebruiken.',
      'The new technology is easy to use.',
    ),
    agree(
      'adopt.colleagues',
      'adoption',
      'Collega’s van wie ik de mening belangrijk vind, zijn positief over de nieuwe technologie.',
      'Colleagues whose opinion matters to me are positive about the new technology.',
    ),
  ],
};

/** Employee Net Promoter Score: promoters 9–10, passives 7–8, detractors 0–6. */
export const ENPS: PulseTemplate = {
  key: PulseTemplateKey.ENPS,
  version: 1,
  name: { nl: 'Aanbevelen als werkgever (eNPS)', en: 'Recommending as an employer (eNPS)' },
  description: {
    nl: 'Eén vraag van 0 tot 10; de eNPS is het percentage promotors min het percentage criticasters.',
    en: 'One question from 0 to 10; the eNPS is the share of promoters minus the share of detractors.',
  },
  dimension: { key: 'enps', name: { nl: 'eNPS', en: 'eNPS' } },
  questions: [
    {
      key: 'enps.recommend',
      type: PulseQuestionType.SCALE_11,
      dimension: 'enps',
      text: {
        nl: 'Hoe waarschijnlijk is het dat je onze organisatie als werkgever aanbeveelt aan een vriend of bekende?',
        en: 'How likely are you to recommend our organisation as an employer to a friend or acquaintance?',
      },
      lowLabel: { nl: 'Zeer onwaarschijnlijk', en: 'Very unlikely' },
      highLabel: { nl: 'Zeer waarschijnlijk', en: 'Very likely' },
      options: [],
      required: true,
      enps: true,
    },
  ],
};

export const PULSE_TEMPLATES: readonly PulseTemplate[] = [
  QUALITY_OF_WORK,
  READINESS_FOR_CHANGE,
  TECHNOLOGY_ADOPTION,
  ENPS,
];

export function template(key: PulseTemplateKey): PulseTemplate {
  const t = PULSE_TEMPLATES.find((x) => x.key === key);
  if (!t) throw new Error(`unknown pulse template ${key}`);
  return t;
}

/** The dimension key of custom questions without one of their own. */
export const CUSTOM_DIMENSION: PulseDimension = {
  key: 'custom',
  name: { nl: 'Eigen vragen', en: 'Own questions' },
};
