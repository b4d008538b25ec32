import { ChallengeState, FeedbackStatus, SimPhase } from '@inspraak/contracts';

/** A demo idea: who wrote it (an e-mail, or `person:N` for the N-th directory person). */
export interface DemoIdea {
  title: string;
  description: string;
  tags: string[];
  by: string;
  anonymous?: boolean;
  /** Days before seeding. */
  ago: number;
  /** How many directory people support it. */
  supports: number;
  comments?: [by: string, body: string, anonymous?: boolean][];
  /** The first public response (feedback loop) and its status (default UNDER_CONSIDERATION). */
  response?: string;
  status?: FeedbackStatus;
  /** A later status change with its text (the history shows both). */
  update?: [status: FeedbackStatus, text: string];
  /** A duplicate: merged into the idea with this title, with `response` as the reason. */
  mergedInto?: string;
}

export interface DemoChallenge {
  trajectoryTitle: string;
  title: string;
  problemStatement: string;
  rules: string;
  prize: string | null;
  phase: SimPhase;
  state: ChallengeState;
  opensAgo: number;
  closesAgo: number;
  responder: string;
  ideas: DemoIdea[];
}

export const ENFORCEMENT_TRAJECTORY = 'Informatiegestuurde handhaving bij ondergrondse containers';
export const PARKING_TRAJECTORY = 'Scanauto en deskcontrole bij parkeerhandhaving';

/** The closed demo challenge; the jury-evaluation seed (helper D) finds it by this title. */
export const DEMO_CLOSED_CHALLENGE_TITLE =
  'Hoe zetten we de scanauto in zodat het werk van controleurs er beter van wordt?';

const idea = (
  title: string,
  description: string,
  tags: string[],
  by: string,
  ago: number,
  supports: number,
  extra: Partial<DemoIdea> = {},
): DemoIdea => ({ title, description, tags, by, ago, supports, ...extra });

