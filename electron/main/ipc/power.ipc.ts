import type { PowerService } from '../services/power';
import type { Handlers } from './dispatch';

export function powerIpc(power: PowerService): Pick<Handlers, 'power:keep-awake'> {
  return {
    'power:keep-awake': async ({ on }) => ({ on: power.keepAwake(on) }),
  };
}
