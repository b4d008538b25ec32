/** The five phases of the SIM model (Sociaal Innovatiemanagement). */
export enum SimPhase {
  PREPARE = 'PREPARE',
  GENERATE = 'GENERATE',
  SELECT = 'SELECT',
  TEST = 'TEST',
  IMPLEMENT_AND_EVALUATE = 'IMPLEMENT_AND_EVALUATE',
}

export interface LocalizedText {
  nl: string;
  en: string;
}

export interface SimPhaseDefinition {
  phase: SimPhase;
  number: 1 | 2 | 3 | 4 | 5;
  name: LocalizedText;
  summary: LocalizedText;
}

/** Names follow the Dutch guide ("Handreiking sociaal innovatiemanagement"). */
export const SIM_PHASES: readonly SimPhaseDefinition[] = [
  {
    phase: SimPhase.PREPARE,
    number: 1,
    name: { nl: 'Voorbereiden', en: 'Prepare' },
    summary: {
      nl: 'Mandaat, rollen, beslisregels en betrokkenheid van medewerkers vooraf vastleggen.',
      en: 'Agree mandate, roles, decision rules and employee involvement up front.',
    },
  },
  {
    phase: SimPhase.GENERATE,
    number: 2,
    name: { nl: 'Genereren', en: 'Generate' },
    summary: {
      nl: 'Samen het probleem analyseren en ideeën voor oplossingen verzamelen.',
      en: 'Analyse the problem together and gather ideas for solutions.',
    },
  },
  {
    phase: SimPhase.SELECT,
    number: 3,
    name: { nl: 'Selecteren', en: 'Select' },
    summary: {
      nl: 'Impact per optie analyseren, gezamenlijk waarderen en besluiten volgens de beslisregels.',
      en: 'Analyse the impact of each option, value them jointly and decide by the agreed rules.',
    },
  },
  {
    phase: SimPhase.TEST,
    number: 4,
    name: { nl: 'Testen', en: 'Test' },
    summary: {
      nl: 'Pilot met varianten, vooraf afgesproken criteria en gezamenlijke evaluatie.',
      en: 'Pilot with variants, criteria agreed beforehand and a joint evaluation.',
    },
  },
  {
    phase: SimPhase.IMPLEMENT_AND_EVALUATE,
    number: 5,
    name: { nl: 'Implementeren en evalueren', en: 'Implement and evaluate' },
    summary: {
      nl: 'Invoeren met ruimte voor maatwerk, ondersteuning door key users en evalueren.',
      en: 'Roll out with room for variation, key-user support and evaluation.',
    },
  },
];
