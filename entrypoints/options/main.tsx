import { mountPage } from '../../components/mount-page';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createPackApi } from '../../components/options/pack-api';
import { useReadableErrors } from '../../utils/schema/readable-errors';

useReadableErrors();
const packs = createPackApi();
void mountPage(() => <OptionsApp packs={packs} />, document.getElementById('app')!, 'options.title');
