import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { useReadableErrors } from '../../utils/schema/readable-errors';

useReadableErrors();
render(<SidePanelApp />, document.getElementById('app')!);