/** Phase 2 of the enforcement case: handhavers bring in their street knowledge. */
export const ENFORCEMENT_CHALLENGE: DemoChallenge = {
  trajectoryTitle: ENFORCEMENT_TRAJECTORY,
  title: 'Hoe krijgen we de kennis van handhavers op straat in de data?',
  problemStatement:
    'Het datateam voorspelt waar bijplaatsingen bij ondergrondse containers ontstaan, maar mist ' +
    'wat handhavers op straat zien: welke containers altijd vol zitten, waar bedrijfsafval ' +
    'wordt gedumpt, welke bewoners aanspreekbaar zijn. Hoe maken we die kennis bruikbaar, ' +
    'zonder dat het werk een registratieklus wordt?',
  rules:
    'Iedereen binnen Handhaving, Beheer Openbare Ruimte en het datateam kan ideeën indienen, ' +
    'ook anoniem. Houd het concreet: wat verandert er in je werkdag? Reageer op elkaars ideeën ' +
    'en steun wat je goed vindt. De projectgroep reageert op elk idee.',
  prize: 'De drie beste ideeën worden in de pilot uitgeprobeerd, met de indieners in het team.',
  phase: SimPhase.GENERATE,
  state: ChallengeState.OPEN,
  opensAgo: 30,
  closesAgo: -21,
  responder: 'projectleider@voorbeeld.nl',
  ideas: [
    idea(
      "Foto's van bijplaatsingen direct in de handhavingsapp",
      'Als ik een bijplaatsing zie, maak ik nu een foto met mijn eigen telefoon. Laat de app een ' +
        'foto met locatie en tijd opslaan, dan kan het datateam zien **waar** en **wanneer** het gebeurt.',
      ['app', 'foto', 'registratie'],
      'handhaver@voorbeeld.nl',
      29,
      14,
      {
        comments: [
          [
            'analist@voorbeeld.nl',
            'Met locatie en tijd kunnen we dit meteen in het model meenemen.',
          ],
          ['person:3', 'Graag wel zonder gezichten of kentekens in beeld.'],
        ],
        response: 'Dit idee gaat mee in de pilot; we regelen eerst de privacytoets.',
        status: FeedbackStatus.PLANNED,
      },
    ),
    idea(
      'Vaste vrije tekstvelden vervangen door drie keuzes',
      'Vrije tekst vult niemand in. Geef ons drie knoppen: "bedrijfsafval", "grofvuil", "huisvuil ' +
        'naast container". Dat is in twee seconden gedaan en wel te analyseren.',
      ['app', 'registratie'],
      'employee@voorbeeld.nl',
      28,
      11,
      {
        comments: [
          ['handhaver@voorbeeld.nl', 'Plus een optioneel tekstveld voor bijzonderheden.'],
          ['analist@voorbeeld.nl', 'Drie vaste categorieën helpen ons enorm bij het tellen.'],
        ],
      },
    ),
    idea(
      'Wekelijks kwartiertje met het datateam',
      'Laat een analist elke maandag een kwartier aansluiten bij de briefing. Wij vertellen wat ' +
        'we zagen, zij laten zien wat de data zegt. Zo leren beide kanten.',
      ['samenwerking', 'overleg'],
      'person:1',
      27,
      18,
      {
        comments: [
          ['analist@voorbeeld.nl', 'Doen we graag. Maandag 8:15 past bij ons.'],
          ['person:7', 'Dan wel echt een kwartier, geen uur.'],
          ['manager@voorbeeld.nl', 'Goed idee, ik regel dat het in de planning komt.'],
        ],
        response: 'Vanaf volgende maand schuift een analist aan bij de maandagbriefing.',
        status: FeedbackStatus.PLANNED,
        update: [
          FeedbackStatus.IN_PROGRESS,
          'De eerste drie briefings met een analist zijn geweest; we evalueren na zes weken.',
        ],
      },
    ),
    idea(
      'Kaart met hotspots op de tablet in de dienstauto',
      'Een eenvoudige kaart met de containers waar deze week het vaakst bijplaatsingen waren. ' +
        'Dan rijden we daar eerst langs in plaats van onze vaste ronde.',
      ['kaart', 'routeplanning'],
      'person:2',
      26,
      16,
    ),
    idea(
      'Bewoners laten melden via een QR-code op de container',
      'Een sticker met QR-code op elke container. Bewoners melden een volle container of ' +
        'bijplaatsing, en dat komt bij dezelfde data als onze waarnemingen.',
      ['bewoners', 'melding'],
      'person:4',
      25,
      9,
      {
        comments: [
          ['person:8', 'Let op dat het geen klachtenlijn voor de buren wordt.'],
          ['handhaver@voorbeeld.nl', 'Wel handig om te zien of een container al vol was.'],
        ],
      },
    ),
    idea(
      'Containers met sensor laten aangeven wanneer ze vol zijn',
      'Veel bijplaatsingen gebeuren omdat de container vol is. Een vulgraadsensor voorkomt dat ' +
        'we mensen beboeten voor iets wat wij zelf veroorzaken.',
      ['sensor', 'inzameling'],
      'person:5',
      25,
      21,
      {
        response: 'Beheer Openbare Ruimte onderzoekt sensoren bij de twintig drukste containers.',
      },
    ),
    idea(
      'Foto van afval bij de container meteen doorsturen',
      'Laat ons met de app een foto van bijgeplaatst afval doorsturen, met de plek erbij. Dan ' +
        'hoeft niemand het later over te typen.',
      ['app', 'foto'],
      'person:8',
      25,
      4,
      {
        mergedInto: "Foto's van bijplaatsingen direct in de handhavingsapp",
        response:
          'Dit is hetzelfde voorstel als ‘Foto’s van bijplaatsingen direct in de handhavingsapp’; ' +
          'we hebben ze samengevoegd, je steun telt daar mee.',
      },
    ),
    idea(
      'Niet alleen beboeten, ook aanspreken registreren',
      'Als ik iemand aanspreek en die neemt het afval weer mee, staat dat nergens. Registreer ' +
        'ook het goede gesprek, dan ziet het model dat voorlichting werkt.',
      ['registratie', 'voorlichting'],
      'handhaver@voorbeeld.nl',
      24,
      12,
    ),
    idea(
      'Geen individuele prestaties in de dashboards',
      'Als de data laat zien hoeveel boetes ik schrijf, wordt het een afrekenmodel. Toon alleen ' +
        'gebieden en trends, nooit personen.',
      ['privacy', 'werkdruk'],
      'person:6',
      24,
      25,
      {
        anonymous: true,
        comments: [
          ['person:9', 'Helemaal mee eens. Anders gaat iedereen op de cijfers sturen.'],
          ['manager@voorbeeld.nl', 'Dit is ook afgesproken in het mandaat: geen persoonsgegevens.'],
        ],
        response:
          'Eens: het mandaat sluit analyses over individuele handhavers uit. Dit komt ook in de ' +
          'afspraken met de OR.',
        status: FeedbackStatus.DONE,
      },
    ),
    idea(
      'Meldingen van de afvalinzameling koppelen',
      'De chauffeurs van de vuilniswagen zien elke dag dezelfde containers. Laat hun meldingen ' +
        'ook meetellen, dat is gratis informatie.',
      ['inzameling', 'samenwerking'],
      'person:7',
      23,
      10,
    ),
    idea(
      'Route laten voorstellen, maar de handhaver beslist',
      'Een voorgestelde route is prima, maar laat ons kunnen afwijken als we iets zien. Wij ' +
        'kennen de wijk; het model niet altijd.',
      ['routeplanning', 'autonomie'],
      'employee@voorbeeld.nl',
      22,
      19,
      { comments: [['person:10', 'Ja, anders worden we robots die een lijstje aflopen.']] },
    ),
    idea(
      'Bijplaatsingen op vrijdagmiddag extra controleren',
      'Uit ervaring: vrijdagmiddag en zondagavond zijn de pieken. Begin met die tijden in het ' +
        'rooster voordat we een ingewikkeld model bouwen.',
      ['rooster'],
      'person:8',
      22,
      7,
    ),
    idea(
      'Uitleg in meerdere talen op de container',
      'Veel bewoners weten niet waar grofvuil heen moet. Een pictogram en uitleg in vier talen ' +
        'op de container voorkomt veel bijplaatsingen.',
      ['voorlichting', 'bewoners'],
      'person:9',
      21,
      13,
    ),
    idea(
      'Bedrijfsafval apart herkennen',
      'Dozen van dezelfde winkel naast de container: dat is bedrijfsafval. Als we dat apart ' +
        'registreren, kunnen we gericht ondernemers bezoeken.',
      ['bedrijfsafval', 'registratie'],
      'person:10',
      21,
      15,
    ),
    idea(
      'Spraakmemo in plaats van typen',
      'Met handschoenen aan typ ik niet. Laat me een spraakmemo inspreken die later wordt ' +
        'uitgeschreven.',
      ['app'],
      'person:11',
      20,
      8,
      {
        comments: [
          [
            'analist@voorbeeld.nl',
            'Spraak-naar-tekst kan, maar let op wat er dan wordt opgeslagen.',
          ],
        ],
      },
    ),
    idea(
      'Terugkoppeling: wat heeft het datateam met mijn melding gedaan?',
      'Ik meld nu dingen en hoor er nooit meer iets van. Laat in de app zien wat er met een ' +
        'melding is gebeurd, dan blijf je het doen.',
      ['terugkoppeling', 'app'],
      'person:12',
      20,
      22,
      {
        response: 'We bouwen een overzicht "wat is er met mijn meldingen gebeurd" in de app.',
        status: FeedbackStatus.IN_PROGRESS,
      },
    ),
    idea(
      'Proef in één wijk voordat alles verandert',
      'Begin in één wijk met een paar handhavers die er zin in hebben. Dan weten we wat werkt ' +
        'voordat de hele afdeling om moet.',
      ['pilot'],
      'person:13',
      19,
      17,
    ),
    idea(
      'Cameratoezicht alleen als laatste middel',
      'Camera’s bij containers voelen als wantrouwen richting de buurt. Eerst voorlichting en ' +
        'aanspreken, pas daarna camera’s.',
      ['privacy', 'bewoners'],
      'person:14',
      19,
      6,
      { comments: [['person:2', 'Op sommige plekken helpt echt alleen een camera.']] },
    ),
    idea(
      'Vaste contactpersoon per wijk bij het datateam',
      'Als ik een vraag heb over een analyse, wil ik weten wie ik kan bellen. Eén analist per ' +
        'wijk maakt het persoonlijk.',
      ['samenwerking'],
      'person:15',
      18,
      9,
    ),
    idea(
      'Opleiding: wat kan data wel en niet?',
      'Veel collega’s denken dat "de computer" straks bepaalt waar ze heen moeten. Een korte ' +
        'training over wat een voorspelling is, neemt onrust weg.',
      ['opleiding', 'werkdruk'],
      'person:16',
      18,
      14,
    ),
    idea(
      'Gegevens van de milieustraat meenemen',
      'Als de milieustraat een week dicht is, zie je direct meer grofvuil op straat. Neem ' +
        'openingstijden en drukte mee in de voorspelling.',
      ['inzameling', 'data'],
      'analist@voorbeeld.nl',
      17,
      8,
    ),
    idea(
      'Weer en feestdagen in het model',
      'Na Koningsdag en met mooi weer staat er meer naast de containers. Dat is makkelijk ' +
        'toe te voegen.',
      ['data'],
      'person:17',
      17,
      5,
    ),
    idea(
      'Duo’s van een ervaren en een nieuwe handhaver',
      'Nieuwe collega’s missen de straatkennis. Laat ze de eerste maanden meelopen met iemand ' +
        'die de wijk kent, en laat die kennis vastleggen.',
      ['opleiding', 'samenwerking'],
      'person:18',
      16,
      12,
    ),
    idea(
      'Minder administratie na een boete',
      'Een boete uitschrijven kost nu twintig minuten papierwerk. Als de app velden vooraf ' +
        'invult, houden we tijd over voor de straat.',
      ['werkdruk', 'app'],
      'person:19',
      16,
      20,
      {
        anonymous: true,
        comments: [['person:4', 'Dit! De helft van de dag zit ik in de auto te typen.']],
      },
    ),
    idea(
      'Buurtconciërges betrekken',
      'De buurtconciërges weten precies wie wat dumpt. Geef ze een eenvoudige manier om dat ' +
        'door te geven.',
      ['bewoners', 'samenwerking'],
      'person:20',
      15,
      7,
    ),
    idea(
      'Grofvuil gratis laten ophalen in probleemstraten',
      'Een proef met gratis ophalen van grofvuil in de tien straten met de meeste bijplaatsingen. ' +
        'Misschien goedkoper dan handhaven.',
      ['inzameling', 'pilot'],
      'person:21',
      15,
      11,
    ),
    idea(
      'Een kaartlaag met vaste dumpplekken',
      'Sommige plekken zijn al jaren een probleem. Zet die als vaste laag op de kaart, los van de ' +
        'voorspelling, zodat nieuwe collega’s ze ook kennen.',
      ['kaart'],
      'person:22',
      14,
      6,
    ),
    idea(
      'Resultaten delen met de wijkraad',
      'Laat de wijkraad elk kwartaal zien wat er veranderd is. Dan zien bewoners dat melden zin ' +
        'heeft.',
      ['terugkoppeling', 'bewoners'],
      'person:23',
      13,
      5,
    ),
    idea(
      'Offline werken in de app',
      'In kelders en achter flats is geen bereik. De app moet waarnemingen bewaren en later ' +
        'versturen.',
      ['app'],
      'person:24',
      12,
      9,
    ),
    idea(
      'Een oordeel van de handhaver naast de voorspelling',
      'Laat ons na een ronde aangeven of de voorspelde hotspots klopten. Dat maakt het model ' +
        'beter en laat zien dat onze kennis telt.',
      ['data', 'terugkoppeling'],
      'handhaver@voorbeeld.nl',
      12,
      15,
    ),
    idea(
      'Geen extra meldingen tijdens de avonddienst',
      'In de avond zijn we met z’n tweeën op pad. Laat de app dan alleen het hoognodige vragen.',
      ['werkdruk', 'rooster'],
      'person:25',
      11,
      4,
    ),
    idea(
      'Containers dichter bij de flats',
      'Bij flat Zuid moeten bewoners tweehonderd meter lopen. Een extra container scheelt meer ' +
        'dan welke controle ook.',
      ['inzameling', 'bewoners'],
      'person:26',
      10,
      10,
    ),
    idea(
      'Samen met de politie data delen over dumpingen',
      'Bij grote dumpingen werkt de politie soms ook. Spreek af welke gegevens we delen, binnen ' +
        'de privacyregels.',
      ['samenwerking', 'privacy'],
      'person:27',
      9,
      3,
    ),
    idea(
      'Een jaarlijkse "schone wijk"-prijs',
      'Beloon de wijk met de grootste daling in bijplaatsingen met een buurtfeest. Positief ' +
        'in plaats van alleen boetes.',
      ['bewoners', 'voorlichting'],
      'person:28',
      8,
      8,
    ),
    idea(
      'Handhavers toegang tot de ruwe data',
      'Niet alleen een dashboard, maar ook kunnen filteren op straat en periode. Sommige ' +
        'collega’s willen zelf puzzelen.',
      ['data'],
      'person:29',
      7,
      2,
    ),
    idea(
      'Duidelijke afspraken over bewaartermijnen',
      'Hoe lang bewaren we foto’s en notities? Zet het in de app, dan weten we wat we mogen ' +
        'vastleggen.',
      ['privacy'],
      'person:30',
      6,
      6,
    ),
    idea(
      'Checklijst bij een nieuwe hotspot',
      'Als het model een nieuwe hotspot aanwijst: eerst kijken of de container kapot of vol is, ' +
        'dan pas handhaven.',
      ['routeplanning'],
      'person:31',
      5,
      5,
    ),
    idea(
      'Inzicht voor de teamleider in werkdruk per gebied',
      'Sommige gebieden zijn veel zwaarder dan andere. Laat de verdeling van het werk ook op ' +
        'data gebaseerd zijn, niet alleen de controles.',
      ['werkdruk', 'rooster'],
      'person:32',
      4,
      7,
    ),
    idea(
      'Korte video-uitleg voor nieuwe bewoners',
      'Bij inschrijving in de gemeente een filmpje van een minuut over afval scheiden en ' +
        'grofvuil. Voorkomen is beter dan beboeten.',
      ['voorlichting', 'bewoners'],
      'person:33',
      3,
      3,
    ),
    idea(
      'Evaluatie na drie maanden met alle handhavers',
      'Plan nu al een evaluatie na drie maanden waarin iedereen mag zeggen wat werkt en wat ' +
        'niet. Ook wie niet in de pilot zat.',
      ['pilot', 'overleg'],
      'person:34',
      2,
      4,
    ),
    idea(
      'Afvalcoaches in de wijk',
      'Bewoners die als vrijwilliger buren helpen met afval scheiden. Werkt in andere gemeenten ' +
        'goed en ontlast handhaving.',
      ['bewoners', 'voorlichting'],
      'person:35',
      1,
      1,
    ),
  ],
};

