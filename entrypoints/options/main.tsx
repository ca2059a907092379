import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createPackApi } from '../../components/options/pack-api';

render(<OptionsApp packs={createPackApi()} />, document.getElementById('app')!);
