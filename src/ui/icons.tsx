/**
 * A few small inline SVG icons (comments, likes, time, filters, place, online, people), drawn in the text's colour so
 * they follow light, dark and high-contrast themes; decorative (aria-hidden): the words or the
 * control's accessible name say what they mean. Nothing is loaded from an icon CDN.
 */
import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';

const PATHS = {
  comment: 'M3 4h14a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H9l-4 3v-3H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z',
  heart: 'M10 17s-6.5-3.9-6.5-8.4A3.6 3.6 0 0 1 10 6.3a3.6 3.6 0 0 1 6.5 2.3C16.5 13.1 10 17 10 17z',
  clock: 'M10 2.5a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15zM10 5.5V10l3 2',
  filter: 'M3 5h14M6 10h8M8.5 15h3',
  chevron: 'M5 8l5 5 5-5',
  pin: 'M10 17.5s5.5-5 5.5-9.5a5.5 5.5 0 0 0-11 0c0 4.5 5.5 9.5 5.5 9.5zM10 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
  video: 'M2.5 6h10v8h-10zM12.5 9l5-3v8l-5-3',
  person: 'M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM3.5 17.5a6.5 6.5 0 0 1 13 0',
  calendar: 'M3 5h14v12H3zM3 8.5h14M7 3v4M13 3v4',
  seat: 'M5 3v8h10M5 11v6M15 11v6M8 7h7'
};

export type IconName = keyof typeof PATHS;

export function SvgIcon(props: { name: IconName; size?: number; filled?: boolean }): JSX.Element {
  const size = props.size || 16;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      className={mergeStyles({ flex: `0 0 ${size}px`, verticalAlign: 'middle' })}
    >
      <path
        d={PATHS[props.name]}
        fill={props.filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
