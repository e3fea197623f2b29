import { useEffect, useState } from 'preact/hooks';
import { t } from '../text/index.js';

/**
 * A list an administrator manages: read once, and again after each action; `run` does an
 * action and shows what it returns (or why it failed) as the screen's status message.
 */
export function useManagedList<T>(read: () => Promise<T[]>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [message, setMessage] = useState('');
  const load = () => read().then(setItems, (e: Error) => setMessage(t.failed(e.message)));
  useEffect(() => void load(), []);
  const run = async (work: () => Promise<string>) => {
    setMessage('');
    try {
      setMessage(await work());
      await load();
    } catch (e) {
      setMessage(t.failed((e as Error).message));
    }
  };
  return { items, message, run };
}
