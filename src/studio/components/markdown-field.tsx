import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MarkdownEditorProps } from './markdown-editor.js';

let loaded: Promise<ComponentType<MarkdownEditorProps>> | undefined;
const load = () =>
  (loaded ??= import('./markdown-editor.js').then((module) => module.MarkdownEditor));

/** The Markdown editor, fetched the first time a Markdown field is shown. */
export function MarkdownInput(props: MarkdownEditorProps) {
  const [Editor, setEditor] = useState<ComponentType<MarkdownEditorProps> | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((component) => live && setEditor(() => component));
    return () => {
      live = false;
    };
  }, []);
  if (!Editor) return <p class="loading">Loading the editor…</p>;
  return <Editor {...props} />;
}
