import { currencies, type Rates } from '../../schemas/money.ts';
import { normalise } from '../money.ts';
import type { Derived } from './flatten.ts';

const isCurrency = (value: unknown): value is (typeof currencies)[number] => currencies.some((c) => c === value);

/**
 * The normalised value of every amount of money (JSON Schema title "Money") in CNY, USD and EUR,
 * from the rates table: empty when the amount is not disclosed.
 */
export function normalisedMoney(rates: Rates): Derived {
  return {
    Money: {
      columns: ['normalised.CNY', 'normalised.USD', 'normalised.EUR'],
      values: (money) => {
        const amount = money?.['amount'];
        const currency = money?.['currency'];
        const value =
          (typeof amount === 'number' || amount === 'not disclosed') && isCurrency(currency)
            ? normalise({ amount, currency }, rates)
            : undefined;
        return [value?.CNY, value?.USD, value?.EUR];
      },
    },
  };
}
