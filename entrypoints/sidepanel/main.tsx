import { render } from 'preact';
import { PanelViews } from '../../components/sidepanel/PanelViews';
import { useReadableErrors } from '../../utils/schema/readable-errors';

useReadableErrors();
render(<PanelViews />, document.getElementById('app')!);
