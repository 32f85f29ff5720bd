import type { EditorView } from '@codemirror/view';

/**
 * The editable element is not a form control, so `<label htmlFor>` neither names nor focuses
 * it. Find that label, name the editor by it (aria-labelledby) and focus the editor on a
 * click, as a text area would. An explicit `aria-labelledby` wins.
 */
export function linkedLabel(view: EditorView, id: string | undefined, labelledBy: string | undefined): { labelledBy: string | undefined; release: () => void } {
  const none = { labelledBy, release: () => undefined };
  if (labelledBy || !id) return none;
  const label = view.dom.ownerDocument.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(id)}"]`);
  if (!label) return none;
  if (!label.id) label.id = `${id}-label`;
  const focus = (event: MouseEvent) => {
    event.preventDefault();
    view.focus();
  };
  label.addEventListener('click', focus);
  return { labelledBy: label.id, release: () => label.removeEventListener('click', focus) };
}
