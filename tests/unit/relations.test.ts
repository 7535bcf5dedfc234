import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareHubs } from '../../src/lib/compare.ts';
import { timeline } from '../../src/lib/timeline.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';

const kb = loadKnowledgeBase();

test('relations hold both ways: a program is listed in its place, an organisation with its programs', () => {
  for (const program of kb.programs) {
    assert.ok(kb.programsIn(program.data.jurisdiction.id).includes(program), program.id);
    for (const { org } of program.data.roles) assert.ok(kb.programsOf(org.id).includes(program), `${org.id} lists ${program.id}`);
  }
  for (const source of kb.sources) assert.ok(kb.citedBy(source.id).length > 0, `${source.id} is cited`);
});

test('a backlink sentence is a citation that names the other entry', () => {
  const sentence = kb.linkSentence({ collection: 'programs', id: 'shanghai-ai-subsidy-plan-2025' }, { collection: 'cities', id: 'shanghai' });
  assert.ok(sentence);
  assert.match(`${sentence.quote} ${sentence.translation}`, /Shanghai/);
  assert.match(sentence.href, /^\/sources\/courrier-shanghai-ai-subsidies\/#p\d+$/);
});

test('the comparison combines money only within one kind', () => {
  for (const hub of compareHubs(kb)) {
    for (const [kind, total] of hub.money) {
      const byHand = kb.programsIn(hub.id).flatMap((p) => p.data.money).filter((m) => m.kind === kind);
      assert.ok(byHand.length > 0, `${hub.id} has ${kind} amounts`);
      assert.ok(total > 0);
    }
  }
});

test('the timeline groups events by year, newest first, within a year by date', () => {
  const years = timeline(kb).map(([year]) => year);
  assert.deepEqual(years, [...years].sort().reverse());
  for (const [year, events] of timeline(kb)) {
    for (const event of events) assert.equal(event.date.date.slice(0, 4), year);
    const dates = events.map((e) => e.date.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
  }
});
