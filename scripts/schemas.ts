// Writes the frontmatter JSON Schemas that give editors hints (see src/lib/editor-schemas.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { editorSchemaFiles } from '../src/lib/editor-schemas.ts';

for (const [path, text] of editorSchemaFiles()) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`Wrote ${path}\n`);
}
