import type { Actual, IndicatorResult } from '../../domain/model';

/**
 * Why a constructor and not an object literal: V8 sizes the objects a constructor makes by the fields they end up
 * with (slack tracking), so `unitId`, `plan`, `unitText`… set after it stay inside the object; a literal holds only
 * its own fields and puts later ones in a separate array, one more object per row for every garbage collection to
 * copy. The prototype is `Object.prototype`: the object is a plain one to every reader (`Object.getPrototypeOf`,
 * `constructor`, structured clone, `toStrictEqual`).
 */
function ResultRecord(
  this: IndicatorResult,
  indicatorCode: string,
  year: number,
  planText: string,
  actual: Actual,
  isEstimate: boolean,
  isSample: boolean,
): void {
  this.indicatorCode = indicatorCode;
  this.year = year;
  this.planText = planText;
  this.actual = actual;
  this.isEstimate = isEstimate;
  this.isSample = isSample;
}
ResultRecord.prototype = Object.prototype;

/** A plain result object with these fields, in this order (`new PlainResult(…)`); the optional ones are the caller's to add. */
export const PlainResult = ResultRecord as unknown as new (
  ...fields: Parameters<typeof ResultRecord>
) => IndicatorResult;
