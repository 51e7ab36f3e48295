/**
 * vCard 3.0/4.0 (RFC 2426 / RFC 6350) read as contact rows, pure: the text of a .vcf in, one row per
 * card out, each with the line its BEGIN:VCARD is on (so errors point at the card). Only what a contact
 * of Vested holds is read: FN (else N), TITLE, ORG's unit (ORG:company;unit → business unit; the
 * company is the account chosen for the import), the first EMAIL and TEL, NOTE. Folded lines (a line
 * starting with a space or tab continues the previous one) are unfolded; escaped \n \, \; are
 * unescaped. Quoted-printable (vCard 2.1) is not decoded: such a card carries a problem instead.
 */
export type VcardRow = {
  line: number;
  name: string;
  title: string;
  businessUnit: string;
  email: string;
  phone: string;
  notes: string;
  /** Why this card cannot be imported as it is; '' when it can. */
  problem: string;
};

/** The table a .vcf becomes: these headers, in this order (the 'vcard' import preset maps them). */
export const vcardHeader = [
  'Full name',
  'Title',
  'Business unit',
  'Email',
  'Phone',
  'Note',
  'vCard problem',
] as const;

export const vcardCells = (r: VcardRow): string[] => [
  r.name,
  r.title,
  r.businessUnit,
  r.email,
  r.phone,
  r.notes,
  r.problem,
];

/** True when the text opens like a vCard file (a BOM and blank lines allowed before it). */
export function looksLikeVcard(text: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCARD\s*$/im.test(text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '');
}

type Prop = { name: string; params: string[]; value: string };

/** Splits on `sep` where it is not escaped with a backslash. */
function splitUnescaped(text: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      cur += ch + text[i + 1];
      i++;
    } else if (ch === sep) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

const unescaped = (v: string) =>
  v.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).trim();

function parseProp(line: string): Prop | null {
  // NAME;PARAM=X;PARAM2="a:b":value — the first colon outside quotes ends the name and parameters.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [rawName = '', ...params] = line.slice(0, colon).split(';');
  // A group prefix (item1.EMAIL) is dropped.
  const name = rawName.replace(/^.*\./, '').toUpperCase();
  return { name, params: params.map((p) => p.toUpperCase()), value: line.slice(colon + 1) };
}

/** TYPE=PREF (3.0) or PREF=1 (4.0) marks the value to use first. */
const isPreferred = (p: Prop) => p.params.some((x) => x === 'PREF=1' || /(^|[=,])PREF(,|$)/.test(x));

/** The problem of a last card the file ends inside (a preview of a file's start drops it). */
export const vcardCutOff = 'The file ends before this card’s END:VCARD';

export function readVcards(text: string): VcardRow[] {
  // Unfold first, remembering where each logical line began.
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const logical: { line: number; text: string }[] = [];
  physical.forEach((l, i) => {
    if ((l.startsWith(' ') || l.startsWith('\t')) && logical.length > 0)
      logical[logical.length - 1]!.text += l.slice(1);
    else logical.push({ line: i + 1, text: l });
  });

  const rows: VcardRow[] = [];
  let card: { line: number; props: Prop[]; problem: string } | null = null;
  const finish = (c: NonNullable<typeof card>) => {
    const get = (n: string) => c.props.filter((p) => p.name === n);
    const first = (n: string) => {
      const all = get(n);
      return all.find(isPreferred) ?? all[0];
    };
    const fn = unescaped(first('FN')?.value ?? '');
    const n = first('N');
    // N is family;given;additional;prefixes;suffixes.
    const fromN = n
      ? (() => {
          const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitUnescaped(
            n.value,
            ';',
          ).map(unescaped);
          return [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
        })()
      : '';
    const org = first('ORG');
    const orgParts = org ? splitUnescaped(org.value, ';').map(unescaped) : [];
    let problem = c.problem;
    if (!problem && c.props.some((p) => p.params.some((x) => x.includes('QUOTED-PRINTABLE'))))
      problem = 'Quoted-printable vCards (version 2.1) are not supported: export as vCard 3.0 or 4.0';
    rows.push({
      line: c.line,
      name: fn || fromN,
      title: unescaped(first('TITLE')?.value ?? ''),
      businessUnit: orgParts.slice(1).filter(Boolean).join(' / '),
      email: unescaped(first('EMAIL')?.value ?? '').replace(/^mailto:/i, ''),
      phone: unescaped(first('TEL')?.value ?? '').replace(/^tel:/i, ''),
      notes: unescaped(first('NOTE')?.value ?? ''),
      problem,
    });
  };

  for (const { line, text: l } of logical) {
    if (l.trim() === '') continue;
    const prop = parseProp(l.trim());
    if (prop?.name === 'BEGIN' && prop.value.trim().toUpperCase() === 'VCARD') {
      if (card) {
        card.problem ||= 'This card has no END:VCARD before the next card';
        finish(card);
      }
      card = { line, props: [], problem: '' };
    } else if (prop?.name === 'END' && prop.value.trim().toUpperCase() === 'VCARD') {
      if (card) finish(card);
      card = null;
    } else if (card) {
      if (prop) card.props.push(prop);
    }
  }
  if (card) {
    card.problem ||= vcardCutOff;
    finish(card);
  }
  return rows;
}
