import { type ImportKindName, importFields } from './fields';
import { vcardHeader } from './vcard';

/**
 * The exports of the time trackers people already use, recognised by their header row, and how their
 * columns map onto a kind's fields. A field maps to one column, or to several joined with a space
 * (Harvest's First Name + Last Name). A preset may list several candidates for a field; the first whose
 * columns are all in the file wins (Tempo's worklog id is spelled differently across its versions).
 */
export type ImportPreset = {
  id: string;
  kind: ImportKindName;
  name: string;
  /** Headers that all appear in this export and together tell it apart from others. */
  signature: readonly string[];
  candidates: Readonly<Record<string, readonly (readonly string[])[]>>;
  /** Prefix of the external id, so ids of two systems never collide ('tempo:48213'). */
  externalIdPrefix?: string;
};

/** Field → the columns (as headed in the file) whose values, joined by a space, give the field. */
export type ImportMapping = Record<string, string[]>;

export const genericPresetId = 'generic';

export const importPresets: readonly ImportPreset[] = [
  {
    id: 'tempo',
    kind: 'time_entries',
    name: 'Jira Tempo worklogs',
    signature: ['Issue Key', 'Hours', 'Work date'],
    candidates: {
      person: [['Full name'], ['Username']],
      account: [['Account Name'], ['Account Key'], ['Account Customer']],
      date: [['Work date']],
      hours: [['Hours']],
      note: [['Issue Key', 'Work Description'], ['Work Description']],
      externalId: [['Worklog Id'], ['Tempo Worklog ID'], ['Jira Worklog Id']],
    },
    externalIdPrefix: 'tempo',
  },
  {
    id: 'harvest',
    kind: 'time_entries',
    name: 'Harvest time report',
    signature: ['Date', 'Client', 'Project', 'Hours', 'First Name', 'Last Name'],
    candidates: {
      person: [['First Name', 'Last Name']],
      account: [['Client']],
      date: [['Date']],
      hours: [['Hours']],
      note: [['Notes'], ['Task']],
    },
  },
  {
    id: 'toggl',
    kind: 'time_entries',
    name: 'Toggl Track detailed report',
    signature: ['Email', 'Start date', 'Duration'],
    candidates: {
      person: [['Email'], ['User']],
      account: [['Client']],
      date: [['Start date']],
      hours: [['Duration']],
      note: [['Description']],
      externalId: [['ID'], ['Time Entry ID']],
    },
    externalIdPrefix: 'toggl',
  },
  {
    // Not an export with a header of its own: a .vcf is read into these columns (see vcard.ts).
    id: 'vcard',
    kind: 'contacts',
    name: 'vCard (.vcf)',
    signature: [...vcardHeader],
    candidates: {
      name: [['Full name']],
      title: [['Title']],
      businessUnit: [['Business unit']],
      email: [['Email']],
      phone: [['Phone']],
      notes: [['Note']],
      vcardProblem: [['vCard problem']],
    },
  },
];

/** Header text compared the way people read it: no BOM, quotes or extra spaces, any letter case. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function presetsOf(kind: ImportKindName): ImportPreset[] {
  return importPresets.filter((p) => p.kind === kind);
}

export function findPreset(kind: ImportKindName, id: string): ImportPreset | undefined {
  return presetsOf(kind).find((p) => p.id === id);
}

/** The preset whose signature the header carries (the most specific when several do), else null. */
export function detectPreset(kind: ImportKindName, header: readonly string[]): ImportPreset | null {
  const present = new Set(header.map(normalizeHeader));
  let best: ImportPreset | null = null;
  for (const p of presetsOf(kind)) {
    if (!p.signature.every((h) => present.has(normalizeHeader(h)))) continue;
    if (!best || p.signature.length > best.signature.length) best = p;
  }
  return best;
}

/**
 * The mapping to propose for a file: the preset's candidates, or (generic) each field's usual headers.
 * A column is given to one field only, in the order the kind lists its fields. Returns the file's own
 * header spelling.
 */
export function suggestMapping(
  kind: ImportKindName,
  header: readonly string[],
  preset: ImportPreset | null,
): ImportMapping {
  const byName = new Map<string, string>();
  for (const h of header) if (!byName.has(normalizeHeader(h))) byName.set(normalizeHeader(h), h);
  const used = new Set<string>();
  const mapping: ImportMapping = {};
  for (const f of importFields[kind]) {
    const candidates = preset ? (preset.candidates[f.name] ?? []) : f.synonyms.map((s) => [s]);
    for (const columns of candidates) {
      const found = columns.map((c) => byName.get(normalizeHeader(c)));
      if (found.some((c) => c === undefined || used.has(c))) continue;
      mapping[f.name] = found as string[];
      for (const c of found) used.add(c!);
      break;
    }
  }
  return mapping;
}

export type MappingProblem = { field: string; reason: string };

/**
 * Checks a mapping against the file's header and the kind's fields: every required field mapped, every
 * column named present, no unknown field. Returns the column indexes per field, or the problems.
 */
export function resolveMapping(
  kind: ImportKindName,
  header: readonly string[],
  mapping: ImportMapping,
): { ok: true; columns: Record<string, number[]> } | { ok: false; problems: MappingProblem[] } {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(normalizeHeader(h))) index.set(normalizeHeader(h), i);
  });
  const fields = importFields[kind];
  const problems: MappingProblem[] = [];
  const columns: Record<string, number[]> = {};
  for (const name of Object.keys(mapping)) {
    if (!fields.some((f) => f.name === name))
      problems.push({ field: name, reason: `No field '${name}' in this import` });
  }
  for (const f of fields) {
    const wanted = (mapping[f.name] ?? []).filter((c) => c.trim() !== '');
    if (wanted.length === 0) {
      if (f.required)
        problems.push({ field: f.name, reason: `Choose the column that holds ${f.label.toLowerCase()}` });
      continue;
    }
    const found = wanted.map((c) => index.get(normalizeHeader(c)));
    const missing = wanted.filter((_, i) => found[i] === undefined);
    if (missing.length > 0) problems.push({ field: f.name, reason: `No column '${missing[0]}' in the file` });
    else columns[f.name] = found as number[];
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns };
}

/** The field values of one row: each field's columns joined with a space, trimmed. */
export function pickFields(
  cells: readonly string[],
  columns: Record<string, number[]>,
): Record<string, string> {
  return fieldPicker(columns)(cells);
}

/** pickFields for one mapping, set up once: an import picks the fields of a million rows. */
export function fieldPicker(
  columns: Record<string, number[]>,
): (cells: readonly string[]) => Record<string, string> {
  const fields = Object.entries(columns);
  return (cells) => {
    const out: Record<string, string> = {};
    for (const [name, idx] of fields) {
      out[name] =
        idx.length === 1
          ? (cells[idx[0]!] ?? '').trim()
          : idx
              .map((i) => (cells[i] ?? '').trim())
              .filter((v) => v !== '')
              .join(' ');
    }
    return out;
  };
}
