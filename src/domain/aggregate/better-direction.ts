import type { Indicator, Plan } from '../model';

/**
 * Which way is better for an indicator: its own direction when higher or lower; otherwise what the plan implies
 * (min and “increase” → higher; max and “decrease” → lower). undefined when neither says (band, boolean, value).
 */
export function betterDirection(
  indicator: Indicator,
  plan: Plan | undefined,
): 'higher' | 'lower' | undefined {
  if (indicator.direction === 'higher' || indicator.direction === 'lower') return indicator.direction;
  if (plan?.kind === 'min') return 'higher';
  if (plan?.kind === 'max') return 'lower';
  if (plan?.kind === 'vsBaseline') return plan.change === 'increase' ? 'higher' : 'lower';
  return undefined;
}
