import type { Indicator, IndicatorResult, Plan, Status, StatusRules } from '../model';
import { bandStatus } from './band-status';
import { compositeStatus } from './composite-status';
import type { Evaluation, RuleCode } from './evaluation';
import { performanceRatio } from './performance-ratio';
import { ratioStatus } from './ratio-status';
import { vsBaselineStatus } from './vs-baseline-status';

export interface EvaluateInput {
  indicator: Indicator;
  result: IndicatorResult | undefined;
  rules: StatusRules;
  /** Evaluations of the sub-measures, for composite indicators. */
  children?: Evaluation[];
}

type Computed = Pick<Evaluation, 'computedStatus' | 'rule' | 'performance' | 'percentOfPlan' | 'deltaPoints'>;

interface Context {
  indicator: Indicator;
  result: IndicatorResult;
  rules: StatusRules;
  tolerance: number;
}

/**
 * The status of one indicator's result (domain.md §1). Total: missing figures give noData with the rule
 * `noPlan` or `noActual`; never throws. The official label wins: `status` is the reported status when printed.
 * `indicator.tolerance` overrides `rules.tolerance`. A composite indicator with sub-measure evaluations is
 * judged from their computed statuses (all must pass); without any it falls back to its own plan, if any.
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const tolerance = input.indicator.tolerance ?? input.rules.tolerance;
  const computed = compute(input, tolerance);
  const reportedStatus = input.result?.reportedStatus;
  const known = (s: Status | undefined) => s !== undefined && s !== 'noData';
  return {
    ...computed,
    reportedStatus,
    status: reportedStatus ?? computed.computedStatus,
    mismatch:
      known(reportedStatus) && known(computed.computedStatus) && reportedStatus !== computed.computedStatus,
    tolerance,
  };
}

function compute({ indicator, result, rules, children }: EvaluateInput, tolerance: number): Computed {
  if (indicator.targetKind === 'composite' && children !== undefined && children.length > 0) {
    return { computedStatus: compositeStatus(children.map((c) => c.computedStatus)), rule: 'composite' };
  }
  if (result?.plan === undefined) return noData('noPlan');
  return computeForPlan(result.plan, { indicator, result, rules, tolerance });
}

function noData(rule: RuleCode): Computed {
  return { computedStatus: 'noData', rule };
}

function computeForPlan(plan: Plan, ctx: Context): Computed {
  const { indicator, result, rules } = ctx;
  if (plan.kind === 'boolean') {
    const done = result.actual.done;
    if (done === undefined) return noData('noActual');
    return { computedStatus: done ? 'met' : 'notMet', rule: 'boolean' };
  }
  const actual = result.actual.value;
  if (actual === undefined) return noData('noActual');
  const direction = indicator.direction;
  switch (plan.kind) {
    case 'value':
      if (direction === 'band' || direction === 'boolean') {
        // Neither side is better: a zero-width band, met within ε only.
        return {
          ...singleNumber(plan.value, actual, undefined, ctx),
          ...band(plan.value, plan.value, actual, ctx),
        };
      }
      return ratioRule(
        plan.value,
        actual,
        direction,
        direction === 'higher' ? 'higherValue' : 'lowerValue',
        ctx,
      );
    case 'min':
      return ratioRule(plan.value, actual, 'higher', 'min', ctx);
    case 'max':
      return ratioRule(plan.value, actual, 'lower', 'max', ctx);
    case 'band':
      return band(plan.min, plan.max, actual, ctx);
    case 'approx': {
      const margin = Math.abs(plan.value) * rules.approxMargin;
      const sided = direction === 'higher' || direction === 'lower' ? direction : undefined;
      return {
        ...singleNumber(plan.value, actual, sided, ctx),
        ...band(plan.value - margin, plan.value + margin, actual, ctx),
        rule: 'approx',
      };
    }
    case 'vsBaseline': {
      if (result.baseline === undefined) return noData('vsBaseline');
      const sign = plan.change === 'increase' ? 1 : -1;
      return {
        computedStatus: vsBaselineStatus(result.baseline, actual, plan.change),
        rule: 'vsBaseline',
        deltaPoints: indicator.valueType === 'percent' ? sign * (actual - result.baseline) : undefined,
      };
    }
  }
}

function band(min: number, max: number, actual: number, ctx: Context): Computed {
  return {
    computedStatus: bandStatus(min, max, actual, ctx.indicator.direction, ctx.tolerance),
    rule: 'band',
  };
}

/** percentOfPlan and, for percent indicators with a better side, deltaPoints. */
function singleNumber(
  plan: number,
  actual: number,
  direction: 'higher' | 'lower' | undefined,
  ctx: Context,
): Pick<Computed, 'percentOfPlan' | 'deltaPoints'> {
  const sign = direction === 'higher' ? 1 : -1;
  return {
    percentOfPlan: plan === 0 ? undefined : (actual / plan) * 100,
    deltaPoints:
      ctx.indicator.valueType === 'percent' && direction !== undefined ? sign * (actual - plan) : undefined,
  };
}

/** value, min and max targets: status from p. min and max reach exceeded only with allowExceed. */
function ratioRule(
  plan: number,
  actual: number,
  direction: 'higher' | 'lower',
  rule: RuleCode,
  ctx: Context,
): Computed {
  const outcome = performanceRatio(plan, actual, direction);
  let status: Status =
    outcome.kind === 'fixed'
      ? outcome.status
      : ratioStatus(outcome.performance, ctx.tolerance, ctx.rules.basicallyMet);
  const capped = (rule === 'min' || rule === 'max') && !ctx.indicator.allowExceed;
  if (status === 'exceeded' && capped) status = 'met';
  return {
    computedStatus: status,
    rule,
    performance: outcome.kind === 'ratio' ? outcome.performance : undefined,
    ...singleNumber(plan, actual, direction, ctx),
  };
}
