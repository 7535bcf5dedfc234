/** One thing wrong with the content, located as precisely as the input allows. */
export type Problem = {
  /** error: the build stops; warning: it is reported and the build goes on. */
  severity: 'error' | 'warning';
  /** Path of the file, relative to the project root. */
  file: string;
  /** Line in the file, counting from 1, when known. */
  line?: number;
  /** The field, as a path such as "money[0].currency"; "(body)" for the entry's text, "(file)" for the whole file. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
};

/** Writes a field path the way an author reads it: money[0].currency. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(frontmatter)';
}

/** One line per problem, errors first, then a count: the text the build prints and throws. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map(
    (p) => `${p.severity === 'error' ? '✗' : '!'} ${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`,
  );
  lines.push(
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in the content.`,
  );
  return lines.join('\n');
}
