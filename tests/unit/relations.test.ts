import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareHubs } from '../../src/lib/compare.ts';
import { normalise, programAmounts } from '../../src/lib/money.ts';
import { timeline } from '../../src/lib/timeline.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';

const kb = loadKnowledgeBase();

test('relations hold both ways: a program is listed in its place, an organisation with its programs', () => {
  for (const program of kb.programs) {
    assert.ok(kb.programsIn(program.data.jurisdiction.id).includes(program), program.id);
    for (const { org } of program.data.roles)
      assert.ok(kb.programsOf(org.id).includes(program), `${org.id} lists ${program.id}`);
  }
  for (const source of kb.sources) assert.ok(kb.citedBy(source.id).length > 0, `${source.id} is cited`);
});

test('a backlink sentence is a citation that names the other entry', () => {
  const sentence = kb.linkSentence(
    { collection: 'programs', id: 'shanghai-ai-subsidy-plan-2025' },
    { collection: 'cities', id: 'shanghai' },
  );
  assert.ok(sentence);
  assert.match(`${sentence.quote} ${sentence.translation}`, /Shanghai/);
  assert.match(sentence.href, /^\/sources\/courrier-shanghai-ai-subsidies\/#p\d+$/);
});

test('the comparison combines money only within one kind: caps by the highest, others by their sum', () => {
  let checked = 0;
  for (const hub of compareHubs(kb)) {
    for (const [kind, total] of hub.money) {
      const values = kb
        .programsIn(hub.id)
        .flatMap((p) => programAmounts(p.data))
        .filter((m) => m.kind === kind)
        .map((m) => normalise(m, kb.rates)?.CNY)
        .filter((v): v is number => v !== undefined);
      assert.ok(values.length > 0, `${hub.id} has ${kind} amounts`);
      const expected = kind === 'per-recipient-cap' ? Math.max(...values) : values.reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(total - expected) < 1, `${hub.id} ${kind}: ${total} vs ${expected}`);
      checked++;
    }
  }
  assert.ok(checked > 10, `${checked} hub totals checked`);
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
