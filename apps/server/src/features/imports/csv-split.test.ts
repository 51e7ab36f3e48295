import { describe, expect, it } from 'vitest';
import { CsvSplitter } from './csv-split';

/** Feeds `text` in chunks of `size` characters, as a stream would, and collects the records. */
function split(text: string, size: number, delimiter = ',') {
  const s = new CsvSplitter(delimiter);
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  out.push(...s.push('', true));
  return out;
}

const sample =
  '\uFEFFName,Note,Hours\r\n' +
  'Ada,"Set up CI, fixed ""the"" build",2.5\r\n' +
  'Bob,"two\nlines",1\n' +
  '\n' +
  'Cy,5" screen,3';

describe('CSV records with the line each starts on', () => {
  it.each([1, 2, 3, 7, 1000])('reads the same records whatever the chunk size (%i)', (size) => {
    expect(split(sample, size)).toEqual([
      { line: 1, cells: ['Name', 'Note', 'Hours'] },
      { line: 2, cells: ['Ada', 'Set up CI, fixed "the" build', '2.5'] },
      { line: 3, cells: ['Bob', 'two\nlines', '1'] },
      { line: 5, cells: [''] },
      { line: 6, cells: ['Cy', '5" screen', '3'] },
    ]);
  });

  it('splits on the delimiter given, empty fields kept', () => {
    expect(split('a;;"b;c";\n', 4, ';')).toEqual([{ line: 1, cells: ['a', '', 'b;c', ''] }]);
  });

  it('keeps an unclosed quote at the end as the last field', () => {
    expect(split('a,"open', 3)).toEqual([{ line: 1, cells: ['a', 'open'] }]);
  });
});
