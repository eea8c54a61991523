/**
 * Sums of money run in whole cents. Integer sums are exact, so they never depend on the order in
 * which a CRM lists the records (floating-point sums do), and cents are all the precision money
 * needs. Safe up to about 90 trillion in any currency.
 */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}
