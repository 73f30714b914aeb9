/** A session's facts on its page (when, seats, where, link, organiser, audience, deadline, event): a grid of icon, label and value. */
import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { signUpClosesAt } from '../../../domain/training';
import { StoredRegistration, StoredSession } from '../../../data/training';
import { useHub } from '../../../ui/HubContext';
import { SvgIcon, IconName } from '../../../ui/icons';
import { hrefFor } from '../../../ui/links';
import { NARROW } from '../../../ui/narrow';
import { SeatsText } from './SessionList';
import { SessionTime } from './SessionTime';
import { formatMoment, useText } from './text';

/** The facts as a grid of icon, label and value: two or three columns when wide, one when narrow. */
const facts = {
  grid: mergeStyles({
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: '12px 24px',
    margin: '16px 0',
    selectors: { [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)' } }
  }),
  fact: mergeStyles({ minWidth: 0, overflowWrap: 'anywhere' }),
  label: mergeStyles({ display: 'flex', alignItems: 'center', gap: 8, fontWeight: 600, margin: 0 }),
  value: mergeStyles({ margin: '2px 0 0 24px' })
};

export function SessionFacts(props: { stored: StoredSession; registrations?: StoredRegistration[]; confirmed: boolean }): JSX.Element {
  const { locale } = useHub();
  const s = useText();
  const { stored } = props;
  const { session } = stored;
  return (
    <dl className={facts.grid}>
      <Fact icon="clock" label={s.FactWhen}>
        <SessionTime start={session.start} end={session.end} />
      </Fact>
      <Fact icon="seat" label={s.FieldCapacity}>
        <SeatsText stored={stored} registrations={props.registrations} labelled />
        {session.cancelled && s.SessionCancelledBadge}
      </Fact>
      {session.place && (
        <Fact icon="pin" label={s.FieldPlace}>
          {session.place}
        </Fact>
      )}
      {session.onlineMeetingUrl && (
        <Fact icon="video" label={s.FieldOnlineLink}>
          {props.confirmed && !session.cancelled ? (
            <MeetingLink url={session.onlineMeetingUrl} text={s.JoinOnline} />
          ) : (
            s.OnlineLinkForConfirmed
          )}
        </Fact>
      )}
      {session.organiser && (
        <Fact icon="person" label={s.FieldOrganiser}>
          {session.organiser.name}
        </Fact>
      )}
      {session.audience && (
        <Fact icon="person" label={s.FieldAudience}>
          {session.audience}
        </Fact>
      )}
      <Fact icon="calendar" label={s.FieldDeadline}>
        {formatMoment(signUpClosesAt(session), locale)}
      </Fact>
      {session.linkedEvent && (
        <Fact icon="calendar" label={s.FieldLinkedEvent}>
          {session.linkedEvent}
        </Fact>
      )}
    </dl>
  );
}

function Fact(props: { icon: IconName; label: string; children: React.ReactNode }): JSX.Element {
  return (
    <div className={facts.fact} data-fact="">
      <dt className={facts.label}>
        <SvgIcon name={props.icon} />
        {props.label}
      </dt>
      <dd className={facts.value}>{props.children}</dd>
    </div>
  );
}

/** The join link, live only when it is https (or mailto / this site); otherwise the stored text as it is. */
function MeetingLink(props: { url: string; text: string }): JSX.Element {
  const href = hrefFor(props.url);
  return href ? (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {props.text}
    </Link>
  ) : (
    <span>{props.url}</span>
  );
}
