import type { EditorialNote } from '../schemas/note.ts';

/** Anchor of an entry's n-th editorial note (counting from 0). */
export const noteAnchor = (index: number) => `note-${index + 1}`;

/**
 * The editorial notes about a field or anything inside it ("money[0]" covers "money[0].amount"),
 * with their anchors, so a doubtful figure can point at the doubt next to where it is shown.
 */
export function notesOn(notes: readonly EditorialNote[], field: string): { note: EditorialNote; anchor: string }[] {
  return notes.flatMap((note, index) =>
    note.field && (note.field === field || note.field.startsWith(`${field}.`) || note.field.startsWith(`${field}[`))
      ? [{ note, anchor: noteAnchor(index) }]
      : [],
  );
}
