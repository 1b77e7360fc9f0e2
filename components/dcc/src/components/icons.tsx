import React from "react";

// The small 15x15 icons Dash's dropdown draws (cross, chevron, magnifier), as our own paths.

function Icon({ className, d }: { className?: string; d: string }): React.ReactElement {
  return (
    <svg width="15" height="15" viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" className={className}>
      <path d={d} stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const CrossIcon = (): React.ReactElement => <Icon d="M3 3L12 12M12 3L3 12" />;
export const ChevronIcon = ({ className }: { className?: string }): React.ReactElement => (
  <Icon className={className} d="M4.5 6.5L7.5 9.5L10.5 6.5" />
);
export const SearchIcon = ({ className }: { className?: string }): React.ReactElement => (
  <Icon className={className} d="M6.5 2.5A4 4 0 1 0 6.5 10.5A4 4 0 1 0 6.5 2.5M9.5 9.5L12.5 12.5" />
);
