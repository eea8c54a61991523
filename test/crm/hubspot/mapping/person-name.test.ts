import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { joinName, splitName } from '../../../../src/crm/hubspot/mapping/person-name.js';

describe('contact names', () => {
  it('keeps titles and middle names in the first name, the last word (with its particles) as last name', () => {
    expect(splitName('Dr. Michael Schreiber')).toEqual({ firstname: 'Dr. Michael', lastname: 'Schreiber' });
    expect(splitName('Prof. Dr. Hans Müller-Lüdenscheidt')).toEqual({
      firstname: 'Prof. Dr. Hans',
      lastname: 'Müller-Lüdenscheidt',
    });
    // the same rule as on Salesforce: particles belong to the last name
    expect(splitName('Anna von Berg')).toEqual({ firstname: 'Anna', lastname: 'von Berg' });
    expect(splitName('Jan van der Meer')).toEqual({ firstname: 'Jan', lastname: 'van der Meer' });
    expect(splitName('Müller')).toEqual({ firstname: '', lastname: 'Müller' });
    expect(splitName('  Anna \t Berg ')).toEqual({ firstname: 'Anna', lastname: 'Berg' });
  });

  it('joins the parts back, skipping empty ones', () => {
    expect(joinName('Dr. Michael', 'Schreiber')).toBe('Dr. Michael Schreiber');
    expect(joinName(undefined, 'Müller')).toBe('Müller');
    expect(joinName(' Anna ', '')).toBe('Anna');
    expect(joinName('', undefined)).toBeUndefined();
  });

  it('gives every name back, whitespace runs as one space', () => {
    const name = fc
      .array(fc.stringMatching(/^[^\s]{1,12}$/), { minLength: 1, maxLength: 5 })
      .chain((words) => fc.constantFrom(' ', '  ', '\t').map((gap) => words.join(gap)));
    fc.assert(
      fc.property(name, (n) => {
        const { firstname, lastname } = splitName(n);
        expect(joinName(firstname, lastname)).toBe(n.split(/\s+/).join(' '));
      }),
    );
  });
});
