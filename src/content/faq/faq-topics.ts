import type { FaqTopic } from '../fields.js';

/**
 * Authored questions that plainly ask what the FAQ page would generate from the graph. Kept
 * narrow (a question word and the topic's noun together) so an FAQ that merely mentions a tool or
 * a city does not hide a generated answer; anything subtler is said with `answers:`.
 */
const PATTERNS: [FaqTopic, RegExp][] = [
  ['industries', /\b(which|what) (industries|sectors)\b/i],
  ['technologies', /\b(which|what) (technologies|tools|tech stack|languages|frameworks)\b/i],
  [
    'hubs',
    /\b(which|what) (cities|hubs|locations)\b|\bwhere (are|is|do)\b.*\b(hired|hire|based)\b/i,
  ],
  ['roles', /\b(which|what) roles\b/i],
];

/** The generated question an authored one obviously answers, or null. */
export function topicOf(question: string): FaqTopic | null {
  return PATTERNS.find(([, pattern]) => pattern.test(question))?.[0] ?? null;
}
