import { type CommandParameterView } from '@/lib/commands/view';

/** The {{parameters}} a command declares, with what its definitions say about each (public commands have them). */
export function CommandParameters({ parameters, enabled }: { parameters: CommandParameterView[]; enabled: boolean }) {
  if (!enabled || parameters.length === 0) {
    return <p className="px-5 py-4 text-sm text-muted">{enabled ? 'Parameters are on, but the content has no {{name}} to fill.' : 'No custom parameters: the script runs as written.'}</p>;
  }
  return (
    <ul aria-label="Parameters" className="divide-y divide-line">
      {parameters.map((parameter) => (
        <li key={parameter.name} className="px-5 py-2.5 text-[13px]">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <code className="font-mono font-medium text-ink">{`{{${parameter.name}}}`}</code>
            <span className="text-xs text-muted">{parameter.required ? 'required' : 'optional'}</span>
            {parameter.defaultValue !== null ? (
              <span className="text-xs text-muted">
                default <code className="font-mono text-ink">{parameter.defaultValue || '""'}</code>
              </span>
            ) : null}
          </div>
          {parameter.description ? <p className="mt-0.5 text-xs text-muted">{parameter.description}</p> : null}
          {parameter.possibleValues.length ? <p className="mt-0.5 text-xs text-muted">One of {parameter.possibleValues.join(', ')}</p> : null}
        </li>
      ))}
    </ul>
  );
}
