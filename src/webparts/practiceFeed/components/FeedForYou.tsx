/**
 * "For you" above the feed (#13 item 7): new comments other people wrote on the viewer's recent
 * posts since they last looked here (domain/feed/forYou.ts; data/feed/forYou.ts reads them after
 * the first view, in a chunk of its own). When they last looked is kept in this browser per site
 * and person; the first look only remembers, and the news stays until the person says they have
 * seen it or opens the post, so a reload loses nothing.
 */
import * as React from 'react';
import type { PostNews } from '../../../data/feed';
import { useHub } from '../../../ui/HubContext';
import { format, plural } from '../../../ui/format';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { LightButton, TEXT_BUTTON_STYLE } from '../../../ui/light';
import { block, space, useLayout } from '../../../ui/layout';
import { LightMessage } from '../../../ui/LightMessage';
import { readLocalCopy, writeLocalCopy } from '../../../ui/localCopy';
import { useFeed } from './FeedContext';
import { useNavigate, useText } from './text';

interface LastLook {
  seenAt: string;
}

const forYouClasses = mergeStyleSets({
  section: { margin: block(space.s, space.m) },
  title: { margin: `0 0 ${space.xs}px` },
  // "Open …": a button that reads as underlined text in the message's colour.
  open: TEXT_BUTTON_STYLE
});

export function feedForYouKey(siteKey: string, personId: number): string {
  return `ddh.practiceFeed.forYou|${siteKey}|${personId}`;
}

export function FeedForYou(): JSX.Element | null {
  const { services, locale } = useHub<'feed'>();
  const strings = useText();
  const { viewer } = useFeed();
  const navigate = useNavigate();
  const layout = useLayout();
  const key = feedForYouKey(services.feed.siteKey, viewer.id);
  const [news, setNews] = React.useState<PostNews[]>([]);

  React.useEffect(() => {
    let live = true;
    const last = readLocalCopy<LastLook>(key, (v) => typeof v.seenAt === 'string' && !isNaN(Date.parse(v.seenAt)));
    // A first look only remembers: what came before it is no news.
    if (!last) {
      writeLocalCopy(key, { seenAt: new Date().toISOString() });
      return undefined;
    }
    services.feed.commentsOnMyPosts(new Date(last.seenAt)).then(
      (found) => {
        if (live) setNews(found);
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [services, key]);

  if (news.length === 0) return null;
  // Seen up to the newest comment shown, by the server's clock (Created): nothing newer is skipped
  // however this computer's clock is set.
  const seenAll = (): void => {
    const newest = Math.max(...news.map((n) => n.latest.getTime()));
    writeLocalCopy(key, { seenAt: new Date(newest).toISOString() });
    setNews([]);
  };
  return (
    <section aria-labelledby="ddh-feed-for-you" className={forYouClasses.section}>
      <h3 id="ddh-feed-for-you" className={forYouClasses.title}>
        {strings.ForYouTitle}
      </h3>
      <LightMessage kind="info" actions={<LightButton text={strings.ForYouSeen} onClick={seenAll} />}>
        <ul className={layout.list}>
          {news.map((item) => (
            <li key={item.postId}>
              {plural(strings, 'ForYouComments', locale, item.count, item.count, item.postTitle, item.people.join(', '))}{' '}
              <button
                type="button"
                className={forYouClasses.open}
                onClick={() => {
                  seenAll();
                  navigate({ view: 'post', postId: item.postId });
                }}
              >
                {format(strings.ForYouOpen, item.postTitle)}
              </button>
            </li>
          ))}
        </ul>
      </LightMessage>
    </section>
  );
}
