import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from 'cheerio';
import { notesOn } from '../../src/lib/notes.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';
import { page } from '../helpers/paths.ts';

const kb = loadKnowledgeBase();

test('every editorial note is shown on its entry, and a doubtful amount points at its note where it stands', () => {
  let flagged = 0;
  for (const program of kb.programs) {
    const $ = load(page(`/programs/${program.id}/`));
    assert.equal($('#notes-heading').parent().find('.note').length, program.data.notes.length, program.id);
    program.data.money.forEach((_, i) => {
      // Which notes concern a field is the site's own rule (notesOn); the test checks the page shows them.
      const onAmount = notesOn(program.data.notes, `money[${i}]`);
      const flags = $('.infobox .money').eq(i).parent().find('a.note-flag');
      assert.equal(flags.length, onAmount.length, `${program.id} money[${i}]`);
      flags.each((_, a) =>
        assert.equal($($(a).attr('href') ?? '#x').length, 1, 'the flag leads to a note on the page'),
      );
      flagged += flags.length;
    });
  }
  console.log(`doubtful amounts flagged next to the figure: ${flagged}`);
  assert.ok(flagged > 0);
});
