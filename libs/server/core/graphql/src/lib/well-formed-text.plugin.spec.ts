import { malformedTextPath } from './well-formed-text.plugin';

describe('malformedTextPath', () => {
  it('finds an unpaired surrogate anywhere in the variables, with its path', () => {
    expect(malformedTextPath({ input: { text: 'ok', tags: ['a', '\ud800'] } })).toBe(
      'input.tags[1]',
    );
    expect(malformedTextPath({ input: { note: 'x\udc00y' } })).toBe('input.note');
    expect(malformedTextPath({ input: { note: 'end\ud83d' } })).toBe('input.note');
  });

  it('accepts well-formed text, including characters outside the BMP and other values', () => {
    expect(
      malformedTextPath({ input: { text: 'Fietsstraat 🚲 é', n: 3, ok: true, none: null } }),
    ).toBeNull();
  });
});
