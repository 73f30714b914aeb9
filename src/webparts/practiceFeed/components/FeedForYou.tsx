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
import { LightButton, TEXT_BUTTON_STYLE } from '../../../ui/light';
import { LightMessage } from '../../../ui/LightMessage';
import { readLocalCopy, writeLocalCopy } from '../../../ui/localCopy';
import { useFeed } from './FeedContext';
import { useNavigate, useText } from './text';

interface LastLook {
  seenAt: string;
}

export function feedForYouKey(siteKey: string, personId: number): string {
  return `ddh.practiceFeed.forYou|${siteKey}|${personId}`;
}

export function FeedForYou(): JSX.Element | null {
  const { services, locale } = useHub<'feed'>();
  const strings = useText();
  const { viewer } = useFeed();
  const navigate = useNavigate();
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
    <section aria-labelledby="ddh-feed-for-you" style={{ margin: '8px 0 12px' }}>
      <h3 id="ddh-feed-for-you" style={{ margin: '0 0 4px' }}>
        {strings.ForYouTitle}
      </h3>
      <LightMessage kind="info" actions={<LightButton text={strings.ForYouSeen} onClick={seenAll} />}>
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {news.map((item) => (
            <li key={item.postId}>
              {plural(strings, 'ForYouComments', locale, item.count, item.count, item.postTitle, item.people.join(', '))}{' '}
              <button
                type="button"
                style={TEXT_BUTTON_STYLE}
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
