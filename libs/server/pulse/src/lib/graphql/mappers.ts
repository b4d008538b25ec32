import { SimPhase } from '@inspraak/contracts';
import { PulseRoundEntity } from '../entities/pulse.entities';
import { PulseRoundState } from '../repositories/round.repository';
import { SurveyRecord } from '../repositories/survey.repository';
import { PulseDimension, PulseQuestion, Text } from '../templates/questions';
import {
  PulseDimensionObject,
  PulsePromiseObject,
  PulseQuestionObject,
  PulseRoundObject,
} from './objects';

/** The privacy page's pulse section (the web app renders docs/pulse.md's privacy text there). */
export const PRIVACY_PATH = '/privacy#pulsmetingen';

/** The promise shown with the questions: what is stored, what is shown, in plain words. */
export function promiseText(k: number, kComments: number): Text {
  return {
    nl:
      'Je antwoorden zijn anoniem. We bewaren ze zonder je naam, je account of het tijdstip, ' +
      'en niemand — ook je leidinggevende of een beheerder niet — kan zien wat jij hebt geantwoord. ' +
      `Uitkomsten van een groep tonen we alleen als minstens ${k} mensen uit die groep meededen, ` +
      `opmerkingen pas vanaf ${kComments}, in willekeurige volgorde en zonder datum. ` +
      'We bewaren wel dát je meedeed, zodat je geen herinnering meer krijgt.',
    en:
      'Your answers are anonymous. We store them without your name, your account or the time, ' +
      'and nobody — your manager or an administrator included — can see what you answered. ' +
      `We show a group’s results only when at least ${k} people in it took part, comments only ` +
      `from ${kComments}, in random order and without dates. ` +
      'We do store that you took part, so you get no more reminders.',
  };
}

export const toQuestion = (q: PulseQuestion): PulseQuestionObject => ({
  key: q.key,
  type: q.type,
  dimension: q.dimension,
  text: q.text,
  lowLabel: q.lowLabel,
  highLabel: q.highLabel,
  options: q.options.map((o) => ({ key: o.key, label: o.label, favourable: o.favourable })),
  required: q.required,
  enps: q.enps,
});

export const toDimension = (d: PulseDimension): PulseDimensionObject => ({
  key: d.key,
  name: d.name,
});

export function toPromise(k: number, kComments: number): PulsePromiseObject {
  return { text: promiseText(k, kComments), k, kComments, privacyPath: PRIVACY_PATH };
}

export interface RoundExtras {
  asked: boolean;
  viewerId: string;
  effective: { k: number; kComments: number };
}

export function toRound(
  round: PulseRoundEntity,
  survey: SurveyRecord,
  extras: RoundExtras,
): PulseRoundObject {
  const k = round.k ?? extras.effective.k;
  const kComments = round.kComments ?? extras.effective.kComments;
  return {
    id: round.id,
    surveyId: round.surveyId,
    surveyTitle: survey.title,
    surveyDescription: survey.description,
    number: round.number,
    state: round.state as PulseRoundState,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    closedAt: round.closedAt,
    phase: (round.phase as SimPhase | null) ?? null,
    questions: (round.questions ?? survey.questions).map(toQuestion),
    dimensions: (round.dimensions ?? survey.dimensions).map(toDimension),
    promise: toPromise(k, kComments),
    audienceSize: round.audienceSize,
    resultsAvailable: round.state === (PulseRoundState.CLOSED as string),
    k,
    openForAnswers: round.state === (PulseRoundState.OPEN as string) && round.closesAt > new Date(),
    asked: extras.asked,
    viewerId: extras.viewerId,
  };
}
