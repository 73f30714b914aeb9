import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { sanitizePostHtml } from '../../../domain/feed/sanitize';
import { useHub } from '../../../ui/HubContext';

const bodyClass = mergeStyles({
  lineHeight: '1.5',
  wordBreak: 'break-word',
  selectors: { img: { maxWidth: '100%', height: 'auto' }, blockquote: { borderLeft: '4px solid currentColor', margin: 0, paddingLeft: 12 } }
});

/**
 * A post's rich text. The only place the feed renders HTML, and only what the suite's one
 * sanitising policy lets through: the list can be written by other clients, so what is stored
 * is never trusted.
 */
export function PostBody(props: { html: string; label?: string; lang?: string }): JSX.Element {
  const { services } = useHub<'feed'>();
  const safe = React.useMemo(
    () => sanitizePostHtml(props.html, undefined, { imageHosts: services.feed.imageHosts, imagePaths: services.feed.imagePaths }),
    [props.html, services.feed.imageHosts, services.feed.imagePaths]
  );
  return <div className={bodyClass} aria-label={props.label} lang={props.lang} dangerouslySetInnerHTML={{ __html: safe }} />;
}
