import * as React from "react";
import { cn } from "./utils";

export const fieldClasses = [
  "w-full rounded-lg border border-input bg-surface px-3 text-caption text-foreground placeholder:text-muted-foreground",
  "transition-[border-color,box-shadow] duration-150 ease-smooth hover:border-neutral-400",
  "focus-visible:border-primary focus-visible:outline-none focus-visible:ring-3 focus-visible:ring-primary/25",
  "disabled:cursor-not-allowed disabled:opacity-50",
  "aria-invalid:border-error aria-invalid:focus-visible:ring-error/25",
].join(" ");

export const Input = React.forwardRef<HTMLInputElement, React.InputHTMLAttributes<HTMLInputElement>>(function Input(
  { className, type = "text", ...props },
  ref,
) {
  return <input ref={ref} type={type} className={cn(fieldClasses, "h-10", className)} {...props} />;
});
