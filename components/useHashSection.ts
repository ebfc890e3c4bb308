import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The section named by the URL hash, so each dashboard section has its own address
 * (bookmarks, back button) without a router.
 */
export function useHashSection<S extends string>(sections: readonly S[], fallback: S): S {
  const read = (): S => {
    const hash = window.location.hash.slice(1);
    return (sections as readonly string[]).includes(hash) ? (hash as S) : fallback;
  };
  const [section, setSection] = useState<S>(read);
  // A layout effect subscribes right after the first render: Preact defers plain effects
  // to the next animation frame, which a tab opened in the background may not get soon.
  useLayoutEffect(() => {
    const onChange = () => setSection(read());
    onChange();
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return section;
}
