/** Excel's name for a 0-based column index: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. Negative → ''. */
export function columnLetter(index: number): string {
  let n = Math.floor(index);
  if (!(n >= 0)) return '';
  let letters = '';
  while (n >= 0) {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  }
  return letters;
}
