import { PopupApp } from '../../components/PopupApp';
import { mountPage } from '../../components/mount-page';

void mountPage(() => <PopupApp />, document.getElementById('app')!, 'popup.title');
