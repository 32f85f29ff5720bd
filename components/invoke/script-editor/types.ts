import type { Ref } from 'react';

import type { CommandType } from '@/lib/invoke/types';

/** What a form can do with the editor: react-hook-form focuses a field with an error. */
export interface ScriptEditorHandle {
  focus: () => void;
}

export interface ScriptEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Marks the field touched (react-hook-form's `field.onBlur`). */
  onBlur?: () => void;
  /** Picks the highlighting and the indent unit. */
  type: CommandType;
  /**
   * Given to the editable element. A `<label htmlFor={id}>` (as `Field` renders) names the
   * editor and focuses it when clicked, unless `aria-labelledby` is given.
   */
  id?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  invalid?: boolean;
  disabled?: boolean;
  placeholder?: string;
  ref?: Ref<ScriptEditorHandle>;
}

/** Where the operator was in the plain text area when the editor took its place. */
export interface Handoff {
  anchor: number;
  head: number;
}
