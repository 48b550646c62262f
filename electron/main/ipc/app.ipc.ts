import type { ElectronSeam } from '../seam';
import type { Handlers } from './dispatch';

export function appIpc(seam: ElectronSeam): Pick<Handlers, 'app:info' | 'app:set-language'> {
  return {
    'app:info': async () => ({
      name: seam.app.name,
      version: seam.app.version,
      platform: seam.app.platform,
      osLanguages: [...seam.app.preferredLanguages()],
    }),
    'app:set-language': async ({ language }) => {
      seam.setMenuLanguage(language);
      return null;
    },
  };
}
