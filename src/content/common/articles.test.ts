import { describe, expect, it } from 'vitest';
import { indefiniteArticle, withArticle } from './articles.js';

describe('English indefinite article by sound', () => {
  it.each([
    ['MLOps Engineer', 'an'],
    ['ML Infrastructure Engineer', 'an'],
    ['AI Infrastructure Engineer', 'an'],
    ['SRE', 'an'],
    ['LLM Engineer', 'an'],
    ['HPC Engineer', 'an'],
    ['Machine Learning Engineer', 'a'],
    ['Platform Engineer', 'a'],
    ['Robotics Engineer', 'a'],
    ['Engineer', 'an'],
    ['Unity Developer', 'a'],
    ['Underwriter', 'an'],
    ['European Sales Lead', 'a'],
    ['hourly worker', 'an'],
    ['Head of Data', 'a'],
    ['GPU Engineer', 'a'],
    ['UX Designer', 'a'],
    ['8-person team', 'an'],
  ])('%s takes "%s"', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  it('puts the article before the phrase', () => {
    expect(withArticle('MLOps Engineer')).toBe('an MLOps Engineer');
  });
});
