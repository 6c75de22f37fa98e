import type { RuleCode } from '../../domain/status/evaluation';
import type { Messages } from '../../i18n/vi';

/**
 * The message that explains a status rule. `min` and `max` targets that may be “vượt”
 * (indicator.allowExceed, e.g. “dưới 45%” for the poverty rate) have their own sentence, so the explanation
 * never contradicts a Vượt shown beside it.
 */
export function ruleMessageKey(rule: RuleCode, allowExceed: boolean): keyof Messages['rule'] {
  if (allowExceed && rule === 'min') return 'minExceed';
  if (allowExceed && rule === 'max') return 'maxExceed';
  return rule;
}
