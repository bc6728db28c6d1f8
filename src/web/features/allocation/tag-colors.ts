// Tag colours dark enough for white text to pass WCAG AA contrast (antd's light presets
// do not, on their tinted backgrounds): antd's palette, shade 8.
export const TAG = {
  green: '#237804',
  orange: '#ad4e00',
  red: '#a8071a',
  blue: '#0958d9',
  gold: '#874d00',
  cyan: '#006d75',
} as const;
