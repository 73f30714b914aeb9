import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { useHub } from './HubContext';

export function Loading(props: { label?: string }): JSX.Element {
  const { common } = useHub();
  return <Spinner size={SpinnerSize.medium} label={props.label || common.Loading} ariaLive="polite" />;
}
