import * as React from 'react';
import { PlansOverview } from '../../../data/plans';
import { format } from '../../../ui/format';
import { LightButton } from '../../../ui/light';
import { LightMessage } from '../../../ui/LightMessage';
import { LocalDraft, draftKey, removeDraft } from './draftStore';
import { dateTime, useNavigate, useText } from './text';

/**
 * A new plan typed in this browser but never saved to SharePoint (the tab closed, or the first save
 * failed, within seconds of typing): offered on the list, where its author comes back to.
 */
export function UnsavedNewPlan(props: { locale: string; overview: PlansOverview; kept: LocalDraft }): JSX.Element | null {
  const { locale, overview } = props;
  const strings = useText();
  const navigate = useNavigate();
  const key = draftKey(overview.siteUrl, overview.me.loginName, 'new');
  const [draft, setDraft] = React.useState<LocalDraft | undefined>(props.kept);
  if (!draft) return null;
  const title = draft.plan.identity.title.trim() || strings.Restore_untitled;
  return (
    <LightMessage
      kind="info"
      actions={
        <div>
          <LightButton primary text={strings.Restore_continue} onClick={() => navigate({ view: 'new', unsaved: draft.plan })} />
          <LightButton
            text={strings.Restore_discard}
            onClick={() => {
              removeDraft(key);
              setDraft(undefined);
            }}
          />
        </div>
      }
    >
      {format(strings.Restore_newPlan, title, dateTime(locale, draft.savedAt))}
    </LightMessage>
  );
}
