import { describe, expect, it } from 'vitest';
import {
  checkCriteria,
  defaultCriteria,
  draftsFrom,
  moveCriterion,
  parseWeight,
  toCriterionInputs,
  weightShares,
  type CriterionDraft,
} from './criteria';

const draft = (nameNl: string, weight: string, extra: Partial<CriterionDraft> = {}) => ({
  key: nameNl || `k-${weight}`,
  id: null,
  nameNl,
  nameEn: nameNl ? `${nameNl} (en)` : '',
  weight,
  ...extra,
});

describe('criteria', () => {
  it('prefill the five standard criteria with equal weights that pass the check', () => {
    const drafts = defaultCriteria();
    expect(drafts.map((d) => d.nameNl)).toEqual([
      'Impact op de dienstverlening',
      'Impact op de kwaliteit van werk',
      'Haalbaarheid',
      'Kosten',
      'Draagvlak onder collega’s',
    ]);
    expect(new Set(drafts.map((d) => d.key)).size).toBe(5);
    expect(checkCriteria(drafts).ok).toBe(true);
    expect(weightShares(drafts)).toEqual([20, 20, 20, 20, 20]);
  });

  it('accept whole points from 1 to 100 only', () => {
    expect(parseWeight(' 40 ')).toBe(40);
    expect(parseWeight('2.5')).toBeNull();
    expect(parseWeight('-3')).toBeNull();
    expect(parseWeight('abc')).toBeNull();
    const check = checkCriteria([
      draft('A', '0'),
      draft('B', '101'),
      draft('C', '2,5'),
      draft('D', ''),
      draft('E', '100'),
    ]);
    expect(check.ok).toBe(false);
    expect(check.fields['A']?.weight).toBe('WEIGHT_RANGE');
    expect(check.fields['B']?.weight).toBe('WEIGHT_RANGE');
    expect(check.fields['C']?.weight).toBe('WEIGHT_NOT_WHOLE');
    expect(check.fields['D']?.weight).toBe('REQUIRED');
    expect(check.fields['E']).toBeUndefined();
  });

  it('need both names, unique Dutch names (case-insensitive) and 1 to 10 criteria', () => {
    const check = checkCriteria([
      draft('Kosten', '10'),
      draft(' kosten ', '10', { key: 'dup' }),
      draft('', '10', { key: 'empty' }),
    ]);
    expect(check.fields['Kosten']?.nameNl).toBe('DUPLICATE_NAME');
    expect(check.fields['dup']?.nameNl).toBe('DUPLICATE_NAME');
    expect(check.fields['empty']).toEqual({ nameNl: 'REQUIRED', nameEn: 'REQUIRED' });
    expect(checkCriteria([]).list).toBe('NONE');
    const eleven = Array.from({ length: 11 }, (_, i) => draft(`C${i}`, '5'));
    expect(checkCriteria(eleven).list).toBe('TOO_MANY');
    expect(checkCriteria(eleven.slice(0, 10)).ok).toBe(true);
    expect(checkCriteria([draft('x'.repeat(201), '5')]).fields['x'.repeat(201)]?.nameNl).toBe(
      'TOO_LONG',
    );
  });

  it('show shares of the total that add up to 100, skipping invalid weights', () => {
    expect(weightShares([draft('A', '1'), draft('B', '1'), draft('C', '1')])).toEqual([34, 33, 33]);
    expect(weightShares([draft('A', '30'), draft('B', '10'), draft('C', 'x')])).toEqual([
      75,
      25,
      null,
    ]);
    expect(weightShares([draft('A', '')])).toEqual([null]);
    const shares = weightShares([draft('A', '7'), draft('B', '13'), draft('C', '29')]);
    expect(shares.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(100);
  });

  it('send existing ids along, trimmed names and numeric weights, in the chosen order', () => {
    const drafts = draftsFrom([
      { id: 'b', nameNl: 'B', nameEn: 'B', weight: 10, position: 2 },
      { id: 'a', nameNl: ' A ', nameEn: 'A ', weight: 30, position: 1 },
    ]);
    expect(drafts.map((d) => d.id)).toEqual(['a', 'b']);
    const moved = moveCriterion([...drafts, draft('New', '5')], 2, -1);
    expect(toCriterionInputs(moved)).toEqual([
      { id: 'a', nameNl: 'A', nameEn: 'A', weight: 30 },
      { nameNl: 'New', nameEn: 'New (en)', weight: 5 },
      { id: 'b', nameNl: 'B', nameEn: 'B', weight: 10 },
    ]);
    expect(moveCriterion(drafts, 0, -1).map((d) => d.id)).toEqual(['a', 'b']);
  });
});
