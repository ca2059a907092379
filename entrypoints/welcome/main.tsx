import { mountPage } from '../../components/mount-page';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

void mountPage(() => <WelcomeApp />, document.getElementById('app')!, 'welcome.pageTitle');
