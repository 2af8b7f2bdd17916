import { describe, expect, it } from 'vitest';
import { joinFooter, rejectionReason, splitFooter } from './emailText';

describe('emailText', () => {
  it('splits the body at the last "-- " line and joins it back unchanged', () => {
    const body = 'Hi,\n\nText -- with dashes\n\n-- \nFooter line\nUnsubscribe: https://x';
    const { main, footer } = splitFooter(body);
    expect(main).toBe('Hi,\n\nText -- with dashes\n');
    expect(footer).toBe('\n-- \nFooter line\nUnsubscribe: https://x');
    expect(joinFooter(main, footer)).toBe(body);
    expect(joinFooter('New text', footer).endsWith(footer)).toBe(true);
  });

  it('keeps a body without footer whole', () => {
    expect(splitFooter('Just text')).toEqual({ main: 'Just text', footer: '' });
    expect(joinFooter('Just text', '')).toBe('Just text');
  });

  it('makes the reason from the choice and the words', () => {
    expect(rejectionReason('Tone or wording is off', ' too pushy ')).toBe('Tone or wording is off: too pushy');
    expect(rejectionReason('Tone or wording is off', '')).toBe('Tone or wording is off');
    expect(rejectionReason('Other', 'Competitor')).toBe('Competitor');
    expect(rejectionReason('', '')).toBe('');
  });
});
