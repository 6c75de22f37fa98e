import type { Plan } from '../model';

/**
 * One number that stands for a plan, for charts: the value of value/min/max/approx plans and the midpoint of a band.
 * undefined for boolean and vsBaseline plans, and for no plan.
 */
export function planValue(plan: Plan | undefined): number | undefined {
  switch (plan?.kind) {
    case 'value':
    case 'min':
    case 'max':
    case 'approx':
      return plan.value;
    case 'band':
      return (plan.min + plan.max) / 2;
    default:
      return undefined;
  }
}
