/**
 * Classes made once per theme and shared by every element that uses them, instead of once per
 * element: a `React.useMemo` in a component builds the whole style set again for every row or
 * card that mounts, only for merge-styles to find the class names it made for the first one (a
 * list's first render paid that once per row).
 *
 * Written here, not Fluent's classNamesFunction / memoizeFunction (which do the same and more):
 * neither is otherwise in a web part's first view, and they cost 0.8 KB gz of a 60 KB budget
 * that the first views fill to within about a KB. This is a WeakMap per theme, emptied when
 * merge-styles' stylesheet is reset (its rules are gone then), as those two are.
 */
import { ITheme, mergeStyleSets, Stylesheet } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

/** A cache of values per theme and key, forgotten with the stylesheet's rules. */
export function perTheme<V>(): (theme: ITheme, key: string, make: () => V) => V {
  let made = new WeakMap<ITheme, Map<string, V>>();
  Stylesheet.getInstance().onReset(() => {
    made = new WeakMap();
  });
  return (theme, key, make) => {
    let byKey = made.get(theme);
    if (!byKey) made.set(theme, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = make()));
    return value;
  };
}

/** A class name per area of a style set, as mergeStyleSets returns them. */
export type ClassesOf<T> = Record<keyof T & string, string>;

/**
 * A view's classes in the current theme: `const useCardClasses = themeClasses((theme) => ({ card:
 * {…}, title: {…} }))`, then `const classes = useCardClasses()` in the component.
 */
export function themeClasses<T extends object>(styles: (theme: ITheme) => T): () => ClassesOf<T> {
  const cache = perTheme<ClassesOf<T>>();
  return function useThemeClasses(): ClassesOf<T> {
    const theme = useTheme();
    return cache(theme, '', () => mergeStyleSets(styles(theme)) as unknown as ClassesOf<T>);
  };
}
