/**
 * Larger dropped files are refused with a `tooLarge` issue (a district's sheet is a few hundred KB). In a module of
 * its own so that the page can check a file's size before reading it without loading the parser, which runs in
 * the import worker.
 */
export const MAX_DROPPED_BYTES = 20 * 1024 * 1024;
