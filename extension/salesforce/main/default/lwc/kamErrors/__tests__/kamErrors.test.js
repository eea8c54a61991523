import { errorMessages, errorText, toastError } from 'c/kamErrors';

describe('c-kam-errors', () => {
  it('reads the messages of LDS, Apex-style, GraphQL and JavaScript errors', () => {
    expect(errorMessages({ body: { message: 'Insufficient access' } })).toEqual(['Insufficient access']);
    expect(
      errorMessages({
        body: { output: { errors: [{ message: 'A' }], fieldErrors: { Name: [{ message: 'B' }] } } },
      }),
    ).toEqual(['A', 'B']);
    expect(errorMessages([{ body: [{ message: 'x' }, { message: 'y' }] }, new Error('z')])).toEqual([
      'x',
      'y',
      'z',
    ]);
    expect(errorText({ body: { pageErrors: [{ message: 'p' }] } })).toBe('p');
  });

  it('names an error it cannot read with the unknown-error label', () => {
    expect(errorMessages({})).toEqual(['c.KAM_Error_Unknown']);
  });

  it('toasts the message as an error', () => {
    const host = document.createElement('div');
    const seen = [];
    host.addEventListener('lightning__showtoast', (e) => seen.push(e.detail));
    toastError(host, new Error('kaputt'));
    expect(seen).toEqual([{ title: 'c.KAM_Error_Title', message: 'kaputt', variant: 'error' }]);
  });
});
