import * as React from 'react';
import { themeClasses } from '../../../ui/themeClasses';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  hasErrors,
  isValidDate,
  Person,
  Session,
  SessionIssue,
  SESSION_TOPICS,
  SessionTopic,
  validateSession
} from '../../../domain/training';
import { StoredSession, TrainingViewer } from '../../../data/training';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { LightButton, LightText } from '../../../ui/light';
import { LightMessage as Notice } from '../../../ui/LightMessage';
import { block, space } from '../../../ui/layout';
import { ProblemMessage as ProblemNotice } from '../../../ui/ProblemMessage';
import { LightOption as SelectOption, LightSelect as Select } from '../../../ui/light';
import { OrganiserPicker } from './OrganiserPicker';
import { SessionTime } from './SessionTime';
import { topicText, useNavigate, useText } from './text';
import { issueText } from './issueText';

/** What the admin typed, as typed: it survives failed saves (429, 503, dropped connection, 412). */
export interface SessionDraft {
  title: string;
  description: string;
  topic: SessionTopic;
  audience: string;
  start: string;
  end: string;
  place: string;
  onlineMeetingUrl: string;
  capacity: string;
  signUpDeadline: string;
  linkedEvent: string;
  /** Picked from the site's users; a new session starts with the admin creating it. */
  organiser?: Person;
  /** The series the session is a part of; undefined on a site without the column (before v7). */
  series?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A moment as the value of <input type="datetime-local">, in the browser's own zone. */
export function toLocalInput(date: Date | undefined): string {
  if (!date || !isValidDate(date)) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function fromLocalInput(value: string): Date {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) ? new Date(value) : new Date(NaN);
}

export function draftOf(session?: Session, defaultOrganiser?: Person, seriesOffered = true): SessionDraft {
  return {
    title: session?.title || '',
    description: session?.description || '',
    topic: session?.topic || 'socialMedia',
    audience: session?.audience || '',
    start: toLocalInput(session?.start),
    end: toLocalInput(session?.end),
    place: session?.place || '',
    onlineMeetingUrl: session?.onlineMeetingUrl || '',
    capacity: session ? String(session.capacity) : '20',
    signUpDeadline: toLocalInput(session?.signUpDeadline),
    linkedEvent: session?.linkedEvent || '',
    organiser: session ? session.organiser : defaultOrganiser,
    series: session ? session.series : seriesOffered ? '' : undefined
  };
}

export function sessionOf(draft: SessionDraft, base: Session | undefined): Session {
  const capacity = draft.capacity.trim() === '' ? NaN : Number(draft.capacity);
  return {
    id: base?.id || 0,
    title: draft.title,
    description: draft.description,
    topic: draft.topic,
    audience: draft.audience,
    start: fromLocalInput(draft.start),
    end: fromLocalInput(draft.end),
    place: draft.place.trim() || undefined,
    onlineMeetingUrl: draft.onlineMeetingUrl.trim() || undefined,
    capacity,
    organiser: draft.organiser,
    signUpDeadline: draft.signUpDeadline ? fromLocalInput(draft.signUpDeadline) : undefined,
    linkedEvent: draft.linkedEvent.trim() || undefined,
    cancelled: base?.cancelled || false,
    series: draft.series
  };
}

export interface SessionFormProps {
  /** The session being edited; undefined for a new one. */
  initial?: StoredSession;
  viewer: TrainingViewer;
  /** Seats currently held, so that lowering capacity below it asks for confirmation. */
  confirmedCount?: number;
  onSaved: (stored: StoredSession) => void;
  /** The series names of the sessions the app has read, offered in the Series field; undefined: the site has no series (before v7). */
  seriesNames?: readonly string[];
}

const SERIES_OPTIONS_ID = 'ddh-session-series-names';

/** The form's classes in the current theme. */
const useFormClasses = themeClasses((theme) => ({
  heading: { fontSize: theme.fonts.xLarge.fontSize, fontWeight: 600, margin: block(space.m, space.s) },
  actions: { marginTop: space.l },
  save: { marginRight: space.s }
}));

export function SessionForm(props: SessionFormProps): JSX.Element {
  const { services } = useHub<'training'>();
  const s = useText();
  const classes = useFormClasses();
  const navigate = useNavigate();
  const [draft, setDraft] = React.useState<SessionDraft>(() =>
    draftOf(
      props.initial?.session,
      { id: props.viewer.id, name: props.viewer.title, email: props.viewer.email },
      props.seriesNames !== undefined
    )
  );
  const [etag, setEtag] = React.useState(props.initial?.etag);
  const [issues, setIssues] = React.useState<SessionIssue[]>([]);
  const [warningsSeen, setWarningsSeen] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [busy, setBusy] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    heading.current?.focus();
  }, []);

  const set =
    (key: keyof SessionDraft) =>
    (_: unknown, value?: string): void => {
      setDraft((d) => ({ ...d, [key]: value || '' }));
      setWarningsSeen(false);
    };
  const errorFor = (field: keyof Session): string | undefined => {
    const found = issues.filter((i) => i.field === field);
    return found.length ? found.map((i) => issueText(i.code, s)).join(' ') : undefined;
  };

  const save = async (): Promise<void> => {
    const session = sessionOf(draft, props.initial?.session);
    const found = validateSession(session, { now: props.initial ? undefined : new Date(), confirmedCount: props.confirmedCount });
    setIssues(found);
    setProblem(undefined);
    if (hasErrors(found) || (found.length > 0 && !warningsSeen)) {
      setWarningsSeen(!hasErrors(found));
      return;
    }
    setBusy(true);
    try {
      const saved =
        props.initial && etag
          ? await services.training.sessions.update(session, etag, props.initial)
          : await services.training.sessions.create(session);
      props.onSaved(saved);
    } catch (error) {
      setProblem(await toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  /** After a 412: take the latest version's ETag, keep what was typed; the next save overwrites knowingly. */
  const takeLatest = async (): Promise<void> => {
    if (!props.initial) return;
    try {
      setEtag((await services.training.sessions.get(props.initial.session.id)).etag);
      setProblem(undefined);
    } catch (error) {
      setProblem(await toProblem(error));
    }
  };

  const topics: SelectOption[] = SESSION_TOPICS.map((topic) => ({ key: topic, text: topicText(topic, s) }));
  const preview = sessionOf(draft, props.initial?.session);
  const errorCount = issues.filter((i) => i.severity === 'error').length;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save().catch(() => undefined);
      }}
      noValidate
      aria-labelledby="ddh-form-heading"
    >
      <h3 id="ddh-form-heading" tabIndex={-1} ref={heading} className={classes.heading}>
        {props.initial ? s.FormTitleEdit : s.FormTitleNew}
      </h3>
      <div role="alert" aria-live="assertive">
        {errorCount > 0 && <Notice kind="error">{s.FixErrors}</Notice>}
        {errorCount === 0 && warningsSeen && <Notice kind="warning">{s.WarningsConfirm}</Notice>}
      </div>
      {problem && (
        <>
          <ProblemNotice
            problem={problem}
            onRetry={
              problem.kind === 'conflict'
                ? undefined
                : () => {
                    save().catch(() => undefined);
                  }
            }
          />
          {problem.kind === 'conflict' && (
            <LightButton
              onClick={() => {
                takeLatest().catch(() => undefined);
              }}
              text={s.TakeLatest}
            />
          )}
        </>
      )}
      <TextField
        label={s.FieldTitle}
        required
        value={draft.title}
        onChange={set('title')}
        errorMessage={errorFor('title')}
        maxLength={255}
      />
      <TextField
        label={s.FieldDescription}
        multiline
        rows={4}
        value={draft.description}
        onChange={set('description')}
        errorMessage={errorFor('description')}
      />
      <Select
        id="ddh-session-topic"
        label={s.FieldTopic}
        options={topics}
        value={draft.topic}
        errorMessage={errorFor('topic')}
        onChange={(key) => setDraft((d) => ({ ...d, topic: key as SessionTopic }))}
      />
      <TextField label={s.FieldAudience} value={draft.audience} onChange={set('audience')} errorMessage={errorFor('audience')} />
      <TextField
        label={s.FieldStart}
        type="datetime-local"
        required
        value={draft.start}
        onChange={set('start')}
        errorMessage={errorFor('start')}
        description={s.LocalTimeHint}
      />
      <TextField label={s.FieldEnd} type="datetime-local" required value={draft.end} onChange={set('end')} errorMessage={errorFor('end')} />
      {isValidDate(preview.start) && isValidDate(preview.end) && preview.end > preview.start && (
        <div aria-label={s.TimePreview} role="group">
          <LightText block variant="small">
            {s.TimePreview}
          </LightText>
          <SessionTime start={preview.start} end={preview.end} />
        </div>
      )}
      <TextField label={s.FieldPlace} value={draft.place} onChange={set('place')} errorMessage={errorFor('place')} />
      <TextField
        label={s.FieldOnlineLink}
        type="url"
        value={draft.onlineMeetingUrl}
        onChange={set('onlineMeetingUrl')}
        errorMessage={errorFor('onlineMeetingUrl')}
        description={s.OnlineLinkHint}
      />
      <TextField
        label={s.FieldCapacity}
        type="number"
        required
        min={1}
        value={draft.capacity}
        onChange={set('capacity')}
        errorMessage={errorFor('capacity')}
      />
      <TextField
        label={s.FieldDeadline}
        type="datetime-local"
        value={draft.signUpDeadline}
        onChange={set('signUpDeadline')}
        errorMessage={errorFor('signUpDeadline')}
        description={s.DeadlineHint}
      />
      <OrganiserPicker value={draft.organiser} disabled={busy} onChange={(organiser) => setDraft((d) => ({ ...d, organiser }))} />
      <TextField
        label={s.FieldLinkedEvent}
        value={draft.linkedEvent}
        onChange={set('linkedEvent')}
        errorMessage={errorFor('linkedEvent')}
      />
      {draft.series !== undefined && (
        <>
          <TextField
            label={s.FieldSeries}
            value={draft.series}
            onChange={set('series')}
            maxLength={255}
            description={s.SeriesHint}
            list={SERIES_OPTIONS_ID}
            autoComplete="off"
          />
          <datalist id={SERIES_OPTIONS_ID}>
            {(props.seriesNames || []).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
      <div className={classes.actions}>
        <LightButton
          type="submit"
          primary
          disabled={busy}
          className={classes.save}
          text={busy ? s.Working : errorCount === 0 && warningsSeen ? s.SaveAnyway : s.Save}
        />
        <LightButton
          // Closed: back to the session edited, or to the list for a new one.
          onClick={() => navigate(props.initial ? { view: 'details', sessionId: props.initial.session.id } : { view: 'list' })}
          disabled={busy}
          text={s.CloseForm}
        />
      </div>
    </form>
  );
}
