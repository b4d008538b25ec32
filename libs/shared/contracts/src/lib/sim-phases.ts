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
  /** The guide's own summary ("Samenvattend") of the guidelines of this step. */
  guidelines: readonly LocalizedText[];
}

const g = (nl: string, en: string): LocalizedText => ({ nl, en });

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
    guidelines: [
      g(
        'Zorg voor voldoende autonomie en mandaat voor de innovatiemanager, zodat deze ruimte aan medewerkers kan geven.',
        'Give the innovation manager enough autonomy and mandate to give employees room.',
      ),
      g(
        'Geef verschillende belangen en expertises een rol in de projectgroep of begeleidingsgroep/stuurgroep.',
        'Give different interests and expertise a role in the project group or the steering group.',
      ),
      g(
        'Maak medewerkersbetrokkenheid expliciet en integreer het in het innovatieproces.',
        'Make employee involvement explicit and build it into the innovation process.',
      ),
      g(
        'Stel vooraf besluitvormingsregels op voor het proces, zodat discussie over inhoud en proces gescheiden blijven.',
        'Agree decision rules for the process up front, so discussions on content and on process stay apart.',
      ),
      g(
        'Breng het gehele proces en alle actoren in kaart aan de hand van een stakeholder- en systeemanalyse.',
        'Map the whole process and all actors with a stakeholder and system analysis.',
      ),
      g(
        'Geef aandacht aan communicatie en transparantie.',
        'Pay attention to communication and transparency.',
      ),
    ],
  },
  {
    phase: SimPhase.GENERATE,
    number: 2,
    name: { nl: 'Genereren', en: 'Generate' },
    summary: {
      nl: 'Samen het probleem analyseren en ideeën voor oplossingen verzamelen.',
      en: 'Analyse the problem together and gather ideas for solutions.',
    },
    guidelines: [
      g(
        'Maak een gezamenlijke probleemanalyse, waarbij in ieder geval medewerkers en de probleemeigenaar betrokken zijn.',
        'Analyse the problem together, with at least employees and the problem owner involved.',
      ),
      g(
        'Verken ook gezamenlijk verschillende mogelijke oplossingen.',
        'Explore possible solutions together as well.',
      ),
      g(
        'Creëer een sociaal veilige omgeving waarin mensen zich durven uit te spreken.',
        'Create a socially safe environment in which people dare to speak up.',
      ),
    ],
  },
  {
    phase: SimPhase.SELECT,
    number: 3,
    name: { nl: 'Selecteren', en: 'Select' },
    summary: {
      nl: 'Impact per optie analyseren, gezamenlijk waarderen en besluiten volgens de beslisregels.',
      en: 'Analyse the impact of each option, value them jointly and decide by the agreed rules.',
    },
    guidelines: [
      g(
        'Voer een impactanalyse uit naar gevolgen van innovatie voor de dienstverlening en kwaliteit van werk.',
        'Analyse the impact of the innovation on service delivery and the quality of work.',
      ),
      g(
        'Neem in de businesscase per oplossingsrichting ook kwalitatieve aspecten mee en bespreek deze met de verschillende stakeholders.',
        'Include qualitative aspects in the business case of each option and discuss them with the stakeholders.',
      ),
      g(
        'Bepaal gezamenlijk de waarde van de kwalitatieve aspecten.',
        'Value the qualitative aspects together.',
      ),
      g(
        'Overweeg om met verschillende varianten de testfase in te gaan.',
        'Consider taking several variants into the test phase.',
      ),
    ],
  },
  {
    phase: SimPhase.TEST,
    number: 4,
    name: { nl: 'Testen', en: 'Test' },
    summary: {
      nl: 'Pilot met varianten, vooraf afgesproken criteria en gezamenlijke evaluatie.',
      en: 'Pilot with variants, criteria agreed beforehand and a joint evaluation.',
    },
    guidelines: [
      g(
        'Betrek onderzoekmatige expertise voor een gedegen pilot.',
        'Involve research expertise for a sound pilot.',
      ),
      g('Probeer verschillende varianten uit.', 'Try different variants.'),
      g(
        'Laat zoveel mogelijk medewerkers kennismaken met de innovatie.',
        'Let as many employees as possible get to know the innovation.',
      ),
      g(
        'Bepaal vooraf gezamenlijk wat de evaluatiecriteria zijn en heb oog voor zowel productiviteit als kwaliteit van werk.',
        'Agree the evaluation criteria together beforehand, covering both productivity and quality of work.',
      ),
      g(
        'Evalueer de pilot en de onderzoeksuitkomsten gezamenlijk.',
        'Evaluate the pilot and the research outcomes together.',
      ),
    ],
  },
  {
    phase: SimPhase.IMPLEMENT_AND_EVALUATE,
    number: 5,
    name: { nl: 'Implementeren en evalueren', en: 'Implement and evaluate' },
    summary: {
      nl: 'Invoeren met ruimte voor maatwerk, ondersteuning door key users en evalueren.',
      en: 'Roll out with room for variation, key-user support and evaluation.',
    },
    guidelines: [
      g(
        'Creëer waar mogelijk ruimte voor maatwerk om in verschillende behoeften te voorzien.',
        'Where possible, leave room for customisation to meet different needs.',
      ),
      g('Zorg voor voldoende praktische ondersteuning.', 'Provide enough practical support.'),
      g(
        'Monitor en evalueer de innovatie gezamenlijk, waarbij ook kwaliteit van werk weer een centraal onderdeel is.',
        'Monitor and evaluate the innovation together, again with the quality of work at the centre.',
      ),
      g(
        'Stuur indien nodig bij en blijf aanpassingen evalueren.',
        'Adjust where needed and keep evaluating the changes.',
      ),
    ],
  },
];
