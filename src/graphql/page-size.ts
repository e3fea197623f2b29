/** Largest page a connection (`first`/`last`) returns. */
export const MAX_PAGE_SIZE = 100;
/** The page a connection returns when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
