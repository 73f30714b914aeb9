/**
 * The reviewers' start-up instructions per channel (DDH Startup Templates, schema v6), over @pnp/sp.
 * A reviewer sending an approved plan's start-up instructions starts from the texts of the plan's
 * channels and edits them; any reviewer keeps a channel's text up to date. Only reviewers (and
 * owners) read or write the list — the server refuses anyone else — and each change is saved with
 * the ETag read, so two reviewers editing one text never overwrite each other (412: read it again).
 * Loaded with the workflow panel (a later view), through PlanRepository.read.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { Channel, CHANNELS } from '../../domain/plans/plan';
import { PLAN_LISTS, STARTUP_TEMPLATE_FIELDS as T } from '../../lists/planLists';
import { isDuplicateRefusal, toProblem } from '../errors';
import { odataString } from '../odata';

export interface StartupTemplate {
  channel: Channel;
  instructions: string;
  /** The item, when the channel has one yet (with the ETag it was read with). */
  id?: number;
  etag?: string;
  /** Who changed it last, and when (server-set Editor and Modified). */
  editor?: string;
  modified?: string;
}

interface TemplateRow {
  Id: number;
  Modified: string;
  Editor?: { Title?: string };
  'odata.etag'?: string;
  [column: string]: unknown;
}

/** The list was not found: a site not yet updated to v6 (or a person who is not a reviewer). */
export class TemplatesUnavailableError extends Error {
  public constructor() {
    super('The start-up templates cannot be read here.');
    this.name = 'TemplatesUnavailableError';
  }
}

function toTemplate(row: TemplateRow): StartupTemplate | undefined {
  const channel = row[T.channel] as Channel;
  if (CHANNELS.indexOf(channel) < 0) return undefined;
  return {
    channel,
    instructions: typeof row[T.instructions] === 'string' ? (row[T.instructions] as string) : '',
    id: row.Id,
    etag: row['odata.etag'] || '*',
    editor: row.Editor && row.Editor.Title,
    modified: row.Modified
  };
}

const SELECT = ['Id', 'Modified', 'Editor/Title', T.channel, T.instructions];

export class StartupTemplates {
  public constructor(private readonly sp: SPFI) {}

  private items(): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.sp.web.lists.getByTitle(PLAN_LISTS.startupTemplates.title).items;
  }

  /** Every channel's text (a channel without one is absent): at most one row per channel, one request. */
  public async all(): Promise<Map<Channel, StartupTemplate>> {
    let rows: TemplateRow[];
    try {
      rows = await this.items()
        .select(...SELECT)
        .expand('Editor')
        .top(CHANNELS.length * 2)<TemplateRow[]>();
    } catch (error) {
      const kind = (await toProblem(error)).kind;
      if (kind === 'notFound' || kind === 'accessDenied') throw new TemplatesUnavailableError();
      throw error;
    }
    const result = new Map<Channel, StartupTemplate>();
    for (const row of rows) {
      const template = toTemplate(row);
      if (template && !result.has(template.channel)) result.set(template.channel, template);
    }
    return result;
  }

  private async read(channel: Channel): Promise<StartupTemplate | undefined> {
    const rows = await this.items()
      .filter(`${T.channel} eq ${odataString(channel)}`)
      .select(...SELECT)
      .expand('Editor')
      .top(1)<TemplateRow[]>();
    return rows[0] ? toTemplate(rows[0]) : undefined;
  }

  /**
   * Saves a channel's text over the version `template` was read at: an update with its ETag, or the
   * channel's first row (unique by channel). Another reviewer's change in between is a 412 (or the
   * unique key's refusal) and is answered by rejecting with the problem — the text typed is the
   * caller's to keep. Resolves to the template as stored.
   */
  public async save(template: StartupTemplate, instructions: string): Promise<StartupTemplate> {
    const text = instructions.trim();
    try {
      if (template.id !== undefined) {
        await this.items()
          .getById(template.id)
          .update({ [T.instructions]: text }, template.etag || '*');
      } else {
        await this.items().add({ Title: template.channel, [T.channel]: template.channel, [T.instructions]: text });
      }
    } catch (error) {
      if (template.id === undefined && (await isDuplicateRefusal(error, async () => (await this.read(template.channel)) !== undefined))) {
        throw Object.assign(new Error("Another reviewer wrote this channel's text first."), { status: 412 });
      }
      throw error;
    }
    return (await this.read(template.channel)) || { ...template, instructions: text };
  }
}

/**
 * The message a reviewer starts from: each of the plan's channels that has a text, under its name,
 * in the plan's order. Empty when none has one.
 */
export function startingText(
  channels: readonly Channel[],
  templates: ReadonlyMap<Channel, StartupTemplate>,
  name: (channel: Channel) => string
): string {
  return channels
    .filter((c) => templates.has(c) && (templates.get(c) as StartupTemplate).instructions.trim() !== '')
    .map((c) => `${name(c)}:\n${(templates.get(c) as StartupTemplate).instructions.trim()}`)
    .join('\n\n');
}
