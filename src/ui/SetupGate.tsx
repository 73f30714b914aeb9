import * as React from 'react';
import { Problem } from '../data/errors';
import { SetupStatus } from '../data/setup';
import { useHub } from './HubContext';
import { Loading } from './Loading';
import { SetupSignal, SetupSignalContext } from './setupSignal';

// A site that is set up never shows the offer, so it loads only when there is something to say.
const SetupOffer = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-setup-offer' */ './SetupOffer').then((m) => ({ default: m.SetupOffer }))
);

/** Failures that mean "a list or column this version needs is not there". */
const LOOKS_UNPROVISIONED: ReadonlyArray<Problem['kind']> = ['notFound', 'invalid'];

/**
 * Shows the app and, when the site's lists do not match the package, the way to fix it: a site
 * owner is offered "Set up" (the same provisioning the app install runs), anyone else is told whom
 * to ask. When the lists are read from a site named in the web part's settings, nothing is set up
 * from here: the person is told where the lists are expected and who can change that. The app
 * renders at once; the site is checked only after its first view loaded (for an "update" offer to owners) or when a load failed as if lists were missing, so the check is never
 * on the first view's critical path. An update that waits for SharePoint to build an index on a
 * large list (ProvisionReport.pending) is not a failure: the owner is told to try again in a few
 * minutes, and everyone keeps the app on the old lists meanwhile.
 */
export function SetupGate(props: { children: React.ReactNode }): JSX.Element {
  const { services } = useHub();
  const [status, setStatus] = React.useState<SetupStatus | undefined>();
  const [running, setRunning] = React.useState(false);
  const [failed, setFailed] = React.useState(false);
  // The update is done but SharePoint is still building an index on a large list: not a failure.
  const [indexing, setIndexing] = React.useState(false);
  const [generation, setGeneration] = React.useState(0);
  const checking = React.useRef(false);
  // A check may answer after the app is gone (the person moved on): its answer is then dropped.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const check = React.useCallback((): void => {
    if (checking.current) return;
    checking.current = true;
    services.setup
      .status()
      .then(
        (found) => {
          if (mounted.current) setStatus(found);
        },
        () => undefined
      )
      .then(() => {
        checking.current = false;
      });
  }, [services]);

  const signal = React.useMemo<SetupSignal>(
    () => ({
      loaded: () => {
        if (!status) check();
      },
      failed: (problem) => {
        if (LOOKS_UNPROVISIONED.indexOf(problem.kind) >= 0) check();
      }
    }),
    [check, status]
  );

  const setUp = async (): Promise<void> => {
    setRunning(true);
    setFailed(false);
    try {
      const report = await services.setup.run();
      setIndexing(!!report.pending && report.pending.length > 0);
      setStatus(await services.setup.status());
      // Remount the app so its first view loads again from the lists that now exist.
      setGeneration((n) => n + 1);
    } catch {
      setFailed(true);
    } finally {
      setRunning(false);
    }
  };

  const app = (
    <SetupSignalContext.Provider value={signal}>
      <React.Fragment key={generation}>{props.children}</React.Fragment>
    </SetupSignalContext.Provider>
  );
  if (!status || status.state === 'ready') return app;

  const { state, canSetUp, elsewhere, unconfigured } = status;
  const offer = (
    <React.Suspense fallback={<Loading />}>
      <SetupOffer
        state={state}
        canSetUp={canSetUp}
        running={running}
        failed={failed}
        onSetUp={setUp}
        elsewhere={elsewhere}
        unconfigured={unconfigured}
        indexing={indexing}
      />
    </React.Suspense>
  );
  // Missing lists: the app cannot work, so only the offer shows.
  if (state === 'missing') return offer;
  // Outdated: the app keeps working on the old lists; only owners are bothered with the upgrade.
  return (
    <>
      {canSetUp && offer}
      {app}
    </>
  );
}
