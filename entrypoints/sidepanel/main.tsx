import { mountPage } from '../../components/mount-page';
import { PanelViews } from '../../components/sidepanel/PanelViews';
import { useReadableErrors } from '../../utils/schema/readable-errors';

useReadableErrors();
void mountPage(() => <PanelViews />, document.getElementById('app')!, 'panel.pageTitle');
