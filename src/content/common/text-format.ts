import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { markdownToHtml } from './markdown.js';

export enum TextFormat {
  MARKDOWN = 'markdown',
  HTML = 'html',
}

registerEnumType(TextFormat, {
  name: 'TextFormat',
  description: 'How a long text field is returned.',
  valuesConfig: {
    MARKDOWN: { description: 'The Markdown the editor wrote.' },
    HTML: {
      description:
        'Rendered to HTML and sanitised against an allow-list: safe to insert in a page.',
    },
  },
});

/** A Markdown field in the format a client asked for (null stays null). */
export function formatText<T extends string | null>(markdown: T, format: TextFormat): T {
  if (markdown === null || format === TextFormat.MARKDOWN) return markdown;
  return markdownToHtml(markdown) as T;
}

@ArgsType()
export class TextFormatArgs {
  @Field(() => TextFormat, {
    defaultValue: TextFormat.MARKDOWN,
    description: 'MARKDOWN (as written) or HTML (rendered and sanitised).',
  })
  format!: TextFormat;
}