/** Phase 2 of the parking case, long closed: every idea got a response. */
export const PARKING_CHALLENGE: DemoChallenge = {
  trajectoryTitle: PARKING_TRAJECTORY,
  title: DEMO_CLOSED_CHALLENGE_TITLE,
  problemStatement:
    'De scanauto komt eraan. Controleurs vrezen dat hun werk saai wordt of verdwijnt; de ' +
    'organisatie wil een grotere pakkans. Welke ideeën heb jij om beide te bereiken?',
  rules: 'Ideeën van parkeercontroleurs, deskcontrole en het datateam. Anoniem indienen mag.',
  prize: 'Het winnende idee wordt meegenomen in de pilot.',
  phase: SimPhase.GENERATE,
  state: ChallengeState.CLOSED,
  opensAgo: 195,
  closesAgo: 160,
  responder: 'moderator@voorbeeld.nl',
  ideas: [
    idea(
      'Controleurs wisselen tussen straat en deskcontrole',
      'Laat controleurs in een rooster afwisselen tussen de scanauto, de deskcontrole en de ' +
        'straat. Dan blijft het werk afwisselend.',
      ['rooster', 'afwisseling'],
      'employee@voorbeeld.nl',
      190,
      24,
      {
        comments: [['handhaver@voorbeeld.nl', 'Dan houd je ook de straatkennis op peil.']],
        response: 'We nemen dit mee in het ontwerp van het pilotrooster.',
        status: FeedbackStatus.PLANNED,
        update: [
          FeedbackStatus.DONE,
          'Overgenomen: het pilotrooster wisselt per week tussen de drie rollen.',
        ],
      },
    ),
    idea(
      'Scanauto alleen in wijken met veel overtredingen',
      'Gebruik de scanauto waar de pakkans laag is; in het centrum blijven controleurs lopen ' +
        'voor het contact met bewoners.',
      ['routeplanning'],
      'person:40',
      188,
      12,
      { response: 'Meegenomen in de routeparameters van de pilot.', status: FeedbackStatus.DONE },
    ),
    idea(
      'Deskcontrole als nieuwe functie met opleiding',
      'Maak van deskcontrole een vak: een opleiding in beoordelen van situaties op foto’s, met ' +
        'een eigen functieprofiel.',
      ['opleiding', 'functie'],
      'person:41',
      186,
      18,
      {
        response: 'HR werkt het functieprofiel uit; de opleiding start met de pilot.',
        status: FeedbackStatus.IN_PROGRESS,
      },
    ),
    idea(
      'Bodycams bij agressie in plaats van de scanauto',
      'Agressie los je niet op met een auto. Geef controleurs die dat willen een bodycam.',
      ['agressie', 'veiligheid'],
      'person:42',
      185,
      9,
      {
        anonymous: true,
        response:
          'Niet overgenomen in dit traject: bodycams vallen buiten het mandaat. We geven het door ' +
          'aan het traject over veiligheid van handhavers.',
        status: FeedbackStatus.NOT_ADOPTED,
      },
    ),
    idea(
      'Betalingsbereidheid verhogen met een duidelijke app',
      'Mensen betalen niet omdat ze de zone niet snappen. Een duidelijke parkeerapp doet meer ' +
        'dan een scanauto.',
      ['bewoners', 'app'],
      'person:43',
      183,
      15,
      {
        response: 'Meegenomen als aanvullende maatregel; de communicatie-afdeling pakt het op.',
        status: FeedbackStatus.PLANNED,
      },
    ),
    idea(
      'Controleurs beslissen mee over de routes',
      'Laat het team elke week de routes van de scanauto bespreken. Wij weten waar mensen fout ' +
        'parkeren.',
      ['routeplanning', 'autonomie'],
      'handhaver@voorbeeld.nl',
      181,
      20,
      {
        response: 'Overgenomen: een wekelijks routeoverleg is onderdeel van de pilot.',
        status: FeedbackStatus.DONE,
      },
    ),
    idea(
      'Geen foto’s langer bewaren dan nodig',
      'Kentekenfoto’s van mensen die wel betaald hebben direct verwijderen.',
      ['privacy'],
      'person:44',
      180,
      11,
      {
        response: 'Vastgelegd: foto’s zonder overtreding worden binnen 48 uur verwijderd.',
        status: FeedbackStatus.DONE,
      },
    ),
    idea(
      'Meten hoe controleurs het werk ervaren',
      'Vraag elke maand kort hoe het werk bevalt. Dan zien we of het echt beter wordt.',
      ['werkdruk', 'evaluatie'],
      'person:45',
      178,
      13,
      {
        response: 'Overgenomen als succescriterium: tevredenheid over het werk.',
        status: FeedbackStatus.PLANNED,
      },
    ),
  ],
};
