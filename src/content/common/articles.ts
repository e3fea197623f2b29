/**
 * English's indefinite article by sound, not spelling: "an MLOps Engineer" (em-), "an ML
 * Infrastructure Engineer", "a Unity Developer" (you-), "an hour". Other languages choose their
 * article by gender, or use none, in their own templates.
 */

/** Letters whose English names begin with a vowel sound: "eff", "aitch", "ell", "em", … */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');

/** Words spelt with a vowel that begin with a consonant sound ("you", "wun"). */
const CONSONANT_SOUND = /^(?:uni(?!n)|use|usu|ura|uro|eu|ewe|one|once|ubiq|ukr|uti)/i;

/** Words spelt with an h that is not sounded. */
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

/** Whether the first word is read letter by letter: two capitals first ("ML", "MLOps", "SRE"). */
const isInitialism = (word: string) => /^[A-Z]{2}/.test(word) || /^[A-Z](?:\b|&|\d)/.test(word);

/** "a" or "an" for the phrase that follows it. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s-]/)[0] ?? '';
  if (word === '') return 'a';
  if (/^\d/.test(word)) return /^(?:8|11|18)(?!\d)|^8\d/.test(word) ? 'an' : 'a';
  if (isInitialism(word)) return VOWEL_SOUND_LETTERS.has(word[0]) ? 'an' : 'a';
  if (SILENT_H.test(word)) return 'an';
  if (CONSONANT_SOUND.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** The phrase with its English indefinite article: "an MLOps Engineer". */
export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}
