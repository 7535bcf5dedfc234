import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { buildFixture } from '../helpers/fixtures.ts';

// A voucher with the terms a Hangzhou-style policy states: a yearly pool, a 30% rate with a 50%
// tier for small firms, a cap per company per year, and stacking with another voucher up to 60%.
const { status, output, dir } = buildFixture('terms-build');

test('a program with pool, rate tiers, cap and stacking builds', () => {
  assert.equal(status, 0, output);
});

test('its page shows the terms in a table, each with its citation', () => {
  const $ = load(readFileSync(join(dir, 'dist', 'programs', 'testburg-vouchers', 'index.html'), 'utf8'));
  const rows = Object.fromEntries(
    $('table.terms tr')
      .toArray()
      .map((tr) => [
        $(tr).find('th').text().trim(),
        $(tr)
          .find('td p')
          .toArray()
          .map((p) => $(p).text().replace(/\s+/g, ' ').trim()),
      ]),
  );
  assert.deepEqual(rows['Voucher kind'], ['compute[1]']);
  assert.deepEqual(rows['Pool'], ['CNY 250 million a year (stated as “2.5亿元”)[1]']);
  assert.deepEqual(rows['Cap per recipient'], [
    'up to CNY 10 million per company a year (stated as “最高1000万元”)[3]',
  ]);
  assert.deepEqual(rows['Rate'], [
    'up to 30% of the contract amount in general (stated as “不超过合同金额的30%”)[2]',
    '50% of the contract amount for small and medium-sized firms whose yearly contracts total 500,000 yuan or less (stated as “补贴比例为50%”)[2]',
    'up to 60% of the contract amount (when stacked with another program) (stated as “补贴比例最高可达60%”)[3]',
  ]);
  assert.deepEqual(rows['Stacking'], ['Stacks with the model voucher up to a combined 60% of the contract amount.[3]']);
});

test('the CSV exports carry every term as columns', () => {
  const csv = (name: string) =>
    parse(readFileSync(join(dir, 'dist', 'data', name), 'utf8'), { columns: true }) as Record<string, string>[];
  assert.deepEqual(
    csv('programs-rates.csv')
      .filter((r) => r['id'] === 'testburg-vouchers')
      .map((r) => [r['share'], r['upTo'], r['stacked'], r['condition']]),
    [
      ['0.3', 'true', 'false', ''],
      ['0.5', 'false', 'false', 'small and medium-sized firms whose yearly contracts total 500,000 yuan or less'],
      ['0.6', 'true', 'true', ''],
    ],
  );
  assert.deepEqual(
    csv('programs-pool.csv').map((r) => [r['amount'], r['currency'], r['period']]),
    [['250000000', 'CNY', 'year']],
  );
  assert.deepEqual(
    csv('programs-caps.csv').map((r) => [r['amount'], r['per'], r['period']]),
    [['10000000', 'company', 'year']],
  );
  assert.equal(csv('programs.csv').find((r) => r['id'] === 'testburg-vouchers')?.['voucherKinds'], 'compute');
});
