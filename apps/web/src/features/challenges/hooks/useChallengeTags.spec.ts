import { describe, expect, it } from 'vitest';
import { tagOptions } from './useChallengeTags';

describe('tagOptions', () => {
  const format = (n: number) => n.toLocaleString('nl-NL');

  it('offers the counted tags in the order the API gives, with their counts', () => {
    expect(
      tagOptions(
        [
          { tag: 'afval', count: 1200 },
          { tag: 'techniek', count: 3 },
        ],
        null,
        format,
      ),
    ).toEqual([
      { value: 'afval', label: 'afval (1.200)' },
      { value: 'techniek', label: 'techniek (3)' },
    ]);
  });

  it('keeps a chosen tag that is not (or no longer) among them, without a count', () => {
    expect(tagOptions([{ tag: 'afval', count: 2 }], 'route', format)).toEqual([
      { value: 'afval', label: 'afval (2)' },
      { value: 'route', label: 'route' },
    ]);
    expect(tagOptions([{ tag: 'afval', count: 2 }], 'afval', format)).toHaveLength(1);
  });
});
