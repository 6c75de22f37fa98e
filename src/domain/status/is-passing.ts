import type { Status } from '../model';

/** True for the statuses a report counts as “đạt và vượt kế hoạch”: exceeded and met (not basicallyMet). */
export function isPassing(status: Status): boolean {
  return status === 'exceeded' || status === 'met';
}
