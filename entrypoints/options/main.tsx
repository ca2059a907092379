import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createPackApi } from '../../components/options/pack-api';
import { useReadableErrors } from '../../utils/schema/readable-errors';

useReadableErrors();
render(<OptionsApp packs={createPackApi()} />, document.getElementById('app')!);
