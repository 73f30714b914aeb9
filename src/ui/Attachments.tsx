/**
 * The files attached to a plan or a training session: a list of links for everyone who may read
 * the item, and — for those who may change it — "Add files" and a remove button per file.
 *
 * Every chosen file is checked by the hub's rules (domain/attachments.ts) before it is sent; a
 * refused one is named with the reason and the way out, in the page's language. Files are sent
 * one at a time; one that fails (throttled, offline, refused by the server) stays listed with
 * "Try again", and nothing else on the page — the plan's text, other files — is touched.
 * Each link goes through hrefFor (only the site's own paths); a kind that could run script on the
 * site's origin (an SVG, anything the rules would not admit) is offered as a download only.
 */
import * as React from 'react';
import { themeClasses } from './themeClasses';
import type { Attachment } from '../data/attachments';
import { AttachmentRefusedError } from '../data/attachmentWrites';
import { ATTACHMENT_ACCEPT, attachmentRefusal, extensionOf, opensInBrowser } from '../domain/attachments';
import { toProblem } from '../data/errors';
import { attachmentText } from './attachmentText';
import { format } from './format';
import { useHub } from './HubContext';
import { LightButton, useLightClasses } from './light';
import { hrefFor } from './links';
import { problemText } from './problemText';
import { VISUALLY_HIDDEN } from './visuallyHidden';
import { block, space, useLayout } from './layout';

/** A chosen file's bytes, read with FileReader (every browser, and jsdom, has it). */
export function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error || new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

export interface AttachmentsProps {
  /** What the files belong to: it decides the hint under "Add files". */
  kind: 'plan' | 'session';
  attachments: readonly Attachment[];
  /** Stores one file that passed the rules; rejects when it was not stored. Absent: read only. */
  onAdd?: (file: File) => Promise<void>;
  /** Removes one file; rejects when it was not removed. */
  onRemove?: (name: string) => Promise<void>;
  /** A line shown under the hint (e.g. that a new plan is saved first). */
  note?: string;
  idPrefix: string;
}

interface Pending {
  key: number;
  file: File;
  state: 'adding' | 'failed';
  message?: string;
}

const FILE_ICON = 'M5 2.5h7l3.5 3.5v11.5H5zM12 2.5V6h3.5';
/** A waste bin: remove (the file goes to the site's recycle bin). */
const REMOVE_ICON = 'M3.5 5.5h13M8 5.5V3.5h4v2M5.5 5.5l1 11h7l1-11M8.5 8.5v5.5M11.5 8.5v5.5';

/** The files section's classes in the current theme. */
const useAttachmentClasses = themeClasses((theme) => {
  const { semanticColors } = theme;
  const name = { color: semanticColors.link, overflowWrap: 'anywhere', flex: '1 1 auto', minWidth: 0 } as const;
  const note = { margin: block(space.xs) };
  return {
    attachments: { margin: block(space.l) },
    title: { margin: block(0, space.xs) },
    /** A line of text under the title or in the refusals ("No files yet", a refused file). */
    note,
    /** A file: its icon, its name (the link) and the remove button. */
    row: {
      display: 'flex',
      alignItems: 'center',
      gap: space.s,
      padding: block(space.sNudge),
      borderBottom: `1px solid ${semanticColors.bodyDivider}`
    },
    fileIcon: { flex: '0 0 20px' },
    name,
    /** A file still on its way (or refused): plain text, not a link. */
    pendingName: [name, { color: semanticColors.bodyText }],
    remove: { flex: '0 0 auto' },
    removeIcon: { verticalAlign: 'middle' },
    refused: { color: semanticColors.errorText, margin: block(space.s) },
    add: { marginTop: space.s },
    hint: [note, { color: semanticColors.bodySubtext }],
    live: VISUALLY_HIDDEN
  };
});

