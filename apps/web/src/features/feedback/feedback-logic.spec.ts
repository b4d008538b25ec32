import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from './components/FeedbackLinks';
import { durationParts } from './components/FeedbackMetricsTable';
import { fillTemplate, nextStatuses, responseTextRequired, statusTone } from './feedback-status';
import {
  boardFilterFromParams,
  boardFilterToParams,
  boardFilterVariables,
  inboxFilterFromParams,
  inboxFilterToParams,
  inboxFilterVariables,
} from './inbox-filter';

describe('feedback workflow in the form', () => {
  it('offers only the statuses the workflow allows from the current one', () => {
    expect(nextStatuses('RECEIVED')).toEqual([
      'UNDER_CONSIDERATION',
      'PLANNED',
      'IN_PROGRESS',
      'DONE',
      'NOT_ADOPTED',
    ]);
    // Done may only be reopened; not adopted may not jump to done.
    expect(nextStatuses('DONE')).toEqual(['IN_PROGRESS', 'DONE']);
    expect(nextStatuses('NOT_ADOPTED')).toEqual([
      'UNDER_CONSIDERATION',
      'PLANNED',
      'IN_PROGRESS',
      'NOT_ADOPTED',
    ]);
    expect(nextStatuses('MERGED')).toEqual([]);
  });

  it('requires a text for the first answer, not adopted, stepping back and updates', () => {
    expect(responseTextRequired('RECEIVED', 'PLANNED', true)).toBe(true);
    expect(responseTextRequired('UNDER_CONSIDERATION', 'PLANNED', false)).toBe(false);
    expect(responseTextRequired('UNDER_CONSIDERATION', 'NOT_ADOPTED', false)).toBe(true);
    expect(responseTextRequired('PLANNED', 'UNDER_CONSIDERATION', false)).toBe(true);
    expect(responseTextRequired('PLANNED', 'PLANNED', false)).toBe(true);
    // An earlier status change without a text: the first public text is still required.
    expect(responseTextRequired('UNDER_CONSIDERATION', 'PLANNED', true)).toBe(true);
  });

  it('fills {titel} and {title} with the input title', () => {
    expect(fillTemplate('Dank voor ‘{titel}’. Over {title}: zie {titel}.', 'Fietsstraat')).toBe(
      'Dank voor ‘Fietsstraat’. Over Fietsstraat: zie Fietsstraat.',
    );
    expect(fillTemplate('{titels} blijft', 'X')).toBe('{titels} blijft');
  });

  it('gives each ending its own badge colour', () => {
    expect(statusTone('DONE')).toBe('success');
    expect(statusTone('NOT_ADOPTED')).toBe('warning');
    expect(statusTone('RECEIVED')).toBe('neutral');
    expect(statusTone('PLANNED')).toBeUndefined();
  });
});

describe('filters in the address', () => {
  it('round-trips the inbox filters and ignores unknown values', () => {
    const state = {
      trajectoryId: 't-1',
      status: 'PLANNED' as const,
      phase: 'GENERATE' as const,
      overdueOnly: true,
      unansweredOnly: false,
    };
    const params = new URLSearchParams(inboxFilterToParams(state));
    expect(params.toString()).toBe('traject=t-1&status=PLANNED&fase=GENERATE&telaat=1');
    expect(inboxFilterFromParams(params)).toEqual(state);
    expect(
      inboxFilterFromParams(new URLSearchParams('status=KAPOT&fase=X&telaat=ja&onbeantwoord=1')),
    ).toEqual({
      trajectoryId: '',
      status: '',
      phase: '',
      overdueOnly: false,
      unansweredOnly: true,
    });
  });

  it('sends null for filters that are not set', () => {
    expect(inboxFilterVariables(inboxFilterFromParams(new URLSearchParams()))).toEqual({
      trajectoryId: null,
      statuses: null,
      phase: null,
      overdueOnly: null,
      unansweredOnly: null,
    });
    expect(
      inboxFilterVariables(inboxFilterFromParams(new URLSearchParams('status=DONE&telaat=1'))),
    ).toMatchObject({ statuses: ['DONE'], overdueOnly: true });
  });

  it('round-trips the board filters with a trimmed search', () => {
    const params = new URLSearchParams(
      boardFilterToParams({ status: 'NOT_ADOPTED', phase: '', search: '  fiets ' }),
    );
    expect(params.toString()).toBe('status=NOT_ADOPTED&zoek=fiets');
    const state = boardFilterFromParams(params);
    expect(boardFilterVariables(state)).toEqual({
      statuses: ['NOT_ADOPTED'],
      phase: null,
      search: 'fiets',
    });
  });
});

describe('small formats', () => {
  it('shows a median in hours below two days and in days (one decimal) above', () => {
    expect(durationParts(5.4)).toEqual({ unit: 'hours', value: 5 });
    expect(durationParts(47.9)).toEqual({ unit: 'hours', value: 48 });
    expect(durationParts(84)).toEqual({ unit: 'days', value: 3.5 });
  });

  it('links only http(s) addresses externally', () => {
    expect(safeExternalUrl('https://intranet.example/nieuws')).toBe(
      'https://intranet.example/nieuws',
    );
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,x')).toBeNull();
    expect(safeExternalUrl('niet een adres')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });
});
