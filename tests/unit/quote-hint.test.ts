import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { contentFixture } from '../helpers/fixtures.ts';

/** The integrity message for a quote of the valid base content's lab, cited from a source with this body. */
function hintFor(language: string, body: string, quote: string): string {
  const dir = contentFixture('base');
  try {
    const frontmatter = [
      'title: Testquelle',
      'titleEn: Test source',
      'publisher: Daily News',
      'sourceType: news',
      'excerpt: false',
      `language: ${language}`,
      'published: { date: "2025-07-29", precision: day }',
      'archived: "2026-11-23"',
      `sha256: "${'0'.repeat(64)}"`,
      'raw: raw/daily-news.txt',
    ];
    writeFileSync(join(dir, 'content/sources/other-news.md'), `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
    const lab = [
      'name: { en: Testlab }',
      'kind: lab',
      'home: testburg',
      'knownFor:',
      '  - { text: Builds large models., cite: [c1] }',
      'citations:',
      '  c1:',
      '    source: other-news',
      `    quote: ${JSON.stringify(quote)}`,
      '    translation: A passage.',
    ];
    writeFileSync(join(dir, 'content/companies/testlab.md'), `---\n${lab.join('\n')}\n---\nA lab [@c1].\n`);
    const problems = checkContent(dir).filter((p) => p.file === 'content/companies/testlab.md');
    assert.equal(problems.length, 1, JSON.stringify(problems));
    return problems[0]?.message ?? '';
  } finally {
    rmSync(dir, { recursive: true });
  }
}

test('for a Chinese quote with one character changed, the hint names its paragraph and the character', () => {
  const body = [
    '## 关于支持人工智能产业发展的若干措施',
    '为加快推进人工智能产业高质量发展，结合本市实际，制定本措施。',
    '对新建的智能算力中心，按照项目实际投资额的百分之三十给予补助，单个项目最高不超过五千万元。',
    '对获得国家级奖项的企业，给予一次性奖励二百万元，所需资金由市级财政统筹安排。',
  ].join('\n\n');
  const message = hintFor('zh-Hans', body, '按照项目实际投资额的百分之二十给予补助，单个项目最高不超过五千万元。');
  assert.equal(
    message,
    'The quote is not in source "other-news" (content/sources/other-news.md). Closest passage (¶3): ' +
      '"按照项目实际投资额的百分之三十给予补助，单个项目最高不超过五千万元。", which differs at "…三十给予补助，单个项目最…". ' +
      'Fix: copy the passage exactly as the archived text has it.',
  );
});

test('a change near the end of a long German paragraph shows in the shortened passage', () => {
  const paragraph =
    'Die Stadtregierung von Shanghai hat am Dienstag einen Plan vorgestellt, mit dem sie Unternehmen der ' +
    'künstlichen Intelligenz fördern will: Subventionen für Rechenleistung, Rabatte auf Modelle von ' +
    'Drittanbietern und Hilfe beim Zugang zu Datenbanken, insgesamt in Höhe von einer Milliarde Yuan.';
  const message = hintFor('de', `Einleitung.\n\n${paragraph}`, paragraph.replace('einer Milliarde', 'zwei Milliarden'));
  assert.match(message, /Closest passage \(¶2\): "…[^"]*in Höhe von einer Milliarde Yuan\.", which differs at "…einer/);
  assert.ok(message.length < 400, message);
});
