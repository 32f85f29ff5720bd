'use client';

import { Component, lazy, type ReactNode, Suspense, useRef, useSyncExternalStore } from 'react';

import { loadScriptEditor } from './preload';
import { ScriptTextarea } from './script-textarea';
import type { Handoff, ScriptEditorProps } from './types';

const ScriptEditor = lazy(() => loadScriptEditor().then((module) => ({ default: module.ScriptEditor })));

const subscribeNever = () => () => undefined;

/**
 * The script editor, fetched when first shown: CodeMirror stays out of the page's first load.
 * The server renders a plain text area of the same size, which works until the editor arrives
 * (and for good if it cannot load); the editor then takes over where the caret was.
 */
export function LazyScriptEditor(props: ScriptEditorProps) {
  const inBrowser = useSyncExternalStore(subscribeNever, () => true, () => false);
  const handoffRef = useRef<Handoff | null>(null);
  if (!inBrowser) return <ScriptTextarea {...props} status="loading" handoffRef={handoffRef} />;
  return (
    <PlainOnError fallback={<ScriptTextarea {...props} status="plain" handoffRef={handoffRef} />}>
      <Suspense fallback={<ScriptTextarea {...props} status="loading" handoffRef={handoffRef} />}>
        <ScriptEditor {...props} handoffRef={handoffRef} />
      </Suspense>
    </PlainOnError>
  );
}

/** If the editor's code cannot be fetched (offline, a new deploy), the plain text area stays. */
class PlainOnError extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
