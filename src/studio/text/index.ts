import { enGB, type StudioText } from './en-GB.js';

/** The interface text in use: English to start; other locales add a file typed as StudioText. */
export const t: StudioText = enGB;
