import type {
  FeedbackBoardFilter,
  FeedbackInboxFilter,
  FeedbackStatus,
  SimPhase,
} from '../../gql/graphql';
import { isFeedbackStatus } from './feedback-status';

export const SIM_PHASES: readonly SimPhase[] = [
  'PREPARE',
  'GENERATE',
  'SELECT',
  'TEST',
  'IMPLEMENT_AND_EVALUATE',
];

function isPhase(value: string | null): value is SimPhase {
  return !!value && (SIM_PHASES as readonly string[]).includes(value);
}

/** The inbox filters as the page holds them (and the URL shows them, in Dutch). */
export interface InboxFilterState {
  trajectoryId: string;
  status: FeedbackStatus | '';
  phase: SimPhase | '';
  overdueOnly: boolean;
  unansweredOnly: boolean;
}

const PARAMS = {
  trajectoryId: 'traject',
  status: 'status',
  phase: 'fase',
  overdueOnly: 'telaat',
  unansweredOnly: 'onbeantwoord',
} as const;

/** Reads the filters from the address; anything unknown is ignored. */
export function inboxFilterFromParams(params: URLSearchParams): InboxFilterState {
  const status = params.get(PARAMS.status);
  const phase = params.get(PARAMS.phase);
  return {
    trajectoryId: params.get(PARAMS.trajectoryId)?.trim() ?? '',
    status: isFeedbackStatus(status) ? status : '',
    phase: isPhase(phase) ? phase : '',
    overdueOnly: params.get(PARAMS.overdueOnly) === '1',
    unansweredOnly: params.get(PARAMS.unansweredOnly) === '1',
  };
}

/** The address for the filters: only what is set, so a plain inbox has a plain URL. */
export function inboxFilterToParams(filter: InboxFilterState): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.trajectoryId) out[PARAMS.trajectoryId] = filter.trajectoryId;
  if (filter.status) out[PARAMS.status] = filter.status;
  if (filter.phase) out[PARAMS.phase] = filter.phase;
  if (filter.overdueOnly) out[PARAMS.overdueOnly] = '1';
  if (filter.unansweredOnly) out[PARAMS.unansweredOnly] = '1';
  return out;
}

/** The GraphQL filter: unset values are left out (null means "no filter" to the API too). */
export function inboxFilterVariables(filter: InboxFilterState): FeedbackInboxFilter {
  return {
    trajectoryId: filter.trajectoryId || null,
    statuses: filter.status ? [filter.status] : null,
    phase: filter.phase || null,
    overdueOnly: filter.overdueOnly || null,
    unansweredOnly: filter.unansweredOnly || null,
  };
}

export interface BoardFilterState {
  status: FeedbackStatus | '';
  phase: SimPhase | '';
  search: string;
}

export function boardFilterFromParams(params: URLSearchParams): BoardFilterState {
  const status = params.get('status');
  const phase = params.get('fase');
  return {
    status: isFeedbackStatus(status) ? status : '',
    phase: isPhase(phase) ? phase : '',
    search: params.get('zoek')?.trim() ?? '',
  };
}

export function boardFilterToParams(filter: BoardFilterState): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.status) out['status'] = filter.status;
  if (filter.phase) out['fase'] = filter.phase;
  if (filter.search.trim()) out['zoek'] = filter.search.trim();
  return out;
}

export function boardFilterVariables(filter: BoardFilterState): FeedbackBoardFilter {
  return {
    statuses: filter.status ? [filter.status] : null,
    phase: filter.phase || null,
    search: filter.search.trim() || null,
  };
}
