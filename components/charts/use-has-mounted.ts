'use client';

import { useEffect, useState } from 'react';

/**
 * False during server rendering and the first client render. Charts size themselves from the DOM
 * (ResponsiveContainer), so rendering them on the server only costs time; their data tables carry
 * the figures in the server HTML.
 */
export function useHasMounted(): boolean {
  const [hasMounted, setHasMounted] = useState(false);
  useEffect(() => setHasMounted(true), []);
  return hasMounted;
}
