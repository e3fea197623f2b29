// Loaded on demand (the first Markdown field): CodeMirror and the preview renderer are most of
// the Studio's weight, and most screens have no Markdown field.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownKeymap, markdownLanguage, pasteURLAsLink } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Annotation, EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import MarkdownIt from 'markdown-it';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';

/** Marks a change that came from outside (a reload, a restore), so it is not echoed back. */
const external = Annotation.define<boolean>();

// Raw HTML is shown as text, as the site's own renderer does (it sanitises on top of that).
const renderer = new MarkdownIt({ html: false, linkify: true });

export interface MarkdownEditorProps {
  /** The id of the element that names the field (its visible label). */
  labelledBy: string;
  describedBy?: string;
  value: string;
  onChange(value: string): void;
  invalid?: boolean;
  placeholderText?: string;
}

/** A Markdown editor (CodeMirror) and, beside it, the text as it will read. */
export function MarkdownEditor(props: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    const attributes: Record<string, string> = { 'aria-labelledby': props.labelledBy };
    if (props.describedBy) attributes['aria-describedby'] = props.describedBy;
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: props.value,
        extensions: [
          history(),
          markdownLanguage,
          Prec.high(keymap.of(markdownKeymap)),
          // Tab is left to move focus on (no keyboard trap); indent with Mod-] and Mod-[.
          keymap.of([...defaultKeymap, ...historyKeymap]),
          pasteURLAsLink,
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of(attributes),
          placeholder(props.placeholderText ?? ''),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            if (update.transactions.some((tr) => tr.annotation(external))) return;
            onChange.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [props.labelledBy, props.describedBy]);

  // A value set from outside replaces the text, before the browser paints (no flicker, no echo).
  useLayoutEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === props.value) return;
    editor.dispatch({
      changes: { from: 0, to: editor.state.doc.length, insert: props.value },
      annotations: external.of(true),
    });
  }, [props.value]);

  useEffect(() => {
    host.current
      ?.querySelector('.cm-content')
      ?.setAttribute('aria-invalid', props.invalid ? 'true' : 'false');
  }, [props.invalid]);

  const preview = useMemo(() => renderer.render(props.value), [props.value]);
  return (
    <div class="markdown-field">
      <div class="markdown-editor" ref={host} />
      <section class="markdown-preview" aria-label="Preview">
        {/* markdown-it with html off escapes any markup the text holds. */}
        <div dangerouslySetInnerHTML={{ __html: preview }} />
      </section>
    </div>
  );
}
