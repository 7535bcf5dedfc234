import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../helpers/content.ts';
import { root } from '../helpers/paths.ts';

// The structural findings of the content review, each kept as a rule where a rule can catch it
// and as a check of the fixed entry where only a reading of the source could.
const kb = loadKnowledgeBase();
const program = (id: string) => {
  const found = kb.program(id);
  assert.ok(found, id);
  return found.data;
};
const rolesOf = (id: string) => program(id).roles.map((r) => `${r.org.id}:${r.role}`);

test('a media outlet acts on a program only as reporting outlet or commentator', () => {
  for (const p of kb.programs) {
    for (const role of p.data.roles) {
      if (kb.company(role.org.id)?.data.kind !== 'media') continue;
      assert.ok(['reporting-outlet', 'commentator'].includes(role.role), `${p.id}: ${role.org.id} as ${role.role}`);
    }
  }
});

test('the Shanghai plan ties each organisation in the role its quote states, and none for the ministry', () => {
  assert.deepEqual(rolesOf('shanghai-ai-subsidy-plan-2025').sort(), ['south-china-morning-post:reporting-outlet', 'zhi-dongxi:commentator']);
});

test('DeepSeek is an example of the Hangzhou allocation, which is named for new quality productive forces', () => {
  assert.deepEqual(rolesOf('hangzhou-future-industries-funding'), ['deepseek:example']);
  const data = program('hangzhou-future-industries-funding');
  assert.doesNotMatch(data.name.en, /future industries/i);
  assert.match(data.name.en, /new quality productive forces/);
  assert.doesNotMatch(kb.company('deepseek')?.data.knownFor.map((k) => k.text).join(' ') ?? '', /wants to nurture with 15 percent/);
});

test('Digital Zhejiang lists no newspaper and no aim built from a recalled remark', () => {
  assert.deepEqual(rolesOf('digital-zhejiang-strategy'), ['cpc-zhejiang-provincial-committee:issuer']);
  assert.deepEqual(program('digital-zhejiang-strategy').aims, []);
});

test("an organisation's places are its own presence, never its founder's origin or a comparison", () => {
  assert.deepEqual(kb.company('zhejiang-university')?.data.places, []);
  assert.deepEqual(kb.company('vision-plus-capital')?.data.places, []);
  assert.equal(kb.company('game-science')?.data.home, 'not stated');
  assert.equal(kb.company('unitree-robotics')?.data.home, 'not stated');
  assert.ok(!rolesOf('hangzhou-business-environment-measures').some((r) => r.startsWith('game-science')));
  for (const c of kb.companies) for (const p of c.data.places) assert.ok(p.cite.length > 0 && p.why, `${c.id} ${p.place.id}`);
});

test('no stand-in kind or focus where the article gives none', () => {
  for (const id of ['shenzhen-subsidy-plan-2025', 'zhuhai-subsidy-plan-2025']) {
    assert.deepEqual(program(id).money.map((m) => m.kind), ['not stated'], id);
    assert.equal(program(id).focus, 'not stated', id);
  }
  for (const id of ['hangzhou-business-environment-measures', 'hangzhou-tech-company-incentives']) assert.equal(program(id).focus, 'not stated', id);
});

test('a program known only from undated blog posts has no status', () => {
  const undatedBlog = (sourceId: string) => {
    const s = kb.source(sourceId)?.data;
    return s?.sourceType === 'blog' && s.published === 'not stated';
  };
  const onlyBlog = kb.programs.filter((p) => {
    const sources = kb.sourcesOf('programs', p.id);
    return sources.length > 0 && sources.every(undatedBlog);
  });
  assert.ok(onlyBlog.length >= 3, `${onlyBlog.length} programs rest on undated blog posts only`);
  for (const p of onlyBlog) assert.equal(p.data.status, 'not stated', p.id);
});

test('places say only what their quotes say of them', () => {
  const shanghai = kb.city('shanghai')?.data;
  assert.doesNotMatch(shanghai?.people.find((p) => p.name === 'Pan Helin')?.role ?? '', /Post on Shanghai's plan and on the city's high operating costs/);
  assert.doesNotMatch(kb.city('zhuhai')?.data.role.text ?? '', /south-east/i);
  assert.doesNotMatch(kb.city('guizhou')?.data.facts.map((f) => f.text).join(' ') ?? '', /Guiyang is where Apple announced/);
});

test('"eine goldene Brücke" is not left as a literal "golden bridge"', () => {
  for (const entity of [...kb.cities, ...kb.programs, ...kb.companies]) {
    for (const citation of Object.values(entity.data.citations)) {
      assert.doesNotMatch(citation.translation ?? '', /offer a "golden bridge"/, entity.id);
    }
  }
});

test('the Courrier text is a translated repost without a stated publisher, with its removal report', () => {
  const source = kb.source('courrier-shanghai-ai-subsidies')?.data;
  assert.equal(source?.publisher, 'not stated');
  assert.equal(source?.sourceType, 'repost');
  assert.match(source?.translates ?? '', /Courrier International/);
  for (const s of kb.sources) assert.ok(existsSync(join(root, 'content', 'sources', 'raw', `${s.id}.report.txt`)), `${s.id} has a removal report`);
});

test('exchange rates are dated no more precisely than the articles that imply them', () => {
  for (const [currency, rate] of Object.entries(kb.rates.rates)) assert.equal(rate?.date, '2025', currency);
});
