import type { PresenterService } from '../services/presenter';
import type { Handlers } from './dispatch';

export function presenterIpc(
  presenter: PresenterService,
): Pick<Handlers, 'presenter:open' | 'presenter:close' | 'presenter:update' | 'presenter:current'> {
  return {
    'presenter:open': async () => ({ placement: presenter.open() }),
    'presenter:close': async () => {
      presenter.close();
      return null;
    },
    'presenter:update': async (state) => {
      presenter.update(state);
      return null;
    },
    'presenter:current': async () => presenter.current(),
  };
}
