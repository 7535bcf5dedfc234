import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, dist } from '../helpers/paths.ts';

test('every built page is valid HTML (html-validate, recommended preset)', async () => {
  // The loader finds .htmlvalidate.mjs above dist/: the rules the project turns off, and why, are there.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = builtPages();
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`dist/${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  console.log(`html-validate: ${pages.length} pages checked, ${problems.length} problems`);
  assert.deepEqual(problems, []);
});