export function Attachments(props: AttachmentsProps): JSX.Element {
  const { kind, attachments, onAdd, onRemove, idPrefix } = props;
  const { locale, common } = useHub();
  const t = attachmentText(locale);
  const classes = useLightClasses();
  const layout = useLayout();
  const own = useAttachmentClasses();
  const input = React.useRef<HTMLInputElement>(null);
  const [pending, setPending] = React.useState<Pending[]>([]);
  const [refused, setRefused] = React.useState<string[]>([]);
  const [removing, setRemoving] = React.useState<string | undefined>();
  const [announcement, setAnnouncement] = React.useState('');
  const counter = React.useRef(0);
  const queue = React.useRef<Promise<void>>(Promise.resolve());
  const canChange = Boolean(onAdd);

  const reasonOf = async (error: unknown): Promise<string> =>
    error instanceof AttachmentRefusedError ? t[`Refused_${error.reason}` as const] : problemText((await toProblem(error)).kind, common);

  /** Sends one file after the ones before it; keeps it listed with the reason when it fails. */
  const send = (entry: Pending): void => {
    if (!onAdd) return;
    queue.current = queue.current.then(async () => {
      setPending((all) => all.map((p) => (p.key === entry.key ? { ...p, state: 'adding', message: undefined } : p)));
      setAnnouncement(format(t.Adding, entry.file.name));
      try {
        await onAdd(entry.file);
        setPending((all) => all.filter((p) => p.key !== entry.key));
        setAnnouncement(format(t.Added, entry.file.name));
      } catch (error) {
        const message = format(t.NotAdded, entry.file.name, await reasonOf(error));
        setPending((all) => all.map((p) => (p.key === entry.key ? { ...p, state: 'failed', message } : p)));
        setAnnouncement(message);
      }
    });
  };

  const choose = async (files: FileList | null): Promise<void> => {
    if (!files || files.length === 0) return;
    const chosen = Array.from(files);
    if (input.current) input.current.value = '';
    const names = attachments.map((a) => a.name).concat(pending.map((p) => p.file.name));
    const refusals: string[] = [];
    for (const file of chosen) {
      // The first bytes tell a program from a document; an SVG is read whole for script.
      const head = new Uint8Array(await readBytes(file.slice(0, extensionOf(file.name) === 'svg' ? file.size : 8192)));
      const reason = attachmentRefusal({ name: file.name, size: file.size, head }, { existing: names });
      if (reason) {
        refusals.push(format(t.NotAdded, file.name, t[`Refused_${reason}` as const]));
        continue;
      }
      names.push(file.name);
      counter.current += 1;
      const entry: Pending = { key: counter.current, file, state: 'adding' };
      setPending((all) => all.concat([entry]));
      send(entry);
    }
    setRefused(refusals);
    if (refusals.length > 0) setAnnouncement(refusals.join(' '));
  };

  const remove = async (name: string): Promise<void> => {
    if (!onRemove) return;
    setRemoving(name);
    setAnnouncement(format(t.Removing, name));
    try {
      await onRemove(name);
      setAnnouncement(format(t.Removed, name));
    } catch (error) {
      setAnnouncement(format(t.NotRemoved, name, await reasonOf(error)));
    } finally {
      setRemoving(undefined);
    }
  };

  const headingId = `${idPrefix}-attachments`;

  return (
    <section aria-labelledby={headingId} className={own.attachments}>
      <h3 id={headingId} className={own.title}>
        {attachments.length > 0 ? `${t.Title} (${attachments.length})` : t.Title}
      </h3>
      {attachments.length === 0 && pending.length === 0 && <p className={own.note}>{t.None}</p>}
      {(attachments.length > 0 || pending.length > 0) && (
        <ul className={layout.plainList}>
          {attachments.map((a) => {
            const href = hrefFor(a.url);
            const inline = opensInBrowser(a.name);
            return (
              <li key={a.name} className={own.row}>
                <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={own.fileIcon}>
                  <path d={FILE_ICON} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" />
                </svg>
                {href ? (
                  <a
                    href={href}
                    className={own.name}
                    {...(inline ? { target: '_blank', rel: 'noopener noreferrer' } : { download: a.name })}
                  >
                    {a.name}
                    {!inline && <span> ({t.DownloadOnly})</span>}
                  </a>
                ) : (
                  <span className={own.name}>{a.name}</span>
                )}
                {onRemove && (
                  <button
                    type="button"
                    className={`${classes.iconButton} ${own.remove}`}
                    disabled={removing !== undefined}
                    aria-label={format(t.Remove, a.name)}
                    title={format(t.Remove, a.name)}
                    onClick={() => {
                      remove(a.name).catch(() => undefined);
                    }}
                  >
                    <svg width={16} height={16} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={own.removeIcon}>
                      <path
                        d={REMOVE_ICON}
                        fill="none"
                        stroke="currentColor"
                        strokeWidth={1.5}
                        strokeLinecap="round"
                        strokeLinejoin="round"
                      />
                    </svg>
                  </button>
                )}
              </li>
            );
          })}
          {pending.map((p) => (
            <li key={`pending-${p.key}`} className={own.row}>
              <span className={own.pendingName}>{p.state === 'adding' ? format(t.Adding, p.file.name) : p.message}</span>
              {p.state === 'failed' && (
                <>
                  <LightButton text={t.TryAgain} onClick={() => send(p)} />
                  <LightButton text={t.Dismiss} onClick={() => setPending((all) => all.filter((x) => x.key !== p.key))} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <div role="alert" className={own.refused}>
          {refused.map((r) => (
            <p key={r} className={own.note}>
              {r}
            </p>
          ))}
        </div>
      )}
      {canChange && (
        <div className={own.add}>
          <input
            ref={input}
            id={`${headingId}-input`}
            type="file"
            multiple
            accept={ATTACHMENT_ACCEPT}
            hidden
            onChange={(e) => {
              choose(e.target.files).catch(() => undefined);
            }}
          />
          <LightButton text={t.Add} aria-describedby={`${headingId}-hint`} onClick={() => input.current && input.current.click()} />
          <p id={`${headingId}-hint`} className={own.hint}>
            {kind === 'plan' ? t.HintPlan : t.HintSession}
            {props.note ? ` ${props.note}` : ''}
          </p>
        </div>
      )}
      <div role="status" aria-live="polite" className={own.live}>
        {announcement}
      </div>
    </section>
  );
}
