import type { PresenterService } from '../services/presenter';
import type { Handlers } from './dispatch';

export function presenterIpc(
  presenter: PresenterService,
): Pick<Handlers, 'presenter:open' | 'presenter:close' | 'presenter:update'> {
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
  };
}
