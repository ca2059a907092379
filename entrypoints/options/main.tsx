import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';

render(<OptionsApp packs={null} />, document.getElementById('app')!);
