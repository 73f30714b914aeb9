/**
 * A person's photo from the tenant (`<site>/_layouts/15/userphoto.aspx`), for authors, commenters,
 * reviewers and registrants: the page's own site serves it, so nothing loads from outside. The
 * box has its size before the image arrives (no layout shift), loads lazily, and shows the
 * person's initials on their colour when the photo cannot be had (no e-mail known, a network
 * error, a signed-out session). Decorative (alt="") unless `labelled`: the name is beside it.
 *
 *   <PersonPhoto name="Anna Virtanen" email="anna@contoso.fi" size="S" />
 */
import * as React from 'react';
import { IRawStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useHub } from './HubContext';

export type PhotoSize = 'S' | 'M' | 'L';

/** Pixels shown for each size; the page is asked for the photo size at or above it (S 48, M 72, L 300). */
const PIXELS: Record<PhotoSize, number> = { S: 32, M: 48, L: 72 };
const REQUESTED: Record<PhotoSize, string> = { S: 'S', M: 'M', L: 'L' };

/** Colours the initials are written on in white (each at least 4.5:1 against white). */
const COLOURS = ['#0f6cbd', '#8764b8', '#c239b3', '#ca5010', '#038387', '#4f6bed', '#986f0b', '#498205', '#d13438', '#5c2e91'];

/** "Anna Virtanen" → "AV"; one letter for one word; letters only. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s,]+/)
    .filter((w) => /\p{L}/u.test(w));
  const letters = words.map((w) => (w.match(/\p{L}/u) as RegExpMatchArray)[0].toUpperCase());
  return letters.length > 1 ? letters[0] + letters[letters.length - 1] : letters.join('');
}

/** The same colour for a name every time. */
export function colourOf(name: string): string {
  let hash = 0;
  for (const c of name.toLowerCase()) hash = (hash * 31 + (c.codePointAt(0) || 0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}

/** The photo page's URL on a site ('' = the tenant's root site, relative to the page). */
export function photoUrl(siteUrl: string, email: string, size: PhotoSize): string {
  return `${siteUrl.replace(/\/+$/, '')}/_layouts/15/userphoto.aspx?size=${REQUESTED[size]}&accountname=${encodeURIComponent(email)}`;
}

export interface PersonPhotoProps {
  name: string;
  /** E-mail (or claims login); without it only the initials are shown (no request). */
  email?: string;
  size?: PhotoSize;
  /** The photo names the person (no name beside it): alt and the initials say who. */
  labelled?: boolean;
  /** Overrides the app's site (tests, or a photo of another site). */
  siteUrl?: string;
}

const SIZES = Object.keys(PIXELS) as PhotoSize[];
const sizeRules = (rule: (px: number) => IRawStyle): Record<PhotoSize, IRawStyle> =>
  SIZES.reduce((all, size) => ({ ...all, [size]: rule(PIXELS[size]) }), {} as Record<PhotoSize, IRawStyle>);

/** A round box of each size, and what goes in it: a picture or the initials. */
const photoClasses = mergeStyleSets({
  ...sizeRules((px) => ({
    width: px,
    height: px,
    borderRadius: '50%',
    flex: `0 0 ${px}px`,
    display: 'inline-block',
    verticalAlign: 'middle',
    overflow: 'hidden'
  })),
  picture: { objectFit: 'cover' },
  // White on each person's colour in every theme (the colours are chosen for it), as Fluent's Persona initials.
  initials: { color: '#ffffff', fontWeight: 600, textAlign: 'center' }
});

/** The initials' size: two fifths of the box, one line as tall as the box. */
const initialsClasses = mergeStyleSets(sizeRules((px) => ({ fontSize: Math.round(px * 0.4), lineHeight: `${px}px` })));

export function PersonPhoto(props: PersonPhotoProps): JSX.Element {
  const { services } = useHub();
  const size = props.size || 'S';
  const px = PIXELS[size];
  const [failed, setFailed] = React.useState(false);
  const siteUrl = props.siteUrl !== undefined ? props.siteUrl : (services.site && services.site.url) || '';
  if (!props.email || failed) {
    return (
      <span
        data-person-initials=""
        role={props.labelled ? 'img' : undefined}
        aria-label={props.labelled ? props.name : undefined}
        aria-hidden={props.labelled ? undefined : true}
        className={`${photoClasses[size]} ${photoClasses.initials} ${initialsClasses[size]}`}
        // eslint-disable-next-line react/forbid-dom-props -- each person's own colour (colourOf their name)
        style={{ background: colourOf(props.name) }}
      >
        {initialsOf(props.name)}
      </span>
    );
  }
  return (
    <img
      src={photoUrl(siteUrl, props.email, size)}
      width={px}
      height={px}
      loading="lazy"
      decoding="async"
      alt={props.labelled ? props.name : ''}
      onError={() => setFailed(true)}
      className={`${photoClasses[size]} ${photoClasses.picture}`}
      // eslint-disable-next-line react/forbid-dom-props -- each person's own colour (colourOf their name), behind a picture still loading
      style={{ background: colourOf(props.name) }}
    />
  );
}
