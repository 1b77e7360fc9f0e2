// Class-name joining shared by the components.

/** The truthy names joined by spaces (conditional classes as `flag && "name"`). */
export function joinClasses(...names: (string | false | undefined | null)[]): string {
  return names.filter(Boolean).join(" ");
}
