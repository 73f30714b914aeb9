/** The workflow steps this person may take now, each with its comment (and reference, to archive). */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { ITextField, TextField } from '@fluentui/react/lib/TextField';
import { Channel, SECTION_IDS, SectionId } from '../../../domain/plans/plan';
import { Action, Role, apply } from '../../../domain/plans/workflow';
import { DecisionConflictError, PlanDetail, WorkflowRefusedError } from '../../../data/plans';
import { toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { problemText as commonProblemText } from '../../../ui/ProblemMessage';
import { format } from '../../../ui/format';
import { Strings, channelLabel, dateTime, label, reasonText, sectionLabel, useText } from './text';
import { LightMessage } from '../../../ui/LightMessage';
import { LightCheckbox } from '../../../ui/lightForms';
import { StartupTemplate, StartupTemplates, startingText } from '../../../data/plans/startupTemplates';
import { block, space } from '../../../ui/layout';

// The Fluent controls draw themselves in the theme: the layout around them depends on nothing.
const classes = mergeStyleSets({
  panel: { margin: block(space.m) },
  /** The steps this person may take, side by side. */
  steps: { display: 'flex', gap: space.s, flexWrap: 'wrap' },
  /** The step's form, once a step is chosen. */
  form: { marginTop: space.s, maxWidth: 640 },
  /** The sections to change, each with its own request. */
  sections: { border: 0, padding: 0, margin: block(0, space.s) },
  legend: { fontWeight: 600, padding: 0 },
  /** A section's request, under its checkbox and in line with its label (box 18 px + gap 6 px). */
  sectionRequest: { marginLeft: space.xxl },
  confirm: { display: 'flex', gap: space.s, marginTop: space.s },
  templates: { margin: block(space.s) },
  templatesSummary: { cursor: 'pointer', fontWeight: 600 },
  templatesHint: { margin: block(space.xs, space.s) },
  template: { margin: block(0, space.m) },
  /** A template's Save button and what became of the save. */
  templateSave: { display: 'flex', gap: space.s, alignItems: 'center', marginTop: space.xs, flexWrap: 'wrap' }
});

type Step = Exclude<Action, 'edit' | 'submit'>;
const STEPS: readonly Step[] = ['requestChanges', 'approve', 'archive', 'sendStartupInstructions', 'comment'];

/** Why a decision was not saved when another reviewer decided first: who decided what, and when. */
function conflictText(strings: Strings, locale: string, conflict: DecisionConflictError): string {
  const first = conflict.decided;
  if (!first) return strings.DecisionChangedMeanwhile;
  return format(
    strings.DecisionTakenFirst,
    first.by.title || first.by.loginName,
    label(strings, 'Event_', first.kind),
    dateTime(locale, first.at)
  );
}

/**
 * `onDone` gets the "Done: …" announcement: the page keeps and announces it across the reload that
 * follows. `onStale` gets the plan as it is now when the server refused a decision taken on an
 * older page: the page shows it without a reload, so this panel (and the comment typed) stays.
 */
export function WorkflowPanel(props: {
  detail: PlanDetail;
  onDone: (announcement: string) => void;
  onStale?: (fresh: PlanDetail) => void;
}): JSX.Element | null {
  const { detail, onDone, onStale } = props;
  const strings = useText();
  const { services, common, locale } = useHub<'plans'>();
  const [open, setOpen] = React.useState<Step | undefined>();
  const [comment, setComment] = React.useState('');
  const [reference, setReference] = React.useState('');
  const [section, setSection] = React.useState<SectionId | 'general'>('general');
  // Request changes: what to change in each section ticked. Each is sent as that section's comment,
  // then the request itself; a comment already saved leaves the form (a retry never repeats it).
  const [toChange, setToChange] = React.useState<Partial<Record<SectionId, string>>>({});
  const [error, setError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  // A step that is done reloads the page, which unmounts this panel before its `finally` runs.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  // After a refused decision the step may be gone and Confirm disabled: focus goes to the kept comment.
  const commentBox = React.useRef<ITextField>(null);
  const [refocus, setRefocus] = React.useState(0);
  React.useEffect(() => {
    if (refocus > 0 && commentBox.current) commentBox.current.focus();
  }, [refocus]);
  // Start-up instructions start from the reviewers' texts for the plan's channels (read when the step opens).
  const [templates, setTemplates] = React.useState<Map<Channel, StartupTemplate> | 'unavailable' | undefined>();
  const channels = detail.plan.channels.channels;
  React.useEffect(() => {
    if (open !== 'sendStartupInstructions' || templates) return;
    services.plans.repository
      .read((sp) => new StartupTemplates(sp).all())
      .then(
        (found) => {
          setTemplates(found);
          const start = startingText(channels, found, (c) => channelLabel(strings, c));
          setComment((typed) => (typed.trim() ? typed : start));
        },
        () => setTemplates('unavailable')
      );
  }, [open, templates, services, channels, strings]);
  const steps = STEPS.filter((s) => detail.actions.indexOf(s) >= 0);
  const primary = steps.find((s) => s === 'approve' || s === 'archive' || s === 'sendStartupInstructions');
  if (steps.length === 0) return null;

  const roleFor = (step: Step): Role => {
    if (step === 'archive') return 'author';
    if (step === 'comment') return detail.roles.indexOf('reviewer') >= 0 && detail.me.id !== detail.owner.id ? 'reviewer' : 'author';
    return 'reviewer';
  };

  const run = async (): Promise<void> => {
    if (!open) return;
    setError(undefined);
    // The domain's rules answer at once (a missing comment, an invalid reference); the server still guards.
    const context = { isOwnPlan: detail.me.id === detail.owner.id, startupInstructionsSent: detail.derived.startupInstructionsSent };
    const check = apply(
      detail.derived.state,
      open,
      roleFor(open),
      { by: detail.me, at: new Date().toISOString(), comment, reference },
      context
    );
    if (!check.ok) {
      setError(reasonText(strings, check.reason));
      return;
    }
    const ticked = open === 'requestChanges' ? SECTION_IDS.filter((s) => toChange[s] !== undefined) : [];
    const empty = ticked.find((s) => !(toChange[s] || '').trim());
    if (empty) {
      setError(format(strings.RequestSectionEmpty, sectionLabel(strings, empty)));
      return;
    }
    setBusy(true);
    const repository = services.plans.repository;
    try {
      for (const s of ticked) {
        await repository.comment(detail, toChange[s] as string, s);
        setToChange((all) => {
          const rest = { ...all };
          delete rest[s];
          return rest;
        });
      }
      if (open === 'comment') await repository.comment(detail, comment, section === 'general' ? undefined : section);
      else if (open === 'archive') await repository.archive(detail, reference, comment);
      else await repository.decide(detail, open, comment);
      const announcement = format(strings.ActionDone, label(strings, 'Action_', open));
      setOpen(undefined);
      setComment('');
      setReference('');
      onDone(announcement);
    } catch (e) {
      if (e instanceof DecisionConflictError) {
        // Nothing was saved: say who decided first, keep the comment, show the plan as it is now.
        setError(conflictText(strings, locale, e));
        if (onStale) onStale(e.fresh);
        setRefocus((n) => n + 1);
        return;
      }
      setError(e instanceof WorkflowRefusedError ? reasonText(strings, e.reason) : commonProblemText((await toProblem(e)).kind, common));
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  return (
    <div className={classes.panel}>
      <div className={classes.steps}>
        {/* One primary action per state, first: the step that moves the plan on. The rest stay secondary. */}
        {[...steps.filter((s) => s === primary), ...steps.filter((s) => s !== primary)].map((s) => {
          const Button = s === primary ? PrimaryButton : DefaultButton;
          return (
            <Button
              key={s}
              text={label(strings, 'Action_', s)}
              aria-expanded={open === s}
              onClick={() => {
                setOpen(open === s ? undefined : s);
                setError(undefined);
              }}
            />
          );
        })}
      </div>
      {open && (
        <div role="group" aria-label={label(strings, 'Action_', open)} className={classes.form}>
          {open === 'comment' && (
            <Dropdown
              label={strings.CommentSection}
              selectedKey={section}
              options={[
                { key: 'general', text: strings.CommentGeneral },
                ...SECTION_IDS.map((s) => ({ key: s, text: sectionLabel(strings, s) }))
              ]}
              onChange={(_, o) => o && setSection(o.key as SectionId | 'general')}
            />
          )}
          {open === 'archive' && (
            <TextField label={strings.ReferenceLabel} required value={reference} onChange={(_, v) => setReference(v || '')} />
          )}
          {open === 'requestChanges' && (
            <fieldset className={classes.sections}>
              <legend className={classes.legend}>{strings.RequestSectionsLegend}</legend>
              {SECTION_IDS.map((s) => (
                <div key={s}>
                  <LightCheckbox
                    label={sectionLabel(strings, s)}
                    checked={toChange[s] !== undefined}
                    onChange={(on) =>
                      setToChange((all) => {
                        const next = { ...all };
                        if (on) next[s] = next[s] || '';
                        else delete next[s];
                        return next;
                      })
                    }
                  />
                  {toChange[s] !== undefined && (
                    <div className={classes.sectionRequest}>
                      <TextField
                        label={format(strings.RequestSectionLabel, sectionLabel(strings, s))}
                        multiline
                        autoAdjustHeight
                        value={toChange[s]}
                        onChange={(_, v) => setToChange((all) => ({ ...all, [s]: v || '' }))}
                      />
                    </div>
                  )}
                </div>
              ))}
            </fieldset>
          )}
          <TextField
            componentRef={commentBox}
            label={strings.CommentLabel}
            required
            multiline
            autoAdjustHeight
            value={comment}
            description={strings.CommentRequiredHint}
            onChange={(_, v) => setComment(v || '')}
          />
          {open === 'sendStartupInstructions' && templates === 'unavailable' && (
            <LightMessage kind="info">{strings.TemplatesUnavailable}</LightMessage>
          )}
          {open === 'sendStartupInstructions' && templates && templates !== 'unavailable' && (
            <TemplateEditors
              locale={locale}
              channels={channels}
              templates={templates}
              onSaved={(t) => setTemplates(new Map(templates).set(t.channel, t))}
            />
          )}
          {error && <LightMessage kind="error">{error}</LightMessage>}
          <div className={classes.confirm}>
            <PrimaryButton text={strings.Confirm} disabled={busy || steps.indexOf(open) < 0} onClick={run} />
            <DefaultButton text={strings.Cancel} onClick={() => setOpen(undefined)} />
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * The reviewers' texts for the plan's channels, each editable and saved for every later plan (with
 * the ETag read: another reviewer's change in between is refused, and the text typed stays).
 */
function TemplateEditors(props: {
  locale: string;
  channels: readonly Channel[];
  templates: ReadonlyMap<Channel, StartupTemplate>;
  onSaved: (t: StartupTemplate) => void;
}): JSX.Element | null {
  const { locale, channels, templates, onSaved } = props;
  const strings = useText();
  if (channels.length === 0) return null;
  return (
    <details className={classes.templates}>
      <summary className={classes.templatesSummary}>{strings.TemplatesTitle}</summary>
      <p className={classes.templatesHint}>{strings.TemplatesHint}</p>
      {channels.map((c) => (
        <TemplateEditor key={c} locale={locale} template={templates.get(c) || { channel: c, instructions: '' }} onSaved={onSaved} />
      ))}
    </details>
  );
}

function TemplateEditor(props: { locale: string; template: StartupTemplate; onSaved: (t: StartupTemplate) => void }): JSX.Element {
  const { locale, template, onSaved } = props;
  const strings = useText();
  const { services, common } = useHub<'plans'>();
  const [text, setText] = React.useState(template.instructions);
  const [status, setStatus] = React.useState<{ kind: 'saved' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = React.useState(false);
  const name = channelLabel(strings, template.channel);
  const save = async (): Promise<void> => {
    setBusy(true);
    setStatus(undefined);
    try {
      const stored = await services.plans.repository.read((sp) => new StartupTemplates(sp).save(template, text));
      onSaved(stored);
      setStatus({ kind: 'saved', text: strings.TemplateSaved });
    } catch (e) {
      const kind = (await toProblem(e)).kind;
      setStatus({ kind: 'error', text: kind === 'conflict' ? strings.TemplateConflict : commonProblemText(kind, common) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={classes.template}>
      <TextField
        label={format(strings.TemplateLabel, name)}
        multiline
        autoAdjustHeight
        value={text}
        onChange={(_, v) => {
          setText(v || '');
          setStatus(undefined);
        }}
        description={
          template.editor && template.modified
            ? format(strings.TemplateChangedBy, template.editor, dateTime(locale, template.modified))
            : undefined
        }
      />
      <div className={classes.templateSave}>
        <DefaultButton
          text={format(strings.TemplateSave, name)}
          disabled={busy || !text.trim() || text.trim() === template.instructions.trim()}
          onClick={() => {
            save().catch(() => undefined);
          }}
        />
        <span role={status && status.kind === 'error' ? 'alert' : 'status'}>{status ? status.text : ''}</span>
      </div>
    </div>
  );
}
