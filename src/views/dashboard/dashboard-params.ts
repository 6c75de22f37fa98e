import type { Status } from '../../domain/model';
import { STATUS_ORDER } from '../../domain/status/count-by-status';

/** The dashboard's query parameters (README: state lives in the query string). */
export const PARAM = {
  year: 'nam',
  unit: 'don-vi',
  group: 'nhom',
  status: 'danh-gia',
  search: 'tim',
  indicator: 'chi-tieu',
  /** Debug: `?loi-thu=bieu-do` makes the status chart throw, to show that a chart fails alone. */
  failTest: 'loi-thu',
} as const;

export interface DashboardParams {
  year?: number;
  unitId?: string;
  group?: string;
  statuses: Status[];
  search: string;
  indicator?: string;
  failChart: boolean;
}

const STATUSES = new Set<string>(STATUS_ORDER);

/** Reads the dashboard's state from the query string; unknown or malformed values are ignored. */
export function readDashboardParams(params: URLSearchParams): DashboardParams {
  const yearText = params.get(PARAM.year)?.trim() ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const blank = (v: string | null) => (v === null || v.trim() === '' ? undefined : v.trim());
  const statuses = (params.get(PARAM.status) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is Status => STATUSES.has(s));
  return {
    year,
    unitId: blank(params.get(PARAM.unit)),
    group: blank(params.get(PARAM.group)),
    statuses,
    search: params.get(PARAM.search) ?? '',
    indicator: blank(params.get(PARAM.indicator)),
    failChart: params.get(PARAM.failTest) === 'bieu-do',
  };
}
