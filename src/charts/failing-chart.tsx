/**
 * A chart that throws while rendering: what `?loi-thu=bieu-do` puts in place of the status chart, to show (and
 * test) that one broken chart leaves the rest of the page working.
 */
export function FailingChart(): never {
  throw new Error('chitieu: the test chart failed on purpose (?loi-thu=bieu-do)');
}
