/** The printable plan (the records system takes a PDF): every section in order, then the history. */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { PlanDetail } from '../../../data/plans';
import { commentsBySection } from '../../../domain/plans/review';
import { useHub } from '../../../ui/HubContext';
import { format } from '../../../ui/format';
import { attachmentText } from '../../../ui/attachmentText';
import { useLayout } from '../../../ui/layout';
import { History } from './History';
import { PlanDocument } from './PlanDocument';
import { dateTime, stateLabel, useText } from './text';

// Only the plan is printed: the page around it and the buttons are hidden, text is black on white.
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  .ddh-print, .ddh-print * { visibility: visible !important; color: #000 !important; background: #fff !important; }
  .ddh-print { position: absolute; left: 0; top: 0; width: 100%; }
  .ddh-print-hide { display: none !important; }
  .ddh-print section { break-inside: avoid; }
}`;

export function PrintView(props: { detail: PlanDetail; onClose: () => void }): JSX.Element {
  const { detail, onClose } = props;
  const strings = useText();
  const layout = useLayout();
  const { locale } = useHub();
  const editable = detail.actions.indexOf('edit') >= 0;
  const plan = !editable && detail.rounds.length > 0 ? detail.rounds[detail.rounds.length - 1].snapshot : detail.plan;
  return (
    <div className="ddh-print">
      <style>{PRINT_CSS}</style>
      <div className={`ddh-print-hide ${layout.row}`}>
        <PrimaryButton text={strings.Print} onClick={() => window.print()} />
        <DefaultButton text={strings.Close} onClick={onClose} />
      </div>
      <h1>{format(strings.PrintTitle, plan.identity.title)}</h1>
      <p>
        {plan.identity.embassy} · {format(strings.StateLine, stateLabel(strings, detail.derived.state))} ·{' '}
        {format(strings.PrintedOn, dateTime(locale, new Date().toISOString()))}
      </p>
      <PlanDocument locale={locale} plan={plan} comments={commentsBySection(detail.derived.history)} />
      {detail.attachments.length > 0 && (
        <section aria-labelledby="ddh-print-attachments">
          <h2 id="ddh-print-attachments">{attachmentText(locale).Title}</h2>
          <ul>
            {detail.attachments.map((a) => (
              <li key={a.name}>{a.name}</li>
            ))}
          </ul>
        </section>
      )}
      <History locale={locale} history={detail.derived.history} />
    </div>
  );
}
