"use client";

import { create } from "zustand";

export type Theme = "light" | "dark";

const THEME_KEY = "ic:theme";

interface UiState {
  theme: Theme;
  /** Reads the theme the inline script already applied to <html>. */
  syncThemeFromDom: () => void;
  setTheme: (theme: Theme) => void;
  toggleTheme: () => void;
}

export const useUiStore = create<UiState>((set, get) => ({
  theme: "light",
  syncThemeFromDom: () => {
    if (typeof document === "undefined") return;
    set({ theme: document.documentElement.classList.contains("dark") ? "dark" : "light" });
  },
  setTheme: (theme) => {
    document.documentElement.classList.toggle("dark", theme === "dark");
    document.documentElement.style.colorScheme = theme;
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      /* private mode: the choice just isn't remembered */
    }
    set({ theme });
  },
  toggleTheme: () => get().setTheme(get().theme === "dark" ? "light" : "dark"),
}));

/** Runs before first paint (inlined in <head>) so there is no flash of the wrong theme. */
export const themeInitScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(
  THEME_KEY,
)});if(!t){t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}if(t==='dark'){document.documentElement.classList.add('dark')}document.documentElement.style.colorScheme=t}catch(e){}})();`;
