// Writes the frontmatter JSON Schemas that give editors hints, and the settings that map each
// collection's folder to its schema (see src/lib/editor-schemas.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { editorSchemaFiles, editorSettings } from '../src/lib/editor-schemas.ts';

const settings = '.vscode/settings.json';
const current = existsSync(settings) ? (JSON.parse(readFileSync(settings, 'utf8')) as Record<string, unknown>) : {};
for (const [path, text] of [...editorSchemaFiles(), [settings, editorSettings(current)] as const]) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`Wrote ${path}\n`);
}
