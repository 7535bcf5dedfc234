import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { editorSchemaFiles, editorSchemaPath, editorSettings } from '../../src/lib/editor-schemas.ts';
import { collectionNames } from '../../src/registry.ts';
import { root } from '../helpers/paths.ts';

const committed = (path: string) => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
};

test('the committed frontmatter schemas match the zod schemas', () => {
  for (const [path, text] of editorSchemaFiles()) {
    assert.ok(committed(path) === text, `${path} is missing or stale. Fix: run npm run schemas and commit the result.`);
  }
});

test('the editor settings map each collection folder to its schema', () => {
  const text = readFileSync(join(root, '.vscode', 'settings.json'), 'utf8');
  const settings = JSON.parse(text) as { 'yaml.schemas': Record<string, string[]> };
  for (const collection of collectionNames) {
    assert.deepEqual(settings['yaml.schemas'][`./${editorSchemaPath(collection)}`], [
      `content/${collection}/*.md`,
      `content/${collection}/*.mdx`,
    ]);
  }
  assert.equal(text, editorSettings(settings), 'Fix: run npm run schemas and commit the result.');
});
