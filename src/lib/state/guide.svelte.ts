// First-run guidance and help: the introduction shown until dismissed (remembered), the keyboard
// shortcut sheet and the "Open your own data" explanation.
import { readStored, writeStored } from './stored';

const INTRO_KEY = 'intro';

export class Guide {
	introDismissed = $state(false);
	shortcutsOpen = $state(false);
	openDataOpen = $state(false);

	start(): void {
		this.introDismissed = readStored(INTRO_KEY) === 'dismissed';
	}

	dismissIntro(): void {
		this.introDismissed = true;
		writeStored(INTRO_KEY, 'dismissed');
	}

	showIntro(): void {
		this.introDismissed = false;
		writeStored(INTRO_KEY, null);
	}
}

export const guide = new Guide();
