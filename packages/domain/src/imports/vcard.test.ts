import { describe, expect, it } from 'vitest';
import { looksLikeVcard, readVcards } from './vcard';

describe('readVcards', () => {
  it('reads two cards (3.0 and 4.0) with the line each begins on', () => {
    const text = [
      'BEGIN:VCARD', // line 1
      'VERSION:3.0',
      'N:Novak;Anna;;Dr.;',
      'FN:Anna Novak',
      'TITLE:Chief Information Officer',
      'ORG:Acme Corp;IT;Platforms',
      'EMAIL;TYPE=INTERNET:anna.novak@acme.example',
      'EMAIL;TYPE=INTERNET,PREF:anna@acme.example',
      'TEL;TYPE=WORK:+1 555 0100',
      'NOTE:Met at the summit\\, keen on cloud\\nSecond line',
      'END:VCARD',
      '', // line 12
      'BEGIN:VCARD', // line 13
      'VERSION:4.0',
      'N:Petrov;Ivan;;;',
      'ORG:Acme Corp',
      'TEL;VALUE=uri;PREF=1:tel:+1-555-0199',
      'END:VCARD',
    ].join('\r\n');
    expect(readVcards(text)).toEqual([
      {
        line: 1,
        name: 'Anna Novak',
        title: 'Chief Information Officer',
        businessUnit: 'IT / Platforms',
        email: 'anna@acme.example', // the preferred one, not the first
        phone: '+1 555 0100',
        notes: 'Met at the summit, keen on cloud\nSecond line',
        problem: '',
      },
      {
        line: 13,
        // No FN: given + family from N.
        name: 'Ivan Petrov',
        title: '',
        businessUnit: '', // ORG without a unit
        email: '',
        phone: '+1-555-0199',
        notes: '',
        problem: '',
      },
    ]);
  });

  it('unfolds continued lines', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nFN:Maria\n  Lopez\nNOTE:a long\n\tnote\nEND:VCARD\n';
    const [card] = readVcards(text);
    // A fold drops exactly one leading space or tab: "Maria" + " Lopez".
    expect(card?.name).toBe('Maria Lopez');
    expect(card?.notes).toBe('a longnote');
  });

  it('marks a quoted-printable card as not supported without failing the others', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN;ENCODING=QUOTED-PRINTABLE:=D0=90=D0=BD=D0=BD=D0=B0',
      'END:VCARD',
      'BEGIN:VCARD', // line 5
      'VERSION:3.0',
      'FN:Bob Stone',
      'END:VCARD',
    ].join('\n');
    const rows = readVcards(text);
    expect(rows.map((r) => [r.line, r.problem !== ''])).toEqual([
      [1, true],
      [5, false],
    ]);
    expect(rows[0]?.problem).toMatch(/not supported/);
  });

  it('reports a card cut off at the end of the file', () => {
    const rows = readVcards('BEGIN:VCARD\nFN:Half\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe('Half');
    expect(rows[0]?.problem).toMatch(/END:VCARD/);
  });

  it('tells a vCard from a CSV by its first non-blank line', () => {
    expect(looksLikeVcard('\uFEFF\r\nBEGIN:VCARD\r\nFN:x')).toBe(true);
    expect(looksLikeVcard('begin:vcard\nFN:x')).toBe(true);
    expect(looksLikeVcard('Name,Email\nBEGIN:VCARD,x')).toBe(false);
  });
});
