import { useLayoutEffect, useState } from 'preact/hooks';

export interface HashRoute<S extends string> {
  section: S;
  /** What follows the section in the hash ("history/ID" gives "ID"), decoded; "" when none. */
  param: string;
}

/**
 * The section named by the URL hash, so each dashboard section (and each saved check) has
 * its own address (bookmarks, back button) without a router.
 */
export function useHashRoute<S extends string>(sections: readonly S[], fallback: S): HashRoute<S> {
  const read = (): HashRoute<S> => {
    const [head = '', ...rest] = window.location.hash.slice(1).split('/');
    const known = (sections as readonly string[]).includes(head);
    let param = '';
    try {
      param = known ? decodeURIComponent(rest.join('/')) : '';
    } catch {
      // A malformed escape in a hand-typed address falls back to the section alone.
    }
    return { section: known ? (head as S) : fallback, param };
  };
  const [route, setRoute] = useState<HashRoute<S>>(read);
  // A layout effect subscribes right after the first render: Preact defers plain effects
  // to the next animation frame, which a tab opened in the background may not get soon.
  useLayoutEffect(() => {
    const onChange = () => {
      const next = read();
      setRoute((prev) => (prev.section === next.section && prev.param === next.param ? prev : next));
    };
    onChange();
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
