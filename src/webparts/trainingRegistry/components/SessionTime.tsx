import * as React from 'react';
import { LightText } from '../../../ui/light';
import { formatSessionTime } from '../../../domain/training';
import { useHub } from '../../../ui/HubContext';
import { useText } from './text';

let browserTimeZone: string | undefined;

/** The viewer's IANA zone as the browser knows it (asked once: every session row shows a time). */
export function viewerTimeZone(): string {
  if (browserTimeZone === undefined) {
    try {
      browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      browserTimeZone = 'UTC';
    }
  }
  return browserTimeZone;
}

/**
 * A session's time in the viewer's zone and, when the clock differs, in Helsinki time: two
 * labelled lines, so nobody at an embassy has to work out the difference themselves.
 */
export function SessionTime(props: { start: Date; end: Date; timeZone?: string }): JSX.Element {
  const { locale } = useHub();
  const s = useText();
  const display = formatSessionTime(props.start, props.end, { locale, viewerTimeZone: props.timeZone || viewerTimeZone() });
  return (
    <div className="ddh-session-time">
      <LightText block>
        <span>{display.helsinki ? s.TimeYours : s.TimeHelsinki}: </span>
        <time dateTime={props.start.toISOString()}>{display.viewer.text}</time>
      </LightText>
      {display.helsinki && (
        <LightText block variant="small">
          <span>{s.TimeHelsinki}: </span>
          <time dateTime={props.start.toISOString()}>{display.helsinki.text}</time>
        </LightText>
      )}
    </div>
  );
}
