// First: sends the analysis request before the view's modules are evaluated (utils/popup/early-request.ts).
import { api, early } from './early';
import { render } from 'preact';
import { App } from '../../components/App';
import { withEarlyRequest } from '../../utils/popup/early-request';
import './style.css';

render(<App api={withEarlyRequest(api, early)} />, document.getElementById('app')!);
