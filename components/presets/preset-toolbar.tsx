'use client';

import { Link2, BookmarkPlus, Copy, History, Save } from 'lucide-react';
import dynamic from 'next/dynamic';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { describeInstanceFilter } from '@/lib/invoke/instance-filter';
import { formatCount } from '@/lib/format';
import { type SavedForm, toPresetPayload } from '@/lib/presets/payload-values';

import { type PresetActions, type SavedPresetView, type ToolbarPreset } from './action-types';
import { CopyButton } from '@/components/ui/copy-button';

import { absoluteUrl } from './links';
import { ShareFormButton } from './share-form-button';
import { SharedLink } from './shared-link';

// Opened on a click, so fetched then (the diff behind Save changes with it), not with the form.
const DetailsDialog = dynamic(() => import('./details-dialog').then((module) => module.DetailsDialog<SavedPresetView>));
const SaveChangesDialog = dynamic(() => import('./save-changes-dialog').then((module) => module.SaveChangesDialog));

/**
 * Under the launch summary: save the form as a preset (or save changes to the one it came
 * from), and share it as a link. Secret values are stripped before anything leaves.
 */
const LINK_ICON = <Link2 aria-hidden className="size-3.5" />;

export function PresetToolbar({
  getForm,
  canSave,
  actions,
  preset = null,
}: {
  getForm: () => SavedForm;
  canSave: boolean;
  actions: Pick<PresetActions, 'createPreset' | 'savePresetChanges' | 'shareFormLink'>;
  preset?: ToolbarPreset | null;
}) {
  const router = useRouter();
  const [local, setLocal] = useState<ToolbarPreset | null>(null);
  const [dialog, setDialog] = useState<'create' | 'save' | null>(null);
  const [shown, setShown] = useState<{ link: string; kind: 'preset' | 'form'; expiresAt?: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The page's copy wins once the server has caught up with what was saved here.
  const current = local && (!preset || local.version > preset.version || local.id !== preset.id) ? local : preset;

  const remember = (saved: SavedPresetView, form: SavedForm, description: string) => {
    const baseline = toPresetPayload(form.draft, sameCommand(current, form) ? current?.baseline.saved : undefined, form.instanceFilter);
    setLocal({ id: saved.presetId, slug: saved.slug, name: saved.name, description, version: saved.version, baseline });
  };

  return (
    <Card>
      <div className="flex items-center justify-between gap-2 border-b border-line px-5 py-3.5">
        <h2 className="text-sm font-semibold">{current ? 'Preset' : 'Save & share'}</h2>
        {current ? (
          <Link href={`/presets/${current.slug}/versions`} className="inline-flex items-center gap-1 text-xs text-muted hover:text-ink">
            <History aria-hidden className="size-3.5" />v{current.version}
          </Link>
        ) : null}
      </div>
      <div className="space-y-3 px-5 py-4">
        {current && !preset ? (
          <p className="text-[13px]">
            <span className="text-muted">Saved as </span>
            <Link href={`/presets/${current.slug}`} className="font-medium text-ink hover:underline">
              {current.name}
            </Link>
          </p>
        ) : null}
        {current && preset && canSave ? (
          <p className="text-xs text-muted">Save changes to keep your edits as version {current.version + 1}; the link stays the same.</p>
        ) : null}
        {notice ? (
          <Alert tone="success" live className="py-2 text-[13px]">
            {notice}
          </Alert>
        ) : null}
        <div className="grid gap-2">
          {current ? (
            <Button variant="secondary" disabled={!canSave} onClick={() => setDialog('save')}>
              <Save aria-hidden className="size-4" />
              Save changes
            </Button>
          ) : null}
          <Button variant="secondary" disabled={!canSave} onClick={() => setDialog('create')}>
            <BookmarkPlus aria-hidden className="size-4" />
            {current ? 'Save as new preset' : 'Save as preset'}
          </Button>
          {current ? (
            <CopyButton size="md" icon={LINK_ICON} label="Copy preset link" text={() => absoluteUrl(`/presets/${current.slug}`)} onCopied={(link) => setShown({ link, kind: 'preset' })} />
          ) : null}
          <ShareFormButton
            label={current ? 'Copy link to this form' : 'Copy link'}
            getForm={getForm}
            share={canSave ? actions.shareFormLink : null}
            onShared={(link, expiresAt) => setShown({ link, kind: 'form', expiresAt })}
          />
        </div>
        {shown ? <SharedLink {...shown} /> : null}
        <p className="flex gap-1.5 text-xs text-muted">
          <Copy aria-hidden className="mt-0.5 size-3 shrink-0" />
          {canSave ? 'Presets and links never hold secret values; whoever opens one types them again.' : 'Viewers can open and copy preset links; saving or sharing a form takes an operator.'}
        </p>
      </div>
      {dialog === 'create' ? (
        <DetailsDialog
          title={current ? 'Save as a new preset' : 'Save as preset'}
          description="Everything in the form is saved except secret values."
          submitLabel="Save preset"
          initial={{ name: current ? `${current.name} (copy)` : '', description: current?.description ?? '' }}
          onSubmit={(details) => actions.createPreset({ ...details, ...getForm() })}
          onClose={() => setDialog(null)}
          onDone={(saved) => {
            setDialog(null);
            if (preset) return router.push(`/presets/${saved.slug}`);
            remember(saved, getForm(), '');
            setNotice(`Saved as “${saved.name}”. Its link opens this form for anyone signed in.`);
            setShown({ link: absoluteUrl(`/presets/${saved.slug}`), kind: 'preset' });
          }}
        >
          <InstancesNote form={getForm()} />
          <SecretNote form={getForm()} />
        </DetailsDialog>
      ) : null}
      {dialog === 'save' && current ? (
        <SaveChangesDialog
          preset={current}
          form={getForm()}
          onSave={(form) => actions.savePresetChanges({ presetId: current.id, expectedVersion: current.version, ...form })}
          onClose={() => setDialog(null)}
          onDone={(saved, form) => {
            setDialog(null);
            remember(saved, form, current.description);
            setNotice(`Saved version ${saved.version}.`);
            router.refresh();
          }}
        />
      ) : null}
    </Card>
  );
}

function sameCommand(preset: ToolbarPreset | null, { draft }: SavedForm): boolean {
  return preset !== null && preset.baseline.draft.commandId === draft.commandId && preset.baseline.draft.regionId === draft.regionId;
}

function InstancesNote({ form }: { form: SavedForm }) {
  return (
    <p className="rounded-md bg-surface-2 px-3 py-2 text-xs text-muted">
      {form.instanceFilter ? (
        <>
          Instances: the search <span className="font-mono text-ink">{describeInstanceFilter(form.instanceFilter)}</span>. Whoever opens the preset gets the eligible instances that match it then.
        </>
      ) : (
        <>Instances: the {formatCount(form.draft.instanceIds.length, 'selected instance')}, by ID.</>
      )}
    </p>
  );
}

function SecretNote({ form: { draft } }: { form: SavedForm }) {
  const secrets = draft.parameters.filter((entry) => entry.secret).map((entry) => entry.name);
  if (secrets.length === 0) return null;
  return (
    <p className="rounded-md bg-surface-2 px-3 py-2 text-xs text-muted">
      Not saved: the value of <span className="font-mono text-ink">{secrets.join(', ')}</span>. The preset remembers {secrets.length === 1 ? 'it is' : 'they are'} secret and asks for {secrets.length === 1 ? 'it' : 'them'} when opened.
    </p>
  );
}
