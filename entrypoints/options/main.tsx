import { render } from 'preact';
import { OptionsApp } from '../../src/ui/OptionsApp';
import '../../src/ui/page.css';

render(<OptionsApp />, document.getElementById('app')!);
