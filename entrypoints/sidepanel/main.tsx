import { mountPage } from '../../components/mount-page';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { useReadableErrors } from '../../utils/schema/readable-errors';

useReadableErrors();
void mountPage(() => <SidePanelApp />, document.getElementById('app')!, 'panel.pageTitle');
