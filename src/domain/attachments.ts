/**
 * Which files may be attached to a plan or a training session, decided before anything is sent.
 *
 * SharePoint's own refusals, said in words first ("Restrictions and limitations in OneDrive and
 * SharePoint", "Invalid file names and file types in OneDrive and SharePoint"): the characters
 * " * : < > ? / \ | and control characters, a leading or trailing space, the names .lock, CON, PRN,
 * AUX, NUL, COM0–9, LPT0–9 and desktop.ini, `_vti_` anywhere, a name beginning with `~$`, and a
 * decoded path over 400 characters (the attachment's path is `<list>/Attachments/<item>/<name>`).
 * PnPjs has `containsInvalidFileFolderChars` (utils/file-names), but its regular expression is
 * global, so `test` keeps its `lastIndex` between calls and answers every other call wrongly; the
 * rule is written here with the reserved names it does not cover.
 *
 * The hub's own rules on top: at most 10 MB a file (supporting material, slides and handouts —
 * not a file share), documents, spreadsheets, presentations, PDF, text and pictures only, and
 * never a program: a name with another extension is refused, and so is content that starts like
 * a Windows or Linux program whatever its name, or an SVG that carries script (SharePoint serves
 * an attachment from the site's own origin).
 */

/** The largest attachment the hub takes. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** SharePoint's limit on a file's decoded server-relative path. */
export const MAX_PATH_LENGTH = 400;

/** What may be attached: documents, spreadsheets, presentations, PDF, text and pictures. */
export const ATTACHMENT_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'odt',
  'rtf',
  'txt',
  'csv',
  'xls',
  'xlsx',
  'ods',
  'ppt',
  'pptx',
  'odp',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'svg'
] as const;

/** What the `accept` of a file input offers (the rules below still check every file). */
export const ATTACHMENT_ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',');

export type AttachmentRefusal =
  | 'emptyName'
  | 'invalidCharacters'
  | 'reservedName'
  | 'pathTooLong'
  | 'empty'
  | 'tooLarge'
  | 'fileType'
  | 'program'
  | 'svgScript'
  | 'duplicate';

export interface AttachmentCandidate {
  name: string;
  size: number;
  /** The file's first bytes (a few KB; all of an SVG), for the content checks. */
  head?: Uint8Array;
}

// eslint-disable-next-line no-control-regex -- control characters are what SharePoint refuses in a name
const INVALID = /["*:<>?/\\|\u0000-\u001f\u007f]/;
// Also with an extension ("CON.pdf"), as Windows reserves them: such a file could not be saved back to a PC.
const RESERVED = /^(\.lock|con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop\.ini)(\..*)?$/i;

/** The file's extension in lower case, '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/** Windows programs and libraries begin with "MZ", Linux ones with "\x7fELF", macOS ones with a Mach-O magic. */
function looksLikeProgram(head: Uint8Array): boolean {
  return (
    startsWith(head, [0x4d, 0x5a]) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(head, [0xca, 0xfe, 0xba, 0xbe])
  );
}

/** Bytes as Latin-1 text: enough to find markup, whatever the file's own encoding of the rest. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...Array.from(bytes.subarray(at, at + 8192)));
  return text;
}

/** An SVG with script in any of the forms a browser runs: a script element, an on… handler, a script URL, foreign HTML. */
export function svgHasScript(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- a NUL inside "javascript:" is one of the evasions
  const squeezed = text.replace(/&#0*(x0*)?(9|a|d|10|13);?/gi, '').replace(/[\s\u0000]+/g, '');
  return (
    /<script/i.test(text) ||
    /\son[a-z]+\s*=/i.test(text) ||
    /(java|vb)script:/i.test(squeezed) ||
    /<foreignObject/i.test(text) ||
    /<(iframe|embed|object)\b/i.test(text) ||
    /data:text\/html/i.test(squeezed)
  );
}

/**
 * Why a file may not be attached, or undefined when it may. `listUrl` is the list's server-relative
 * root (for the path limit), `itemId` the plan's or session's id, `existing` the names already attached.
 */
export function attachmentRefusal(
  file: AttachmentCandidate,
  place: { listUrl?: string; itemId?: number; existing?: readonly string[] } = {}
): AttachmentRefusal | undefined {
  const name = file.name;
  if (name.trim() === '') return 'emptyName';
  if (INVALID.test(name) || name !== name.trim() || /_vti_/i.test(name) || name.startsWith('~$')) return 'invalidCharacters';
  if (RESERVED.test(name)) return 'reservedName';
  const path = `${place.listUrl || ''}/Attachments/${place.itemId === undefined ? '0000000' : place.itemId}/${name}`;
  if (name.length > 128 || path.length > MAX_PATH_LENGTH) return 'pathTooLong';
  if ((place.existing || []).some((n) => n.toLowerCase() === name.toLowerCase())) return 'duplicate';
  if ((ATTACHMENT_EXTENSIONS as readonly string[]).indexOf(extensionOf(name)) < 0) return 'fileType';
  if (file.size <= 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'tooLarge';
  if (file.head && looksLikeProgram(file.head)) return 'program';
  if (extensionOf(name) === 'svg' && file.head && svgHasScript(latin1(file.head))) return 'svgScript';
  return undefined;
}

/**
 * Whether an attachment stored on the site (by anyone, through any client) may be opened in the
 * browser: a kind the rules above admit and not an SVG (its script would run on the site's origin);
 * anything else is offered as a download only.
 */
export function opensInBrowser(name: string): boolean {
  const extension = extensionOf(name);
  return extension !== 'svg' && (ATTACHMENT_EXTENSIONS as readonly string[]).indexOf(extension) >= 0;
}
