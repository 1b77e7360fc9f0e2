// The contents of a native filter cell, in Dash's DOM: the query text box and the
// "Aa" button that toggles the column's case sensitivity.
import React from "react";
import type { CaseMode } from "./filter";

interface FilterInputProps {
  text: string;
  placeholder: string;
  caseMode: CaseMode;
  onText: (text: string) => void;
  /** Builds filter_query from the boxes (on Enter and on blur). */
  onCommit: () => void;
  onToggleCase: () => void;
}

export function FilterInput({ text, placeholder, caseMode, onText, onCommit, onToggleCase }: FilterInputProps): React.ReactElement {
  return (
    <div>
      <input
        type="text"
        value={text}
        placeholder={placeholder}
        onChange={(event) => onText(event.target.value)}
        onBlur={onCommit}
        onKeyDown={(event) => {
          if (event.key === "Enter") onCommit();
        }}
      />
      <input
        type="button"
        className={`dash-filter--case dash-filter--case--${caseMode}`}
        title="Toggle filter case sensitivity"
        value="Aa"
        onClick={onToggleCase}
      />
    </div>
  );
}
