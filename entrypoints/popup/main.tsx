import { render } from 'preact';
import { PopupApp } from '../../src/ui/PopupApp';
import '../../src/ui/page.css';

render(<PopupApp />, document.getElementById('app')!);
