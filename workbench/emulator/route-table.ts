/**
 * The shape of the emulator's REST map, and the one walk that answers a request with it.
 *
 * SharePoint's REST service resolves a path segment by segment: `web` → `lists` →
 * `getByTitle('Plans')` → `items(3)` → `recycle`. Each step lands on a *resource* (the web, a
 * list, an item, a folder…). A resource answers some HTTP methods itself and has named segments
 * below it; a segment either answers there (an action such as `recycle`, a property such as
 * `itemcount`) or leads on to another resource. A collection addressed with arguments
 * (`lists('guid')`, `items(3)`, `sitegroups(5)`) leads to one of its members.
 *
 * `routes.ts` declares the map with this shape; `routesMarkdown()` prints it for the emulator's
 * README (`npm run emulator:routes` writes it there, and a test keeps the two equal), so the list
 * of what the emulator speaks cannot drift from what it does.
 */
import { errors } from './errors';
import type { RequestContext, Segment } from './http';

export type Method = 'GET' | 'POST' | 'MERGE' | 'DELETE' | 'PUT';
const METHODS: Method[] = ['GET', 'POST', 'MERGE', 'DELETE', 'PUT'];

/** What each HTTP method does on a resource or segment. */
export type Methods<T> = Partial<Record<Method, (ctx: RequestContext, target: T, seg: Segment) => Response>>;

/** A segment that answers where it stands (an action or a property); nothing may follow it. */
export interface Answer<T> {
  doc: string;
  methods: Methods<T>;
}

/** A segment that leads on to another resource. */
export interface Step<T, C = never> {
  doc?: string;
  to: Resource<C>;
  resolve(ctx: RequestContext, target: T, seg: Segment): C;
}

export type Route<T> = Answer<T> | Step<T, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Resource<T> {
  /** Its name in the README, e.g. "list". */
  name: string;
  /** How a request reaches it, for the README (e.g. "`web/lists/getbytitle('…')`, `lists('guid')`"). */
  reached: string;
  /** The file whose functions do the work, for the README. */
  file: string;
  /** Methods on the resource itself, with what they do. */
  methods: Methods<T>;
  /** What each method does, for the README, when it needs saying. */
  doc?: string;
  /** Segments below it, by their lower-case name. */
  below: Record<string, Route<T>>;
  /** A collection's member by argument: `lists('guid')`, `items(3)`. */
  member?: Step<T, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Properties read one at a time as a segment (`…/ServerRelativeUrl` → `{"value":…}`). */
  properties?: { names: string[]; read(ctx: RequestContext, target: T, name: string): Response };
}

function badMethod(ctx: RequestContext): Error {
  return errors.badQuery(`The HTTP method '${ctx.method}' cannot be used on this resource.`);
}

function run<T>(ctx: RequestContext, methods: Methods<T>, target: T, seg: Segment): Response {
  const handler = methods[ctx.method as Method];
  if (!handler) throw badMethod(ctx);
  return handler(ctx, target, seg);
}

/**
 * Answers the rest of a path on a resource. `arrived` is the segment that led here: when it
 * carries arguments and the resource is a collection, they pick the member first.
 */
export function walk<T>(ctx: RequestContext, resource: Resource<T>, target: T, arrived: Segment, rest: Segment[]): Response {
  if (arrived.args !== undefined && resource.member) {
    const member = resource.member;
    return walk(ctx, member.to, member.resolve(ctx, target, arrived), { ...arrived, args: undefined }, rest);
  }
  const [head, ...tail] = rest;
  if (!head) return run(ctx, resource.methods, target, arrived);
  const route = resource.below[head.lower];
  if (route && 'to' in route) return walk(ctx, route.to, route.resolve(ctx, target, head), head, tail);
  if (route) {
    if (tail.length > 0) throw errors.notFoundResource(tail[0].name);
    return run(ctx, route.methods, target, head);
  }
  const property = resource.properties?.names.find((p) => p.toLowerCase() === head.lower);
  if (property && tail.length === 0 && ctx.method === 'GET') return resource.properties!.read(ctx, target, property);
  throw errors.notFoundResource(head.name);
}

// ---- the README's view of the map ----

const methodList = (methods: Methods<unknown>): string => METHODS.filter((m) => methods[m]).join(', ');

/** Every resource reachable from `root`, each once, in the order a reader meets them. */
function resources(root: Resource<unknown>): Array<Resource<unknown>> {
  const seen: Array<Resource<unknown>> = [];
  const visit = (r: Resource<unknown>): void => {
    if (seen.includes(r)) return;
    seen.push(r);
    if (r.member) visit(r.member.to);
    for (const route of Object.values(r.below)) if ('to' in route) visit(route.to);
  };
  visit(root);
  return seen;
}

/** The map as Markdown: one table per resource, a row per segment below it. */
export function routesMarkdown(root: Resource<unknown>): string {
  const out: string[] = [];
  for (const r of resources(root)) {
    out.push(`### ${r.name} (\`${r.file}\`)`, '', `Reached as ${r.reached}.`, '');
    out.push('| segment | methods | what |', '| --- | --- | --- |');
    const own = methodList(r.methods);
    if (own) out.push(`| *(itself)* | ${own} | ${r.doc ?? ''} |`);
    if (r.member) out.push(`| \`(…)\` | → ${r.member.to.name} | ${r.member.doc ?? ''} |`);
    for (const [name, route] of Object.entries(r.below)) {
      if ('to' in route) out.push(`| \`${name}\` | → ${route.to.name} | ${route.doc ?? ''} |`);
      else out.push(`| \`${name}\` | ${methodList(route.methods)} | ${route.doc} |`);
    }
    if (r.properties) out.push(`| ${r.properties.names.map((n) => `\`${n}\``).join(', ')} | GET | one property as \`{"value":…}\` |`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}
