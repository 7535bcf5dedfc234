/** A field that holds a value which its own editorial note says the source does not give. */
export type GuessProblem = { path: PropertyKey[]; message: string };

// Fields that take "not stated" as a value: a note saying the source does not give one of them
// means the field must say so too, rather than carry the editors' nearest guess.
const STATABLE =
  /^(status|announced|focus|home|published|money\[\d+\]\.(kind|amount)|document\.(number|issued|inForce|expires))$/;
/** "is unknown", "not stated", or "does not give its date" / "names no focus area" of the field's own subject. */
const SAYS_UNKNOWN = /\bis unknown\b|\bnot stated\b/i;
const subjectOf = (field: string) =>
  ({
    status: 'status',
    announced: '(?:date|day|year)',
    published: '(?:date|day|year)',
    focus: 'focus',
    home: '(?:home|headquarters|base)',
  })[field] ??
  (/kind$/.test(field)
    ? 'kind'
    : /amount$/.test(field)
      ? '(?:amount|figure)'
      : /number$/.test(field)
        ? 'number'
        : '(?:date|day|year)');
const saysNotGiven = (field: string, text: string) =>
  SAYS_UNKNOWN.test(text) ||
  new RegExp(
    `\\b(?:(?:names|gives|states) no |(?:does|do|did) not (?:say|state|give|name) (?:its |the |a |an )?)${subjectOf(field)}`,
    'i',
  ).test(text);

const parsePath = (field: string): PropertyKey[] =>
  [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] as string)));

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = value;
  for (const key of path)
    at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/**
 * Finds notes that say the source does not give a field while the field holds a value: the
 * pattern of a guess that its own note undoes. A date the note explains as inferred is no guess.
 */
export function guessesAgainstNotes(value: Record<string, unknown>): GuessProblem[] {
  const notes = Array.isArray(value['notes']) ? (value['notes'] as { field?: string; text: string }[]) : [];
  const problems: GuessProblem[] = [];
  for (const [index, note] of notes.entries()) {
    if (!note.field || !STATABLE.test(note.field) || !saysNotGiven(note.field, note.text)) continue;
    const path = parsePath(note.field);
    const held = valueAt(value, path);
    if (held === undefined || held === 'not stated' || held === 'not disclosed') continue;
    if (held !== null && typeof held === 'object' && 'inferred' in held) continue;
    problems.push({
      path,
      message: `notes[${index}] says the source does not give ${note.field}, but the field holds ${JSON.stringify(held)}. Fix: write "not stated" (or "not disclosed") and keep the note.`,
    });
  }
  return problems;
}
